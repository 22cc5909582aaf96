#include "ResponsibilityRecord.h"

namespace Lexecon {

namespace Responsibility {

QString makerTypeName(DecisionMakerType type)
{
    switch (type) {
    case DecisionMakerType::AiSystem: return QStringLiteral("ai_system");
    case DecisionMakerType::HumanOperator: return QStringLiteral("human_operator");
    case DecisionMakerType::HumanSupervisor: return QStringLiteral("human_supervisor");
    case DecisionMakerType::HumanExecutive: return QStringLiteral("human_executive");
    case DecisionMakerType::Delegated: return QStringLiteral("delegated");
    case DecisionMakerType::EmergencyOverride: return QStringLiteral("emergency_override");
    }
    return {};
}

std::optional<DecisionMakerType> makerTypeFromName(const QString &name)
{
    for (DecisionMakerType t : makerTypes()) {
        if (makerTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QList<DecisionMakerType> makerTypes()
{
    return {DecisionMakerType::AiSystem,       DecisionMakerType::HumanOperator, DecisionMakerType::HumanSupervisor,
            DecisionMakerType::HumanExecutive, DecisionMakerType::Delegated,     DecisionMakerType::EmergencyOverride};
}

QString levelName(ResponsibilityLevel level)
{
    switch (level) {
    case ResponsibilityLevel::Full: return QStringLiteral("full");
    case ResponsibilityLevel::Shared: return QStringLiteral("shared");
    case ResponsibilityLevel::Supervised: return QStringLiteral("supervised");
    case ResponsibilityLevel::Automated: return QStringLiteral("automated");
    }
    return {};
}

std::optional<ResponsibilityLevel> levelFromName(const QString &name)
{
    for (ResponsibilityLevel l : levels()) {
        if (levelName(l) == name)
            return l;
    }
    return std::nullopt;
}

QList<ResponsibilityLevel> levels()
{
    return {ResponsibilityLevel::Full, ResponsibilityLevel::Shared, ResponsibilityLevel::Supervised,
            ResponsibilityLevel::Automated};
}

} // namespace Responsibility

QJsonObject ResponsibilityRecord::toJson() const
{
    auto optional = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{QStringLiteral("record_id"), recordId},
            {QStringLiteral("decision_id"), decisionId},
            {QStringLiteral("escalation_id"), optional(escalationId)},
            {QStringLiteral("override_id"), optional(overrideId)},
            {QStringLiteral("decision_maker"), decisionMaker},
            {QStringLiteral("maker_type"), Responsibility::makerTypeName(makerType)},
            {QStringLiteral("responsibility_level"), Responsibility::levelName(level)},
            {QStringLiteral("reasoning"), reasoning},
            {QStringLiteral("confidence"), confidence},
            {QStringLiteral("liability_accepted"), liabilityAccepted},
            {QStringLiteral("delegated_from"), optional(delegatedFrom)},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("ledger_index"), ledgerIndex < 0 ? QJsonValue() : QJsonValue(ledgerIndex)}};
}

} // namespace Lexecon
