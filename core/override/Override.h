#pragma once

#include "auth/Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lexecon {

// The catalogue's six override types.
enum class OverrideType {
    PolicyException,
    TechnicalEmergency,
    BusinessException,
    HumanReview,
    ExecutiveOverride, // admins only
    EmergencyBypass,   // admins only
};

enum class OverrideScope { SingleDecision, MultipleDecisions, PermanentPolicyChange };

namespace Overrides {
QString typeName(OverrideType type); // "policy_exception", ...
std::optional<OverrideType> typeFromName(const QString &name);
QList<OverrideType> types();
QString scopeName(OverrideScope scope); // "single_decision", ...
std::optional<OverrideScope> scopeFromName(const QString &name);
QList<OverrideScope> scopes();
// executive_override and emergency_bypass are C-level authority; the rest are officers' tools.
bool isExecutive(OverrideType type);
Permission requiredPermission(OverrideType type);
} // namespace Overrides

// A person's justified change of a decision's outcome. The decision keeps its original outcome;
// the override holds both the outcome it replaced and the new one.
struct Override
{
    QString overrideId; // ovr_ ULID
    QString decisionId;
    OverrideType type = OverrideType::HumanReview;
    OverrideScope scope = OverrideScope::SingleDecision;
    QString justification;       // trimmed; at least 20 characters
    // Salted commitment to the justification (core/crypto/Commitment.h): what the ledger entry
    // carries instead of the text. The salt stays in the row until the text is erased.
    QString justificationCommitment;
    QByteArray justificationSalt;
    QString originalOutcome;     // the outcome in effect before this override
    QString newOutcome;          // approved or denied
    QString createdBy;           // ledger actor
    QString createdAt;           // RFC 3339 ms Z
    QString expiresAt;           // empty: does not expire
    QString evidenceId;          // the attestation artifact
    qint64 ledgerIndex = -1;     // the override_created entry
    QString revokedAt;           // empty: not revoked
    QString revokedBy;
    QString revokeReason;

    bool isRevoked() const { return !revokedAt.isEmpty(); }
    // Not revoked and not expired at nowMs.
    bool isActiveAt(qint64 nowMs) const;
    QJsonObject toJson() const;
};

} // namespace Lexecon
