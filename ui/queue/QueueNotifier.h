#pragma once

#include "escalation/EscalationStore.h"

#include <QObject>
#include <QSet>

#include <optional>

class QSystemTrayIcon;

namespace Lexecon {
class Clock;
class EscalationService;
class SlaMonitor;
} // namespace Lexecon

namespace Lexecon::Ui {

// Tells the officer about what should not wait for them to look: a new critical escalation, an
// SLA warning, a breach. Through the system tray when there is one, and always as notified().
class QueueNotifier : public QObject
{
    Q_OBJECT
public:
    QueueNotifier(EscalationService &escalations, SlaMonitor &monitor, const Clock &clock, QObject *parent = nullptr);

    // Null (no tray on this desktop) leaves notified() as the only channel.
    void setTrayIcon(QSystemTrayIcon *tray) { m_tray = tray; }
    // The workspace's counts as the window polls them: a rise in warnings or breaches is announced
    // (whoever recorded it, and even if no SLA monitor runs in this process). The first call only
    // sets the baseline.
    void observeCounts(const EscalationCounts &counts);

Q_SIGNALS:
    void notified(const QString &title, const QString &message);

private:
    void onEscalationChanged(const QString &escalationId);
    void onSlaEvent(const QString &escalationId, bool breached);
    void notify(const QString &title, const QString &message, bool critical);

    EscalationService &m_escalations;
    const Clock &m_clock;
    QSystemTrayIcon *m_tray = nullptr;
    QSet<QString> m_seen; // escalations already announced as new
    std::optional<EscalationCounts> m_lastCounts;
};

} // namespace Lexecon::Ui
