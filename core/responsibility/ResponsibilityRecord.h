#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lexecon {

// Who made a decision (the catalogue's DecisionMaker types).
enum class DecisionMakerType { AiSystem, HumanOperator, HumanSupervisor, HumanExecutive, Delegated, EmergencyOverride };

// How much of the accountability the maker carries.
enum class ResponsibilityLevel { Full, Shared, Supervised, Automated };

namespace Responsibility {
QString makerTypeName(DecisionMakerType type); // "ai_system", ...
std::optional<DecisionMakerType> makerTypeFromName(const QString &name);
QList<DecisionMakerType> makerTypes();
QString levelName(ResponsibilityLevel level); // "full", ...
std::optional<ResponsibilityLevel> levelFromName(const QString &name);
QList<ResponsibilityLevel> levels();
} // namespace Responsibility

// One link of a decision's accountability chain: who answered for it, how and why.
struct ResponsibilityRecord
{
    QString recordId; // rsp_ ULID; filled in by ResponsibilityTracker::record when empty
    QString decisionId;
    QString escalationId;  // empty when none
    QString overrideId;    // empty when none
    QString decisionMaker; // the actor's name ("user:alice", "apikey:bot", "system")
    DecisionMakerType makerType = DecisionMakerType::AiSystem;
    ResponsibilityLevel level = ResponsibilityLevel::Automated;
    QString reasoning;
    int confidence = 100; // 0..100
    bool liabilityAccepted = false;
    QString delegatedFrom;   // who delegated the authority; required for maker type delegated
    QString createdAt;       // RFC 3339 ms Z; filled in by record when empty
    qint64 ledgerIndex = -1; // the ledger entry of the act this record documents; -1 unknown

    QJsonObject toJson() const;
};

} // namespace Lexecon
