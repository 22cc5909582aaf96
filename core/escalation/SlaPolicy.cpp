#include "SlaPolicy.h"

#include "risk/RiskLevel.h"

namespace Lexecon {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kMinuteMs = 60 * 1000;

// A whole number from the settings JSON, or -1.
qint64 wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0)
        return -1;
    return v.toInteger();
}
} // namespace

SlaPolicy::SlaPolicy()
    : m_durationMs{{RiskLevel::critical(), 2 * kHourMs},
                   {RiskLevel::high(), 8 * kHourMs},
                   {RiskLevel::medium(), 24 * kHourMs},
                   {RiskLevel::low(), 72 * kHourMs}}
    , m_warningMs(kHourMs)
{
}

qint64 SlaPolicy::durationMs(const QString &priority) const
{
    return m_durationMs.value(priority, m_durationMs.value(RiskLevel::low()));
}

void SlaPolicy::setDurationMs(const QString &priority, qint64 ms)
{
    m_durationMs.insert(priority, ms);
}

BreachAction SlaPolicy::breachAction(const QString &priority) const
{
    return m_actions.value(priority, BreachAction::Notify);
}

void SlaPolicy::setBreachAction(const QString &priority, BreachAction action)
{
    m_actions.insert(priority, action);
}

SlaState SlaPolicy::stateAt(const Escalation &escalation, qint64 nowMs) const
{
    if (!escalation.isOpen())
        return escalation.breachedAtMs > 0 ? SlaState::Breached : SlaState::Ok;
    if (nowMs >= escalation.slaDeadlineMs)
        return SlaState::Breached;
    if (nowMs >= escalation.slaDeadlineMs - m_warningMs)
        return SlaState::Warning;
    return SlaState::Ok;
}

Result<SlaPolicy> SlaPolicy::fromJson(const QJsonObject &json)
{
    SlaPolicy policy;
    const QString levels = RiskLevel::all().join(QStringLiteral(", "));
    const QJsonObject hours = json.value(QStringLiteral("hours")).toObject();
    for (auto it = hours.constBegin(); it != hours.constEnd(); ++it) {
        const QString field = QStringLiteral("sla.hours.") + it.key();
        if (!RiskLevel::isLevel(it.key()))
            return Error::invalid(field, QStringLiteral("\"%1\" is not a priority; use %2").arg(it.key(), levels));
        const qint64 h = wholeNumber(it.value());
        if (h < 1)
            return Error::invalid(field, QStringLiteral("the SLA of %1 escalations must be a whole number of hours, at "
                                                        "least 1")
                                             .arg(it.key()));
        policy.setDurationMs(it.key(), h * kHourMs);
    }
    if (json.contains(QStringLiteral("warning_minutes"))) {
        const qint64 m = wholeNumber(json.value(QStringLiteral("warning_minutes")));
        if (m < 0)
            return Error::invalid(
                QStringLiteral("sla.warning_minutes"),
                QStringLiteral("the SLA warning must be a whole number of minutes before the deadline"));
        policy.setWarningMs(m * kMinuteMs);
    }
    const QJsonObject actions = json.value(QStringLiteral("breach_actions")).toObject();
    for (auto it = actions.constBegin(); it != actions.constEnd(); ++it) {
        const QString field = QStringLiteral("sla.breach_actions.") + it.key();
        if (!RiskLevel::isLevel(it.key()))
            return Error::invalid(field, QStringLiteral("\"%1\" is not a priority; use %2").arg(it.key(), levels));
        const auto action = actionFromName(it.value().toString());
        if (!action)
            return Error::invalid(field, QStringLiteral("the breach action must be notify, escalate_up or auto_deny "
                                                        "(a breached SLA never approves)"));
        policy.setBreachAction(it.key(), *action);
    }
    return policy;
}

QJsonObject SlaPolicy::toJson() const
{
    QJsonObject hours;
    QJsonObject actions;
    for (const QString &level : RiskLevel::all()) {
        hours.insert(level, durationMs(level) / kHourMs);
        actions.insert(level, actionName(breachAction(level)));
    }
    return {{QStringLiteral("hours"), hours},
            {QStringLiteral("warning_minutes"), m_warningMs / kMinuteMs},
            {QStringLiteral("breach_actions"), actions}};
}

QString SlaPolicy::actionName(BreachAction action)
{
    switch (action) {
    case BreachAction::Notify: return QStringLiteral("notify");
    case BreachAction::EscalateUp: return QStringLiteral("escalate_up");
    case BreachAction::AutoDeny: return QStringLiteral("auto_deny");
    }
    return QStringLiteral("notify");
}

std::optional<BreachAction> SlaPolicy::actionFromName(const QString &name)
{
    for (BreachAction a : {BreachAction::Notify, BreachAction::EscalateUp, BreachAction::AutoDeny}) {
        if (actionName(a) == name)
            return a;
    }
    return std::nullopt;
}

QString SlaPolicy::stateName(SlaState state)
{
    switch (state) {
    case SlaState::Ok: return QStringLiteral("ok");
    case SlaState::Warning: return QStringLiteral("warning");
    case SlaState::Breached: return QStringLiteral("breached");
    }
    return QStringLiteral("ok");
}

} // namespace Lexecon
