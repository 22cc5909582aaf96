#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace QKeychain {
class Job;
}

namespace Lexecon {

// The key-encryption key (KEK) that wraps the node's private key and the field key at rest.
// Where it comes from (DESIGN.md "Security stance"):
//  1. LEXECON_SECRET_FILE set: the file holds a passphrase; KEK = Argon2id(passphrase, salt)
//     with libsodium's interactive limits. The salt and limits are stored next to the
//     wrapped keys (table node); the passphrase never is.
//  2. Otherwise the OS keychain through QtKeychain (service "Lexecon Workstation",
//     key "kek/<id>"): a random 32-byte KEK made on first use.
// Nothing secret is ever written in clear text to the data dir.
class KeyStore
{
public:
    struct KdfParams
    {
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        static KdfParams interactive();
    };

    static QString serviceName() { return QStringLiteral("Lexecon Workstation"); }
    static constexpr int KeychainTimeoutMs = 5000;

    // "passphrase_file" when LEXECON_SECRET_FILE is set, else "keychain".
    static QString source();
    static QByteArray newSalt(); // 16 random bytes

    // The KEK for the workspace or node id. With createIfMissing, a keychain without an entry
    // gets a new random KEK; without it, a missing entry is an error (the secret was lost or
    // this is another user account).
    static Result<SecureBytes> obtain(const QString &id, QByteArrayView salt, bool createIfMissing,
                                      const KdfParams &params = KdfParams::interactive());

    // The passphrase in LEXECON_SECRET_FILE's file (one trailing newline dropped). Refuses a
    // missing, unreadable or empty file; a file readable by group or others only warns, since
    // a checkout cannot keep mode 0600 (tests/data/test-secret).
    static Result<SecureBytes> readPassphraseFile(const QString &path);
    // True when group or others may read or write the file at path (readPassphraseFile warns then).
    static bool openToOthers(const QString &path);
    static Result<SecureBytes> deriveFromPassphrase(const SecureBytes &passphrase, QByteArrayView salt,
                                                    const KdfParams &params = KdfParams::interactive());

    // Runs a QtKeychain job in a local event loop, at most KeychainTimeoutMs, so a host without
    // a Secret Service fails with a sentence instead of hanging. False on timeout; the job then
    // deletes itself whenever it finishes. Every keychain access of the project goes through here.
    static bool runKeychainJob(QKeychain::Job *job);

private:
    static Result<SecureBytes> fromKeychain(const QString &id, bool createIfMissing);
};

} // namespace Lexecon
