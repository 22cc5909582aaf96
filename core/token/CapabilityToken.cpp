#include "CapabilityToken.h"

#include "common/JcsText.h"
#include "common/Clock.h"
#include "common/Ulid.h"
#include "crypto/NodeIdentity.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Lexecon {

namespace {

Error malformed(const QString &what)
{
    return Error::invalid(QStringLiteral("token"), what);
}

// Strict base64url: the JWT alphabet, no padding, and the canonical encoding of its bytes
// (so one token has exactly one spelling).
std::optional<QByteArray> decodePart(const QByteArray &part)
{
    if (part.contains('='))
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || CapabilityToken::base64Url(*decoded) != part)
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> decodeObject(const QByteArray &part)
{
    auto bytes = decodePart(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

QByteArray CapabilityToken::headerText(const QString &kid)
{
    // Keys in JCS order: alg, kid, typ.
    QByteArray out = QByteArrayLiteral("{\"alg\":\"EdDSA\",\"kid\":");
    JcsText::appendString(out, kid);
    out.append(",\"typ\":\"JWT\"}");
    return out;
}

QByteArray CapabilityToken::headerPart(const QString &kid)
{
    // The header depends on the node key only: encoded once per key and thread.
    thread_local QString lastKid;
    thread_local QByteArray lastPart;
    if (lastPart.isEmpty() || kid != lastKid) {
        lastPart = base64Url(headerText(kid));
        lastKid = kid;
    }
    return lastPart;
}

QByteArray CapabilityToken::claimsText(const IssuedToken &t)
{
    // Keys in JCS order: act, dec, exp, iat, iss, jti, pol, sub, tool (if any). Written directly:
    // building the QJsonObject and canonicalizing it cost more than signing.
    QByteArray out;
    out.reserve(256 + t.claims.subject.size() + t.claims.action.size() + t.claims.tool.size());
    out.append("{\"act\":");
    JcsText::appendString(out, t.claims.action);
    out.append(",\"dec\":");
    JcsText::appendString(out, t.claims.decisionId);
    out.append(",\"exp\":");
    JcsText::appendInteger(out, t.expiresAt);
    out.append(",\"iat\":");
    JcsText::appendInteger(out, t.issuedAt);
    out.append(",\"iss\":");
    JcsText::appendString(out, t.issuer);
    out.append(",\"jti\":");
    JcsText::appendString(out, t.jti);
    out.append(",\"pol\":");
    JcsText::appendString(out, t.claims.policyHash);
    out.append(",\"sub\":");
    JcsText::appendString(out, t.claims.subject);
    if (!t.claims.tool.isEmpty()) {
        out.append(",\"tool\":");
        JcsText::appendString(out, t.claims.tool);
    }
    out.append('}');
    return out;
}

QByteArray CapabilityToken::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<IssuedToken> CapabilityToken::issue(const NodeIdentity &node, const TokenClaims &claims, const Clock &clock,
                                           qint64 ttlSeconds, const QString &jti)
{
    const struct
    {
        const char *field;
        const QString &value;
    } required[] = {
        {"sub", claims.subject}, {"dec", claims.decisionId}, {"act", claims.action}, {"pol", claims.policyHash}};
    for (const auto &r : required) {
        if (r.value.isEmpty())
            return Error::invalid(
                QString::fromLatin1(r.field),
                QStringLiteral("a capability token needs the claim %1; it was empty").arg(QLatin1String(r.field)));
    }
    if (ttlSeconds < 1 || ttlSeconds > MaxTtlSeconds)
        return Error::invalid(
            QStringLiteral("ttl"),
            QStringLiteral("ttl is %1 s; send between 1 and %2 seconds").arg(ttlSeconds).arg(MaxTtlSeconds));

    if (!jti.isEmpty() && !Ulid::isValid(jti, QStringLiteral("cap_")))
        return Error::invalid(QStringLiteral("jti"),
                              QStringLiteral("\"%1\" is not a token id; they look like cap_ followed by 26 characters")
                                  .arg(jti));

    IssuedToken issued;
    const qint64 nowMs = clock.nowMs();
    issued.jti = jti.isEmpty() ? Ulid::make(QStringLiteral("cap_"), nowMs) : jti;
    issued.issuer = node.nodeId();
    issued.claims = claims;
    issued.issuedAt = nowMs / 1000;
    issued.expiresAt = issued.issuedAt + ttlSeconds;

    // header.claims, then .signature appended to the same buffer: one allocation for the token.
    const QByteArray header = headerPart(node.fingerprint());
    const QByteArray claimsPart = base64Url(claimsText(issued));
    QByteArray token;
    token.reserve(header.size() + 1 + claimsPart.size() + 1 + 86);
    token.append(header).append('.').append(claimsPart);
    const QByteArray signature = node.sign(token);
    token.append('.').append(base64Url(signature));
    issued.token = QString::fromLatin1(token);
    return issued;
}

QJsonObject IssuedToken::payload() const
{
    QJsonObject out{{QStringLiteral("jti"), jti},          {QStringLiteral("iss"), issuer},
                    {QStringLiteral("sub"), claims.subject}, {QStringLiteral("dec"), claims.decisionId},
                    {QStringLiteral("act"), claims.action},  {QStringLiteral("pol"), claims.policyHash},
                    {QStringLiteral("iat"), issuedAt},       {QStringLiteral("exp"), expiresAt}};
    if (!claims.tool.isEmpty())
        out.insert(QStringLiteral("tool"), claims.tool);
    return out;
}

Result<ParsedToken> CapabilityToken::parse(const QString &token)
{
    if (token.isEmpty())
        return malformed(QStringLiteral("the token is empty"));
    if (token.size() > 8192)
        return malformed(QStringLiteral("the token is longer than 8192 characters"));
    const QByteArray ascii = token.toLatin1();
    if (QString::fromLatin1(ascii) != token)
        return malformed(QStringLiteral("the token holds characters outside base64url"));
    const QList<QByteArray> parts = ascii.split('.');
    if (parts.size() != 3)
        return malformed(QStringLiteral("a token has three dot-separated parts, this one has %1").arg(parts.size()));
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            return malformed(QStringLiteral("the token has an empty part"));
    }
    ParsedToken parsed;
    auto header = decodeObject(parts[0]);
    if (!header)
        return malformed(QStringLiteral("the token's header is not base64url-encoded JSON"));
    auto payload = decodeObject(parts[1]);
    if (!payload)
        return malformed(QStringLiteral("the token's payload is not base64url-encoded JSON"));
    auto signature = decodePart(parts[2]);
    if (!signature)
        return malformed(QStringLiteral("the token's signature is not base64url"));
    parsed.header = *header;
    parsed.payload = *payload;
    parsed.signingInput = parts[0] + '.' + parts[1];
    parsed.signature = *signature;
    return parsed;
}

} // namespace Lexecon
