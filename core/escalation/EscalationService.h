#pragma once

#include "Escalation.h"
#include "EscalationStore.h"
#include "SlaPolicy.h"
#include "auth/Principal.h"
#include "common/Result.h"
#include "ledger/LedgerEntry.h"

#include <QJsonObject>
#include <QObject>
#include <QReadWriteLock>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;

// The escalation queue: creation (inside the decision's transaction), claiming, resolving, and the
// SLA records the SlaMonitor asks for. Every state change is one ledger entry written with its rows.
//
// Resolving an unclaimed escalation claims it implicitly (the resolver becomes the holder in the
// same transaction); resolving one that someone else holds is refused until they release it.
class EscalationService : public QObject
{
    Q_OBJECT
public:
    // Runs inside the resolution's transaction, after the rows changed: the integrator writes the
    // responsibility and Art. 14 records, updates the decision, issues a token. An error rolls the
    // whole resolution back, ledger entry included. Called for every outcome, including deferred
    // (check escalation.outcome) and breach resolutions by the system.
    using ResolutionHook = std::function<Result<void>(QSqlDatabase &, const Escalation &resolved, const LedgerEntry &,
                                                      const Principal &by)>;

    static constexpr int kMinReasonLength = 10;

    EscalationService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock, SlaPolicy policy = {},
                      QObject *parent = nullptr);

    SlaPolicy slaPolicy() const;
    void setSlaPolicy(const SlaPolicy &policy);
    void setResolutionHook(ResolutionHook hook);

    // A new pending escalation (id, created_at, deadline from the clock and the SLA policy); nothing
    // is stored. The decision service stores it with storeNew inside its own ledger append: the
    // decision entry covers the escalation, so there is no entry of its own.
    Escalation prepare(const QString &decisionId, const QString &priority, const QString &summary, const QString &actor,
                       const QString &action, int riskScore) const;
    Result<void> storeNew(QSqlDatabase &conn, const Escalation &escalation) const;
    // Emits escalationChanged for a row written in someone else's transaction, once it committed.
    void announce(const QString &escalationId) { Q_EMIT escalationChanged(escalationId); }

    // One reviewer holds an escalation at a time; a second claim is a conflict naming the holder.
    // Claiming one you already hold returns it unchanged, without a ledger entry.
    Result<Escalation> claim(const QString &escalationId, const Principal &by);
    // The holder (or an admin, for a reviewer who left) hands it back to the queue.
    Result<Escalation> release(const QString &escalationId, const Principal &by);
    // outcome: approved | denied (closes it), deferred (stays open, claim released), escalated_up
    // (closes it and opens a linked escalation one priority higher, tier + 1). reason: free text of
    // at least kMinReasonLength characters; stored here, its SHA-256 goes to the ledger.
    Result<Escalation> resolve(const QString &escalationId, const QString &outcome, const QString &reason,
                               const Principal &by);

    Result<Escalation> get(const QString &escalationId);
    Result<QList<Escalation>> forDecision(const QString &decisionId);
    Result<QList<Escalation>> list(const EscalationFilter &filter = {});
    Result<EscalationCounts> counts();
    // The SLA state and time left now, by this service's policy and clock (for the queue's timers).
    SlaState slaStateOf(const Escalation &escalation) const;
    qint64 timeLeftMs(const Escalation &escalation) const;

    // For the SlaMonitor only: the principal must be the system. Each records its event once; a
    // second call is a conflict and adds nothing.
    Result<Escalation> recordSlaWarning(const QString &escalationId, const Principal &system);
    Result<Escalation> recordSlaBreach(const QString &escalationId, BreachAction action, const Principal &system);
    // Applies a breach action: escalate_up or auto_deny resolve as the system, whoever holds the
    // claim; notify changes nothing. Never approves.
    Result<Escalation> resolveOnBreach(const QString &escalationId, BreachAction action, const Principal &system);

Q_SIGNALS:
    // After a commit that changed the escalation (also for the new escalation of an escalate-up).
    void escalationChanged(const QString &escalationId);

private:
    struct Resolution
    {
        QString outcome;
        QString reason;
        bool bySla = false; // the system acting on a breach: no permission check, overrides a claim
    };
    Result<Escalation> applyResolution(const QString &escalationId, const Resolution &resolution, const Principal &by);
    Result<Escalation> recordSlaEvent(const QString &escalationId, const QString &type, const QString &column,
                                      const QJsonObject &extra, const Principal &system);
    Result<void> requireSystem(const Principal &by) const;

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    mutable QReadWriteLock m_lock; // guards m_policy and m_hook, set from the GUI thread
    SlaPolicy m_policy;
    ResolutionHook m_hook;
};

} // namespace Lexecon
