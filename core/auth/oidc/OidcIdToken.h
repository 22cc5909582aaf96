#pragma once

#include "OidcJwks.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Lexecon {

class Clock;

// The claims of an ID token that passed validation.
struct OidcIdentity
{
    QString issuer;
    QString subject;
    QStringList audience;
    QString email;
    bool emailVerified = false;
    QString name;
    QString preferredUsername;
    qint64 issuedAt = 0;  // seconds since the epoch
    qint64 expiresAt = 0;
};

// Validates an ID token (OpenID Connect Core 1.0 section 3.1.3.7) with OpenSSL.
class OidcIdToken
{
public:
    struct Expectation
    {
        QString issuer;   // exact match
        QString clientId; // must be in aud; azp must equal it when aud has several values
        QString nonce;    // exact match; the token must carry it
        int clockSkewSeconds = 120;
        int maxAgeSeconds = 600; // iat no older than this (plus skew)
    };

    // The header's kid ("" when absent) and alg, without verifying anything, so a caller can
    // refetch the JWKS when the kid is unknown.
    static Result<QJsonObject> header(const QString &token);

    // Every check, in this order: form, alg (RS256/ES256/EdDSA only; "none" and HS* refused),
    // key by kid, signature, iss, aud, azp, exp, iat, nonce. Each failure is an Integrity error
    // with a sentence saying which check failed and why.
    static Result<OidcIdentity> validate(const QString &token, const OidcJwks &keys, const Expectation &expect,
                                         const Clock &clock);
};

} // namespace Lexecon
