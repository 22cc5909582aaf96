#include "Intervention.h"

namespace Lexecon {

namespace Interventions {

QString typeName(InterventionType type)
{
    switch (type) {
    case InterventionType::Approval: return QStringLiteral("approval");
    case InterventionType::Override: return QStringLiteral("override");
    case InterventionType::Escalation: return QStringLiteral("escalation");
    case InterventionType::EmergencyStop: return QStringLiteral("emergency_stop");
    case InterventionType::PolicyException: return QStringLiteral("policy_exception");
    case InterventionType::ManualReview: return QStringLiteral("manual_review");
    }
    return {};
}

std::optional<InterventionType> typeFromName(const QString &name)
{
    for (InterventionType t : types()) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QList<InterventionType> types()
{
    return {InterventionType::Approval,      InterventionType::Override,        InterventionType::Escalation,
            InterventionType::EmergencyStop, InterventionType::PolicyException, InterventionType::ManualReview};
}

QString roleName(OversightRole role)
{
    switch (role) {
    case OversightRole::ComplianceOfficer: return QStringLiteral("compliance_officer");
    case OversightRole::SecurityLead: return QStringLiteral("security_lead");
    case OversightRole::LegalCounsel: return QStringLiteral("legal_counsel");
    case OversightRole::RiskManager: return QStringLiteral("risk_manager");
    case OversightRole::Executive: return QStringLiteral("executive");
    case OversightRole::SocAnalyst: return QStringLiteral("soc_analyst");
    }
    return {};
}

std::optional<OversightRole> roleFromName(const QString &name)
{
    for (OversightRole r : roles()) {
        if (roleName(r) == name)
            return r;
    }
    return std::nullopt;
}

QList<OversightRole> roles()
{
    return {OversightRole::ComplianceOfficer, OversightRole::SecurityLead, OversightRole::LegalCounsel,
            OversightRole::RiskManager,       OversightRole::Executive,    OversightRole::SocAnalyst};
}

OversightRole roleFor(Role role)
{
    return role == Role::Admin ? OversightRole::Executive : OversightRole::ComplianceOfficer;
}

} // namespace Interventions

QJsonObject Intervention::toJson() const
{
    auto optional = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("intervention_id"), interventionId},
            {QStringLiteral("type"), Interventions::typeName(type)},
            {QStringLiteral("decision_id"), decisionId},
            {QStringLiteral("escalation_id"), optional(escalationId)},
            {QStringLiteral("override_id"), optional(overrideId)},
            {QStringLiteral("reviewer"), reviewer},
            {QStringLiteral("oversight_role"), Interventions::roleName(oversightRole)},
            {QStringLiteral("ai_recommendation"), aiRecommendation},
            {QStringLiteral("human_decision"), humanDecision},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("response_time_ms"), responseTimeMs ? QJsonValue(*responseTimeMs) : QJsonValue()},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("ledger_index"), ledgerIndex < 0 ? QJsonValue() : QJsonValue(ledgerIndex)}};
}

} // namespace Lexecon
