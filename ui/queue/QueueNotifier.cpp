#include "QueueNotifier.h"

#include "common/Clock.h"
#include "escalation/EscalationQueueModel.h"
#include "escalation/EscalationService.h"
#include "escalation/SlaMonitor.h"

#include <QSystemTrayIcon>

namespace Lexecon::Ui {

namespace {
// An escalation older than this when its first change arrives is not "new" (a reload, a claim).
constexpr qint64 kNewWithinMs = 5 * 60 * 1000;
} // namespace

QueueNotifier::QueueNotifier(EscalationService &escalations, SlaMonitor &monitor, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_escalations(escalations)
    , m_clock(clock)
{
    connect(&escalations, &EscalationService::escalationChanged, this, &QueueNotifier::onEscalationChanged);
    connect(&monitor, &SlaMonitor::slaWarning, this, [this](const QString &id) { onSlaEvent(id, false); });
    connect(&monitor, &SlaMonitor::slaBreached, this, [this](const QString &id) { onSlaEvent(id, true); });
}

void QueueNotifier::onEscalationChanged(const QString &escalationId)
{
    if (m_seen.contains(escalationId))
        return;
    m_seen.insert(escalationId);
    auto e = m_escalations.get(escalationId);
    if (!e || e->priority != QLatin1String("critical") || e->status != Escalation::pending() ||
        m_clock.nowMs() - e->createdAtMs > kNewWithinMs)
        return;
    notify(tr("New critical escalation"),
           tr("%1 (%2). Time left: %3.")
               .arg(e->summary, e->escalationId, EscalationQueueModel::countdownText(m_escalations.timeLeftMs(*e))),
           true);
}

void QueueNotifier::onSlaEvent(const QString &escalationId, bool breached)
{
    auto e = m_escalations.get(escalationId);
    if (!e)
        return;
    const QString left = EscalationQueueModel::countdownText(m_escalations.timeLeftMs(*e));
    if (breached)
        notify(tr("SLA breached"), tr("%1 (%2): %3.").arg(e->summary, e->escalationId, left), true);
    else
        notify(tr("SLA warning"), tr("%1 (%2): %3.").arg(e->summary, e->escalationId, left), false);
}

void QueueNotifier::observeCounts(const EscalationCounts &counts)
{
    const std::optional<EscalationCounts> last = std::exchange(m_lastCounts, counts);
    if (!last)
        return;
    if (counts.breached > last->breached)
        notify(tr("SLA breached"), tr("%n open escalation(s) past the deadline.", nullptr, counts.breached), true);
    else if (counts.warning > last->warning)
        notify(tr("SLA warning"), tr("%n open escalation(s) with less than an hour left.", nullptr, counts.warning),
               false);
}

void QueueNotifier::notify(const QString &title, const QString &message, bool critical)
{
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, message, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    Q_EMIT notified(title, message);
}

} // namespace Lexecon::Ui
