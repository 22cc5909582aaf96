#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Lexecon {

class NodeIdentity;
class TokenStore;

// The answer to "may the bearer of this token do this now?". reason is a sentence for a person;
// code is stable for programs and metrics: ok, malformed, wrong_algorithm, unknown_key,
// bad_signature, wrong_issuer, not_yet_valid, expired, action_mismatch, tool_mismatch,
// policy_inactive, revoked, revocation_unknown.
struct TokenVerdict
{
    bool valid = false;
    QString code;
    QString reason;
    QJsonObject claims; // the payload when it could be decoded, even for a refusal
};

// Checks a capability token (SPEC section 4): signature by this node's key, expiry, the
// action and tool asked for, the policy still active, and not revoked. Fails closed: anything
// it cannot establish is a refusal.
class TokenVerifier
{
public:
    // publicKey: 32 raw bytes; keyId: its fingerprint (the JWT kid); issuer: the node id.
    TokenVerifier(QByteArray publicKey, QString keyId, QString issuer, const TokenStore &revocations);
    TokenVerifier(const NodeIdentity &node, const TokenStore &revocations);

    // tool empty = the request names no tool. activePolicyHash empty = no policy is active.
    TokenVerdict verify(const QString &token, const QString &action, const QString &tool,
                        const QString &activePolicyHash, qint64 nowMs) const;

    // Tolerated clock difference for iat in the future.
    static constexpr qint64 ClockSkewSeconds = 60;

private:
    QByteArray m_publicKey;
    QString m_keyId;
    QString m_issuer;
    const TokenStore &m_revocations;
};

} // namespace Lexecon
