#pragma once

#include "common/Result.h"

#include <QString>

namespace Lexecon {

// Argon2id password hashes (libsodium crypto_pwhash_str at the interactive limits). The hash
// string carries its own salt and parameters ("$argon2id$v=19$m=...,t=...,p=1$..."), so a
// stored hash verifies even after the limits are raised; needsRehash() says when to re-hash.
class PasswordHasher
{
public:
    // An Internal error only when libsodium cannot allocate the memory Argon2 needs.
    static Result<QString> hash(const QString &password);
    // Constant time in the password; false for a malformed hash.
    static bool verify(const QString &hash, const QString &password);
    // True when hash was made with other limits than the current ones (re-hash on next sign-in).
    static bool needsRehash(const QString &hash);
};

} // namespace Lexecon
