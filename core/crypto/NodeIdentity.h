#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class Ed25519KeyPair;

// The node's Ed25519 identity (SPEC sections 4-7): it signs capability tokens and ledger
// checkpoints. Created on first open and kept in table node, with the private key and the
// field-encryption key encrypted under the KEK (KeyStore). Cheap to copy: copies share the
// key material, which lives in guarded memory and is wiped with the last copy.
class NodeIdentity
{
public:
    // Loads the identity, creating it (and the KEK) on first use. The wrong secret gives an
    // Integrity error naming LEXECON_SECRET_FILE and the keychain.
    static Result<NodeIdentity> openOrCreate(std::shared_ptr<Database> db, const Clock &clock);

    QString nodeId() const { return m_nodeId; }           // "node-" + 12 hex chars of the fingerprint
    QString publicKeyPem() const { return m_pem; }        // SubjectPublicKeyInfo
    QByteArray publicKeyRaw() const;                      // 32 bytes
    QString fingerprint() const { return m_fingerprint; } // hex SHA-256 of the SPKI DER; the JWT kid
    QString createdAt() const { return m_createdAt; }
    QString kekSource() const { return m_kekSource; } // "passphrase_file" or "keychain"

    QByteArray sign(QByteArrayView message) const; // 64-byte Ed25519 signature
    bool verify(QByteArrayView message, QByteArrayView signature) const;

    // The 32-byte key for SecretBox-encrypted fields (TOTP secrets and the like).
    const SecureBytes &fieldKey() const { return *m_fieldKey; }

    // "lexecon/<node_id>", the checkpoint origin and note key name unless configured otherwise.
    QString defaultOrigin() const;
    // Go golang.org/x/mod/sumdb/note verifier key: <name>+<hex8 key hash>+<base64(0x01 || key)>.
    QString noteVerifierKey(const QString &origin = QString()) const;
    // The 4-byte key hash that prefixes a note signature: first 4 bytes (big-endian) of
    // SHA-256(name || "\n" || 0x01 || key).
    quint32 noteKeyHash(const QString &origin = QString()) const;
    static QString noteVerifierKeyFor(const QString &name, QByteArrayView publicKey);
    static quint32 noteKeyHashFor(const QString &name, QByteArrayView publicKey);

    // {"keys":[{"kty":"OKP","crv":"Ed25519","x":..,"kid":fingerprint,"alg":"EdDSA","use":"sig"}]}
    QJsonObject jwks() const;
    QJsonObject jwk() const;
    // What `lexecon-cli node key` prints: {"public_key_pem", "fingerprint", "note_verifier_key"}.
    QJsonObject keyInfo(const QString &origin = QString()) const;
    // The genesis ledger payload: {"node_id", "public_key" (PEM), "fingerprint"}.
    QJsonObject genesisPayload() const;

private:
    NodeIdentity() = default;
    static Result<NodeIdentity> load(std::shared_ptr<Database> db, bool &found);
    static Result<NodeIdentity> create(std::shared_ptr<Database> db, const Clock &clock, bool &raced);

    QString m_nodeId;
    QString m_pem;
    QString m_fingerprint;
    QString m_createdAt;
    QString m_kekSource;
    std::shared_ptr<const Ed25519KeyPair> m_key;
    std::shared_ptr<const SecureBytes> m_fieldKey;
};

} // namespace Lexecon
