#include "SlaMonitor.h"

#include "EscalationService.h"
#include "common/Clock.h"

namespace Lexecon {

namespace {

// Another desk (or a reviewer in the same instant) got there first: nothing left to do.
bool isRace(const Error &error)
{
    return error.code == Error::Code::Conflict;
}

} // namespace

SlaMonitor::SlaMonitor(EscalationService &service, SlaPolicy policy, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_policy(std::move(policy))
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto r = sweep(Principal::system()); !r)
            Q_EMIT sweepFailed(r.error().message);
    });
}

void SlaMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

Result<SweepReport> SlaMonitor::sweep(const Principal &system)
{
    if (system.kind() != Principal::Kind::System)
        return Error::forbidden(
            QStringLiteral("%1 may not run the SLA sweep; only the node does").arg(system.ledgerActor()));
    auto open = m_service.list({Escalation::openStatuses(), {}, {}, 0, 0});
    if (!open)
        return open.error();
    SweepReport report;
    const qint64 now = m_clock.nowMs();
    for (const Escalation &e : std::as_const(*open)) {
        ++report.checked;
        const SlaState state = m_policy.stateAt(e, now);
        if (state == SlaState::Warning && e.warnedAtMs == 0) {
            auto warned = m_service.recordSlaWarning(e.escalationId, system);
            if (!warned && !isRace(warned.error()))
                return warned.error();
            if (warned) {
                ++report.warned;
                Q_EMIT slaWarning(e.escalationId);
            }
        }
        if (state != SlaState::Breached)
            continue;
        const BreachAction action = m_policy.breachAction(e.priority);
        if (e.breachedAtMs == 0) {
            auto breached = m_service.recordSlaBreach(e.escalationId, action, system);
            if (!breached && !isRace(breached.error()))
                return breached.error();
            if (breached) {
                ++report.breached;
                Q_EMIT slaBreached(e.escalationId);
            }
        }
        // Applied whenever a breached escalation is still open, so an action interrupted after its
        // breach record is completed by the next sweep.
        if (action == BreachAction::Notify)
            continue;
        auto applied = m_service.resolveOnBreach(e.escalationId, action, system);
        if (!applied && !isRace(applied.error()))
            return applied.error();
        if (applied)
            ++(action == BreachAction::EscalateUp ? report.escalatedUp : report.autoDenied);
    }
    return report;
}

} // namespace Lexecon
