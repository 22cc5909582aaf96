#pragma once

#include "auth/Role.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lexecon {

// EU AI Act Article 14: the kinds of human intervention in an automated outcome.
enum class InterventionType { Approval, Override, Escalation, EmergencyStop, PolicyException, ManualReview };

// The oversight function the reviewer acted in.
enum class OversightRole { ComplianceOfficer, SecurityLead, LegalCounsel, RiskManager, Executive, SocAnalyst };

namespace Interventions {
QString typeName(InterventionType type); // "approval", ...
std::optional<InterventionType> typeFromName(const QString &name);
QList<InterventionType> types();
QString roleName(OversightRole role); // "compliance_officer", ...
std::optional<OversightRole> roleFromName(const QString &name);
QList<OversightRole> roles();
// The oversight role a workstation user acts in: admins as executive, everyone else as
// compliance officer (the only other role allowed to intervene).
OversightRole roleFor(Role role);
} // namespace Interventions

// One human intervention: what the automation recommended, what the person decided, and why.
struct Intervention
{
    QString interventionId; // itv_ ULID; filled in by InterventionLog::record when empty
    InterventionType type = InterventionType::ManualReview;
    QString decisionId;
    QString escalationId; // empty when none
    QString overrideId;   // empty when none
    QString reviewer;     // the actor ("user:alice")
    OversightRole oversightRole = OversightRole::ComplianceOfficer;
    QString aiRecommendation; // the automated outcome: approved, denied, escalated
    QString humanDecision;    // what the person decided
    QString reason;
    std::optional<qint64> responseTimeMs; // from the automated outcome to the human act
    QString createdAt;                    // RFC 3339 ms Z; filled in by record when empty
    qint64 ledgerIndex = -1;              // the ledger entry of the act; -1 unknown

    QJsonObject toJson() const;
};

} // namespace Lexecon
