#include "Override.h"

#include "common/Timestamp.h"

namespace Lexecon {

namespace Overrides {

QString typeName(OverrideType type)
{
    switch (type) {
    case OverrideType::PolicyException: return QStringLiteral("policy_exception");
    case OverrideType::TechnicalEmergency: return QStringLiteral("technical_emergency");
    case OverrideType::BusinessException: return QStringLiteral("business_exception");
    case OverrideType::HumanReview: return QStringLiteral("human_review");
    case OverrideType::ExecutiveOverride: return QStringLiteral("executive_override");
    case OverrideType::EmergencyBypass: return QStringLiteral("emergency_bypass");
    }
    return {};
}

std::optional<OverrideType> typeFromName(const QString &name)
{
    for (OverrideType t : types()) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QList<OverrideType> types()
{
    return {OverrideType::PolicyException, OverrideType::TechnicalEmergency, OverrideType::BusinessException,
            OverrideType::HumanReview,     OverrideType::ExecutiveOverride,  OverrideType::EmergencyBypass};
}

QString scopeName(OverrideScope scope)
{
    switch (scope) {
    case OverrideScope::SingleDecision: return QStringLiteral("single_decision");
    case OverrideScope::MultipleDecisions: return QStringLiteral("multiple_decisions");
    case OverrideScope::PermanentPolicyChange: return QStringLiteral("permanent_policy_change");
    }
    return {};
}

std::optional<OverrideScope> scopeFromName(const QString &name)
{
    for (OverrideScope s : scopes()) {
        if (scopeName(s) == name)
            return s;
    }
    return std::nullopt;
}

QList<OverrideScope> scopes()
{
    return {OverrideScope::SingleDecision, OverrideScope::MultipleDecisions, OverrideScope::PermanentPolicyChange};
}

bool isExecutive(OverrideType type)
{
    return type == OverrideType::ExecutiveOverride || type == OverrideType::EmergencyBypass;
}

Permission requiredPermission(OverrideType type)
{
    return isExecutive(type) ? Permission::CreateExecutiveOverride : Permission::CreateOverride;
}

} // namespace Overrides

bool Override::isActiveAt(qint64 nowMs) const
{
    if (isRevoked())
        return false;
    if (expiresAt.isEmpty())
        return true;
    const auto expiry = Timestamp::parse(expiresAt);
    return expiry && nowMs < *expiry;
}

QJsonObject Override::toJson() const
{
    auto optional = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("override_id"), overrideId},
            {QStringLiteral("decision_id"), decisionId},
            {QStringLiteral("type"), Overrides::typeName(type)},
            {QStringLiteral("scope"), Overrides::scopeName(scope)},
            {QStringLiteral("justification"), justification},
            {QStringLiteral("justification_commitment"), justificationCommitment},
            {QStringLiteral("original_outcome"), originalOutcome},
            {QStringLiteral("new_outcome"), newOutcome},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("expires_at"), optional(expiresAt)},
            {QStringLiteral("evidence_id"), evidenceId},
            {QStringLiteral("ledger_index"), ledgerIndex < 0 ? QJsonValue() : QJsonValue(ledgerIndex)},
            {QStringLiteral("revoked_at"), optional(revokedAt)},
            {QStringLiteral("revoked_by"), optional(revokedBy)},
            {QStringLiteral("revoke_reason"), optional(revokeReason)}};
}

} // namespace Lexecon
