#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Lexecon {

class Clock;
class NodeIdentity;

// What a token authorizes (SPEC section 4).
struct TokenClaims
{
    QString subject;    // sub: the actor the decision was made for
    QString decisionId; // dec
    QString action;     // act
    QString tool;       // tool: empty when the action names no tool (the claim is then left out)
    QString policyHash; // pol: the policy the decision was made under
};

// A token as issued: the compact JWT and its claims, for the caller to record and return.
struct IssuedToken
{
    QString token; // header.payload.signature, base64url without padding
    QString jti;   // cap_ ULID
    QString issuer;
    TokenClaims claims;
    qint64 issuedAt = 0;  // iat, seconds since the epoch
    qint64 expiresAt = 0; // exp, seconds since the epoch

    // The JWT claims set as signed (jti, iss, sub, dec, act, pol, iat, exp, tool when given).
    // Built on demand: issuing writes the claims' JCS text directly (CapabilityToken::claimsText).
    QJsonObject payload() const;
};

// A compact JWT split into its parts; no checks beyond the encoding.
struct ParsedToken
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // ASCII header.payload, what the signature covers
    QByteArray signature;
};

// Capability tokens: JWTs (RFC 7519) signed EdDSA/Ed25519 (RFC 8037) with the node key,
// header {"alg":"EdDSA","typ":"JWT","kid":<key fingerprint>}, so any JWT library verifies
// them with the node's JWKS.
class CapabilityToken
{
public:
    static constexpr qint64 DefaultTtlSeconds = 300;
    static constexpr qint64 MaxTtlSeconds = 24 * 3600;

    // Invalid input (naming the field) when sub/dec/act/pol is empty, the TTL is outside 1 s..24 h
    // or jti is not a cap_ ULID. An empty jti: a new one.
    static Result<IssuedToken> issue(const NodeIdentity &node, const TokenClaims &claims, const Clock &clock,
                                     qint64 ttlSeconds = DefaultTtlSeconds, const QString &jti = QString());

    // Splits and decodes a compact JWT; an Invalid error (field "token") says what is wrong.
    static Result<ParsedToken> parse(const QString &token);

    static QByteArray base64Url(const QByteArray &bytes);

    // The JCS bytes that issue() encodes and signs, written without a QJsonObject (exposed so
    // that tests pin them against CanonicalJson::serialize of the header and of t.payload).
    static QByteArray headerText(const QString &kid);
    static QByteArray claimsText(const IssuedToken &t);

private:
    static QByteArray headerPart(const QString &kid); // base64url(headerText), cached
};

} // namespace Lexecon
