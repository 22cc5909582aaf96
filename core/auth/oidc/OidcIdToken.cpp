#include "OidcIdToken.h"

#include "OidcPkce.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Lexecon {

namespace {

Error refused(const QString &why)
{
    return Error::integrity(QStringLiteral("the ID token was refused: ") + why);
}

Result<QJsonObject> decodePart(const QByteArray &part, const char *what)
{
    bool ok = false;
    const QByteArray raw = OidcPkce::fromBase64Url(part, &ok);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (!ok || error.error != QJsonParseError::NoError || !doc.isObject())
        return refused(QStringLiteral("its %1 is not base64url-encoded JSON").arg(QLatin1String(what)));
    return doc.object();
}

// A NumericDate claim (RFC 7519 section 2), or -1 when absent or not a number.
qint64 numericDate(const QJsonObject &claims, const char *name)
{
    const QJsonValue v = claims.value(QLatin1String(name));
    return v.isDouble() ? qint64(v.toDouble()) : -1;
}

} // namespace

Result<QJsonObject> OidcIdToken::header(const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return refused(QStringLiteral("it is not a signed JWT of three dot-separated parts"));
    return decodePart(parts[0], "header");
}

Result<OidcIdentity> OidcIdToken::validate(const QString &token, const OidcJwks &keys, const Expectation &expect,
                                           const Clock &clock)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3)
        return refused(QStringLiteral("it is not a signed JWT of three dot-separated parts"));
    auto head = decodePart(parts[0], "header");
    if (!head)
        return head.error();
    const QString alg = head->value(QStringLiteral("alg")).toString();
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || alg.isEmpty())
        return refused(QStringLiteral("it is unsigned (alg \"none\"); only signed tokens are accepted"));
    if (alg.startsWith(QLatin1String("HS")))
        return refused(QStringLiteral("it is signed with %1, a shared-secret algorithm; only RS256, ES256 and "
                                      "EdDSA are accepted")
                           .arg(alg));
    if (alg != QLatin1String("RS256") && alg != QLatin1String("ES256") && alg != QLatin1String("EdDSA"))
        return refused(QStringLiteral("its algorithm %1 is not one of RS256, ES256 and EdDSA").arg(alg));
    if (head->contains(QStringLiteral("crit")))
        return refused(QStringLiteral("it has critical header extensions we do not understand"));

    const QString kid = head->value(QStringLiteral("kid")).toString();
    auto key = keys.select(kid, alg);
    if (!key)
        return key.error(); // NotFound for an unknown kid: the caller refetches the keys
    bool sigOk = false;
    const QByteArray signature = OidcPkce::fromBase64Url(parts[2], &sigOk);
    if (!sigOk || signature.isEmpty())
        return refused(QStringLiteral("its signature is not base64url"));
    if (auto verified = OidcJwks::verify(*key, alg, parts[0] + '.' + parts[1], signature); !verified)
        return refused(verified.error().message);

    auto claims = decodePart(parts[1], "payload");
    if (!claims)
        return claims.error();
    OidcIdentity id;
    id.issuer = claims->value(QStringLiteral("iss")).toString();
    id.subject = claims->value(QStringLiteral("sub")).toString();
    if (id.issuer != expect.issuer)
        return refused(QStringLiteral("its issuer \"%1\" is not the configured \"%2\"").arg(id.issuer, expect.issuer));
    if (id.subject.isEmpty())
        return refused(QStringLiteral("it names no subject (sub)"));

    const QJsonValue aud = claims->value(QStringLiteral("aud"));
    if (aud.isString())
        id.audience = {aud.toString()};
    else
        for (const auto &a : aud.toArray())
            id.audience.append(a.toString());
    if (!id.audience.contains(expect.clientId))
        return refused(QStringLiteral("its audience (%1) does not include this workstation's client id \"%2\"")
                           .arg(id.audience.join(QLatin1String(", ")), expect.clientId));
    const QString azp = claims->value(QStringLiteral("azp")).toString();
    if ((id.audience.size() > 1 || !azp.isEmpty()) && azp != expect.clientId)
        return refused(QStringLiteral("it was issued to another party (azp \"%1\", expected \"%2\")")
                           .arg(azp, expect.clientId));

    const qint64 now = clock.nowMs() / 1000;
    id.expiresAt = numericDate(*claims, "exp");
    id.issuedAt = numericDate(*claims, "iat");
    if (id.expiresAt < 0 || id.issuedAt < 0)
        return refused(QStringLiteral("it lacks a numeric exp or iat claim"));
    if (now > id.expiresAt + expect.clockSkewSeconds)
        return refused(QStringLiteral("it expired %1 seconds ago; sign in again (and check this computer's clock)")
                           .arg(now - id.expiresAt));
    if (id.issuedAt > now + expect.clockSkewSeconds)
        return refused(QStringLiteral("it was issued %1 seconds in the future; check this computer's clock")
                           .arg(id.issuedAt - now));
    if (now - id.issuedAt > expect.maxAgeSeconds + expect.clockSkewSeconds)
        return refused(QStringLiteral("it was issued %1 seconds ago, too long ago for a fresh sign-in")
                           .arg(now - id.issuedAt));
    const QString nonce = claims->value(QStringLiteral("nonce")).toString();
    if (expect.nonce.isEmpty() || nonce != expect.nonce)
        return refused(QStringLiteral("its nonce does not match this sign-in's (a replayed or foreign token)"));

    id.email = claims->value(QStringLiteral("email")).toString();
    const QJsonValue verified = claims->value(QStringLiteral("email_verified"));
    // Some providers send the string "true"; anything else is unverified.
    id.emailVerified = verified.toBool(false) || verified.toString() == QLatin1String("true");
    id.name = claims->value(QStringLiteral("name")).toString();
    id.preferredUsername = claims->value(QStringLiteral("preferred_username")).toString();
    return id;
}

} // namespace Lexecon
