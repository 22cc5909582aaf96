#pragma once

#include "SlaPolicy.h"
#include "auth/Principal.h"
#include "common/Result.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Lexecon {

class Clock;
class EscalationService;

struct SweepReport
{
    int checked = 0;     // open escalations looked at
    int warned = 0;      // sla_warning entries written
    int breached = 0;    // sla_breached entries written
    int escalatedUp = 0; // breach action escalate_up applied
    int autoDenied = 0;  // breach action auto_deny applied
};

// Watches SLA deadlines by the injected clock. A sweep records each warning and each breach once
// and applies the breach action; running it again adds nothing. An escalation first seen after its
// deadline gets only the breach record: a warning for a deadline already gone says nothing new.
class SlaMonitor : public QObject
{
    Q_OBJECT
public:
    SlaMonitor(EscalationService &service, SlaPolicy policy, const Clock &clock, QObject *parent = nullptr);

    void setPolicy(const SlaPolicy &policy) { m_policy = policy; }
    const SlaPolicy &policy() const { return m_policy; }

    // system must be a System principal: SLA records are the node's own acts.
    Result<SweepReport> sweep(const Principal &system);

    // Sweeps every intervalMs on this object's thread as Principal::system(); errors go to sweepFailed.
    void start(int intervalMs = 60 * 1000);
    void stop() { m_timer.stop(); }

Q_SIGNALS:
    void slaWarning(const QString &escalationId);
    void slaBreached(const QString &escalationId);
    void sweepFailed(const QString &message);

private:
    EscalationService &m_service;
    SlaPolicy m_policy;
    const Clock &m_clock;
    QTimer m_timer;
};

} // namespace Lexecon
