#include "TokenVerifier.h"

#include "CapabilityToken.h"
#include "TokenStore.h"
#include "common/Timestamp.h"
#include "crypto/Ed25519.h"
#include "crypto/NodeIdentity.h"

#include <QJsonValue>

namespace Lexecon {

namespace {

TokenVerdict refuse(const QString &code, const QString &reason, const QJsonObject &claims = {})
{
    return {false, code, reason, claims};
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

QString shortHash(const QString &hash)
{
    return hash.size() > 12 ? hash.left(12) + QStringLiteral("...") : hash;
}

} // namespace

TokenVerifier::TokenVerifier(QByteArray publicKey, QString keyId, QString issuer, const TokenStore &revocations)
    : m_publicKey(std::move(publicKey))
    , m_keyId(std::move(keyId))
    , m_issuer(std::move(issuer))
    , m_revocations(revocations)
{
}

TokenVerifier::TokenVerifier(const NodeIdentity &node, const TokenStore &revocations)
    : TokenVerifier(node.publicKeyRaw(), node.fingerprint(), node.nodeId(), revocations)
{
}

TokenVerdict TokenVerifier::verify(const QString &token, const QString &action, const QString &tool,
                                   const QString &activePolicyHash, qint64 nowMs) const
{
    auto parsed = CapabilityToken::parse(token.trimmed());
    if (!parsed)
        return refuse(QStringLiteral("malformed"),
                      QStringLiteral("The token is malformed (%1); send the token exactly as the decision returned it.")
                          .arg(parsed.error().message));
    const QJsonObject &header = parsed->header;
    const QJsonObject &claims = parsed->payload;

    const QString alg = header.value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("EdDSA"))
        return refuse(
            QStringLiteral("wrong_algorithm"),
            QStringLiteral("The token's algorithm is \"%1\"; only EdDSA tokens signed by this node are accepted.")
                .arg(alg.isEmpty() ? header.value(QStringLiteral("alg")).toVariant().toString() : alg),
            claims);
    const QString kid = header.value(QStringLiteral("kid")).toString();
    if (kid != m_keyId)
        return refuse(
            QStringLiteral("unknown_key"),
            QStringLiteral("The token names signing key \"%1\", which is not this node's key %2.").arg(kid, m_keyId),
            claims);
    if (!Ed25519::verify(m_publicKey, parsed->signingInput, parsed->signature))
        return refuse(
            QStringLiteral("bad_signature"),
            QStringLiteral("The token's signature does not verify: it was altered or not signed by this node."),
            claims);

    // From here on the content is the node's own; still, check its shape before trusting it.
    for (const char *name : {"jti", "iss", "sub", "dec", "act", "pol"}) {
        if (!claims.value(QLatin1String(name)).isString())
            return refuse(QStringLiteral("malformed"),
                          QStringLiteral("The token lacks the claim \"%1\"; it is not a capability token.")
                              .arg(QLatin1String(name)),
                          claims);
    }
    for (const char *name : {"iat", "exp"}) {
        if (!isInteger(claims.value(QLatin1String(name))))
            return refuse(
                QStringLiteral("malformed"),
                QStringLiteral("The token's claim \"%1\" is not a time in seconds; it is not a capability token.")
                    .arg(QLatin1String(name)),
                claims);
    }
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    if (iss != m_issuer)
        return refuse(QStringLiteral("wrong_issuer"),
                      QStringLiteral("The token was issued by \"%1\", not by this node (%2).").arg(iss, m_issuer),
                      claims);

    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    if (nowMs >= exp * 1000)
        return refuse(
            QStringLiteral("expired"),
            QStringLiteral("The token expired at %1; ask for a new decision.").arg(Timestamp::format(exp * 1000)),
            claims);
    if ((iat - ClockSkewSeconds) * 1000 > nowMs)
        return refuse(QStringLiteral("not_yet_valid"),
                      QStringLiteral("The token's issue time %1 lies in the future; check this host's clock.")
                          .arg(Timestamp::format(iat * 1000)),
                      claims);

    const QString act = claims.value(QStringLiteral("act")).toString();
    if (act != action)
        return refuse(QStringLiteral("action_mismatch"),
                      QStringLiteral("The token authorizes the action \"%1\", not \"%2\".").arg(act, action), claims);
    const QString tokenTool = claims.value(QStringLiteral("tool")).toString();
    if (tokenTool != tool) {
        QString reason;
        if (tokenTool.isEmpty())
            reason = QStringLiteral("The token authorizes no tool, but the tool \"%1\" was named.").arg(tool);
        else if (tool.isEmpty())
            reason =
                QStringLiteral("The token authorizes only the tool \"%1\"; name it in the request.").arg(tokenTool);
        else
            reason = QStringLiteral("The token authorizes the tool \"%1\", not \"%2\".").arg(tokenTool, tool);
        return refuse(QStringLiteral("tool_mismatch"), reason, claims);
    }
    const QString pol = claims.value(QStringLiteral("pol")).toString();
    if (activePolicyHash.isEmpty() || pol != activePolicyHash)
        return refuse(
            QStringLiteral("policy_inactive"),
            QStringLiteral("The token was issued under policy %1, which is no longer the active policy; ask for a new "
                           "decision.")
                .arg(shortHash(pol)),
            claims);

    const QString jti = claims.value(QStringLiteral("jti")).toString();
    auto revoked = m_revocations.isRevoked(jti);
    if (!revoked)
        return refuse(QStringLiteral("revocation_unknown"),
                      QStringLiteral("The token's revocation status cannot be checked (%1), so it is refused.")
                          .arg(revoked.error().message),
                      claims);
    if (*revoked)
        return refuse(QStringLiteral("revoked"), QStringLiteral("The token %1 was revoked.").arg(jti), claims);
    return {true, QStringLiteral("ok"), QStringLiteral("The token is valid."), claims};
}

} // namespace Lexecon
