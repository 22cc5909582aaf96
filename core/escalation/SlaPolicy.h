#pragma once

#include "Escalation.h"

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Lexecon {

enum class SlaState { Ok, Warning, Breached };

// What happens when an escalation's SLA passes. Never an approval (SPEC section 2).
enum class BreachAction { Notify, EscalateUp, AutoDeny };

// SLA rules per priority (SPEC section 2): critical 2 h, high 8 h, medium 24 h, low 72 h; a warning
// 1 h before the deadline; breach action notify unless configured otherwise.
class SlaPolicy
{
public:
    SlaPolicy();

    qint64 durationMs(const QString &priority) const; // an unknown priority gets the low duration
    void setDurationMs(const QString &priority, qint64 ms);
    qint64 warningMs() const { return m_warningMs; }
    void setWarningMs(qint64 ms) { m_warningMs = ms; }
    BreachAction breachAction(const QString &priority) const;
    void setBreachAction(const QString &priority, BreachAction action);

    qint64 deadlineFor(const QString &priority, qint64 createdAtMs) const { return createdAtMs + durationMs(priority); }

    // Warning from deadline - warning (inclusive), breached from the deadline (inclusive). A resolved
    // escalation is breached if the breach was recorded, ok otherwise.
    SlaState stateAt(const Escalation &escalation, qint64 nowMs) const;
    static qint64 timeLeftMs(const Escalation &escalation, qint64 nowMs) { return escalation.slaDeadlineMs - nowMs; }

    // Settings form: {"hours": {"critical": 2, ...}, "warning_minutes": 60,
    // "breach_actions": {"critical": "auto_deny", ...}}. Everything optional; what is left out keeps
    // its default. Errors name the field ("sla.hours.high") and what to send.
    static Result<SlaPolicy> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    static QString actionName(BreachAction action); // notify | escalate_up | auto_deny
    static std::optional<BreachAction> actionFromName(const QString &name);
    static QString stateName(SlaState state); // ok | warning | breached

private:
    QHash<QString, qint64> m_durationMs;
    QHash<QString, BreachAction> m_actions;
    qint64 m_warningMs;
};

} // namespace Lexecon
