#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Lexecon {

// A provider's signing keys (RFC 7517 JWK set), as OpenSSL public keys.
// Keys we cannot use (encryption keys, unknown kty or curve) are skipped, not errors, since
// providers publish keys for other purposes too.
class OidcJwks
{
public:
    struct Key
    {
        QString kid;
        QString kty; // "RSA", "EC" (P-256), "OKP" (Ed25519)
        QString alg; // as published; may be empty
        std::shared_ptr<void> pkey; // EVP_PKEY, freed with the last copy
    };

    static Result<OidcJwks> fromJson(const QJsonObject &jwks);

    bool isEmpty() const { return m_keys.isEmpty(); }
    int size() const { return int(m_keys.size()); }
    bool hasKid(const QString &kid) const;

    // The key for a JWS header: by kid when given, else the only key that fits alg.
    // NotFound when no key has that kid (the caller then refetches the set once).
    Result<Key> select(const QString &kid, const QString &alg) const;

    // Verifies a JWS signature with key: RS256 (RSA 2048+), ES256 (P-256, JOSE r||s),
    // EdDSA (Ed25519). Any other alg, or a key of the wrong type, is refused.
    static Result<void> verify(const Key &key, const QString &alg, const QByteArray &signingInput,
                               const QByteArray &signature);

private:
    QList<Key> m_keys;
};

} // namespace Lexecon
