#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Lexecon {

// Authenticated symmetric encryption for fields encrypted at rest (libsodium crypto_secretbox:
// XSalsa20-Poly1305). A box is nonce (24 random bytes) || ciphertext+MAC, so it is self-contained.
class SecretBox
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 24;
    static constexpr int MacSize = 16;

    static SecureBytes newKey();

    // An error only when key is not 32 bytes.
    static Result<QByteArray> encrypt(const SecureBytes &key, QByteArrayView plaintext);
    // Integrity error when the box was altered, truncated, or made under another key.
    static Result<QByteArray> decrypt(const SecureBytes &key, QByteArrayView box);
    // Same, with the plaintext kept in guarded memory (for keys).
    static Result<SecureBytes> decryptSecure(const SecureBytes &key, QByteArrayView box);
};

} // namespace Lexecon
