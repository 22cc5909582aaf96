#include "SlaPolicy.h"

#include "risk/RiskLevel.h"

namespace Lexecon {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
}

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
