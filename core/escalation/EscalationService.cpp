#include "EscalationService.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "crypto/Commitment.h"
#include "storage/Sql.h"
#include "ledger/LedgerWriter.h"
#include "risk/RiskLevel.h"
#include "storage/Database.h"

#include <QReadLocker>
#include <QWriteLocker>

namespace Lexecon {

namespace {

const QString kOpen = QStringLiteral("status IN ('pending', 'in_review', 'deferred')");

QString describeResolution(const Escalation &e)
{
    return QStringLiteral("%1 by %2 at %3")
        .arg(e.outcome, e.resolvedBy.isEmpty() ? QStringLiteral("unknown") : e.resolvedBy,
             Timestamp::format(e.resolvedAtMs));
}

Result<void> checkClaimable(const Escalation &e)
{
    if (!e.isOpen())
        return Error::conflict(QStringLiteral("escalation %1 is already resolved (%2); there is nothing to claim")
                                   .arg(e.escalationId, describeResolution(e)));
    if (!e.claimedBy.isEmpty())
        return Error::conflict(QStringLiteral("escalation %1 is already claimed by %2; ask them to release it or pick "
                                              "another escalation")
                                   .arg(e.escalationId, e.claimedBy));
    return {};
}

Result<void> checkResolvable(const Escalation &e, const Principal &by, bool bySla)
{
    if (!e.isOpen())
        return Error::conflict(QStringLiteral("escalation %1 is already resolved (%2); it cannot be resolved again")
                                   .arg(e.escalationId, describeResolution(e)));
    if (!bySla && !e.claimedBy.isEmpty() && e.claimedBy != by.ledgerActor())
        return Error::conflict(QStringLiteral("escalation %1 is claimed by %2; only they can resolve it until they "
                                              "release it")
                                   .arg(e.escalationId, e.claimedBy));
    return {};
}

Result<QString> checkedReason(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.size() < EscalationService::kMinReasonLength)
        return Error::invalid(QStringLiteral("reason"),
                              QStringLiteral("a resolution needs a reason of at least %1 characters saying why "
                                             "(for example what was checked and what it showed)")
                                  .arg(EscalationService::kMinReasonLength));
    return trimmed;
}

// The row after a resolution. deferred keeps it open and hands the claim back to the queue;
// the other outcomes close it, with the resolver as holder if nobody had claimed it.
Escalation resolvedFrom(Escalation e, const QString &outcome, const QString &reason, const QString &actor, qint64 nowMs,
                        const QString &childId)
{
    e.outcome = outcome;
    e.reason = reason;
    if (outcome == Escalation::deferred()) {
        e.status = Escalation::deferred();
        e.claimedBy.clear();
        e.claimedAtMs = 0;
        return e;
    }
    if (e.claimedBy.isEmpty()) {
        e.claimedBy = actor;
        e.claimedAtMs = nowMs;
    }
    e.status = Escalation::resolved();
    e.resolvedBy = actor;
    e.resolvedAtMs = nowMs;
    e.childEscalationId = childId;
    return e;
}

QJsonObject basePayload(const Escalation &e)
{
    return {{QStringLiteral("escalation_id"), e.escalationId},
            {QStringLiteral("decision_id"), e.decisionId},
            {QStringLiteral("priority"), e.priority},
            {QStringLiteral("tier"), e.tier}};
}

} // namespace

EscalationService::EscalationService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock,
                                     SlaPolicy policy, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_ledger(ledger)
    , m_clock(clock)
    , m_policy(std::move(policy))
{
}

SlaPolicy EscalationService::slaPolicy() const
{
    QReadLocker lock(&m_lock);
    return m_policy;
}

void EscalationService::setSlaPolicy(const SlaPolicy &policy)
{
    QWriteLocker lock(&m_lock);
    m_policy = policy;
}

void EscalationService::setResolutionHook(ResolutionHook hook)
{
    QWriteLocker lock(&m_lock);
    m_hook = std::move(hook);
}

Escalation EscalationService::prepare(const QString &decisionId, const QString &priority, const QString &summary,
                                      const QString &actor, const QString &action, int riskScore) const
{
    Escalation e;
    e.createdAtMs = m_clock.nowMs();
    e.escalationId = Ulid::make(QStringLiteral("esc_"), e.createdAtMs);
    e.decisionId = decisionId;
    e.priority = priority;
    e.status = Escalation::pending();
    e.summary = summary;
    e.actor = actor;
    e.action = action;
    e.riskScore = riskScore;
    e.slaDeadlineMs = slaPolicy().deadlineFor(priority, e.createdAtMs);
    return e;
}

Result<void> EscalationService::storeNew(QSqlDatabase &conn, const Escalation &escalation) const
{
    if (!RiskLevel::isLevel(escalation.priority))
        return Error::invalid(QStringLiteral("priority"),
                              QStringLiteral("escalation priority \"%1\" is not one of %2")
                                  .arg(escalation.priority, RiskLevel::all().join(QStringLiteral(", "))));
    if (escalation.decisionId.isEmpty())
        return Error::invalid(QStringLiteral("decision_id"),
                              QStringLiteral("an escalation needs the decision id it reviews"));
    return EscalationStore::insert(conn, escalation);
}

Result<Escalation> EscalationService::get(const QString &escalationId)
{
    QSqlDatabase conn = m_db->connection();
    return EscalationStore::load(conn, escalationId);
}

Result<QList<Escalation>> EscalationService::forDecision(const QString &decisionId)
{
    QSqlDatabase conn = m_db->connection();
    return EscalationStore::forDecision(conn, decisionId);
}

Result<QList<Escalation>> EscalationService::list(const EscalationFilter &filter)
{
    QSqlDatabase conn = m_db->connection();
    return EscalationStore::list(conn, filter);
}

Result<EscalationCounts> EscalationService::counts()
{
    QSqlDatabase conn = m_db->connection();
    return EscalationStore::counts(conn, m_clock.nowMs(), slaPolicy().warningMs());
}

SlaState EscalationService::slaStateOf(const Escalation &escalation) const
{
    return slaPolicy().stateAt(escalation, m_clock.nowMs());
}

qint64 EscalationService::timeLeftMs(const Escalation &escalation) const
{
    return SlaPolicy::timeLeftMs(escalation, m_clock.nowMs());
}

Result<Escalation> EscalationService::claim(const QString &escalationId, const Principal &by)
{
    if (auto allowed = by.require(Permission::ResolveEscalation); !allowed)
        return allowed.error();
    auto current = get(escalationId);
    if (!current)
        return current.error();
    if (current->isOpen() && current->claimedBy == by.ledgerActor())
        return current;
    if (auto ok = checkClaimable(*current); !ok)
        return ok.error();

    Escalation after;
    auto entry = m_ledger.append(
        {QStringLiteral("escalation_claimed"), by.ledgerActor(), basePayload(*current),
         [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
             auto row = EscalationStore::load(conn, escalationId);
             if (!row)
                 return row.error();
             after = *row;
             after.status = Escalation::inReview();
             after.claimedBy = by.ledgerActor();
             after.claimedAtMs = Timestamp::parse(e.timestamp).value_or(m_clock.nowMs());
             // The guard: only a row still unclaimed and open changes, so one of two racing reviewers wins.
             auto saved = EscalationStore::saveState(
                 conn, after, QStringLiteral("status IN ('pending', 'deferred') AND claimed_by IS NULL"));
             if (!saved)
                 return saved.error();
             if (!*saved) {
                 auto ok = checkClaimable(*row);
                 return ok ? Error::conflict(
                                 QStringLiteral("escalation %1 changed while claiming; try again").arg(escalationId))
                           : ok.error();
             }
             return {};
         }});
    if (!entry)
        return entry.error();
    Q_EMIT escalationChanged(escalationId);
    return after;
}

Result<Escalation> EscalationService::release(const QString &escalationId, const Principal &by)
{
    if (auto allowed = by.require(Permission::ResolveEscalation); !allowed)
        return allowed.error();
    auto current = get(escalationId);
    if (!current)
        return current.error();
    const bool isAdmin = by.kind() == Principal::Kind::User && by.role() == Role::Admin;
    auto check = [&](const Escalation &e) -> Result<void> {
        if (!e.isOpen() || e.claimedBy.isEmpty())
            return Error::conflict(QStringLiteral("escalation %1 is not claimed by anyone; there is nothing to release")
                                       .arg(escalationId));
        if (e.claimedBy != by.ledgerActor() && !isAdmin)
            return Error::conflict(
                QStringLiteral("escalation %1 is claimed by %2; only they or an admin can release it")
                    .arg(escalationId, e.claimedBy));
        return {};
    };
    if (auto ok = check(*current); !ok)
        return ok.error();

    QJsonObject payload = basePayload(*current);
    payload.insert(QStringLiteral("released_from"), current->claimedBy);
    Escalation after;
    auto entry = m_ledger.append(
        {QStringLiteral("escalation_released"), by.ledgerActor(), payload,
         [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
             auto row = EscalationStore::load(conn, escalationId);
             if (!row)
                 return row.error();
             if (auto ok = check(*row); !ok)
                 return ok;
             after = *row;
             // A deferred escalation someone picked up goes back to deferred.
             after.status = after.outcome == Escalation::deferred() ? Escalation::deferred() : Escalation::pending();
             after.claimedBy.clear();
             after.claimedAtMs = 0;
             auto saved = EscalationStore::saveState(conn, after, QStringLiteral("claimed_by = ?"), {row->claimedBy});
             if (!saved)
                 return saved.error();
             return *saved ? Result<void>()
                           : Error::conflict(QStringLiteral("escalation %1 changed while releasing; "
                                                            "try again")
                                                 .arg(escalationId));
         }});
    if (!entry)
        return entry.error();
    Q_EMIT escalationChanged(escalationId);
    return after;
}

Result<Escalation> EscalationService::resolve(const QString &escalationId, const QString &outcome,
                                              const QString &reason, const Principal &by)
{
    if (auto allowed = by.require(Permission::ResolveEscalation); !allowed)
        return allowed.error();
    if (!Escalation::isOutcome(outcome))
        return Error::invalid(QStringLiteral("outcome"),
                              QStringLiteral("outcome \"%1\" is not known; send one of %2")
                                  .arg(outcome, Escalation::outcomes().join(QStringLiteral(", "))));
    auto text = checkedReason(reason);
    if (!text)
        return text.error();
    return applyResolution(escalationId, {outcome, *text, false}, by);
}

Result<Escalation> EscalationService::applyResolution(const QString &escalationId, const Resolution &resolution,
                                                      const Principal &by)
{
    auto current = get(escalationId);
    if (!current)
        return current.error();
    if (auto ok = checkResolvable(*current, by, resolution.bySla); !ok)
        return ok.error();

    QJsonObject payload = basePayload(*current);
    payload.insert(QStringLiteral("outcome"), resolution.outcome);
    // Salted: the reviewer's reason is free text about a person; the salt is erased with it.
    const Commitment reasonCommitment = Commitment::make(resolution.reason.toUtf8());
    payload.insert(QStringLiteral("reason_commitment"), reasonCommitment.value);
    if (resolution.bySla)
        payload.insert(QStringLiteral("sla_breach"), true);
    Escalation child;
    if (resolution.outcome == Escalation::escalatedUp()) {
        child = prepare(current->decisionId, RiskLevel::raised(current->priority), current->summary, current->actor,
                        current->action, current->riskScore);
        child.tier = current->tier + 1;
        child.parentEscalationId = escalationId;
        payload.insert(QStringLiteral("child"),
                       QJsonObject{{QStringLiteral("escalation_id"), child.escalationId},
                                   {QStringLiteral("priority"), child.priority},
                                   {QStringLiteral("tier"), child.tier},
                                   {QStringLiteral("sla_deadline"), Timestamp::format(child.slaDeadlineMs)}});
    }
    ResolutionHook hook;
    {
        QReadLocker lock(&m_lock);
        hook = m_hook;
    }

    Escalation after;
    auto entry = m_ledger.append(
        {QStringLiteral("escalation_resolved"), by.ledgerActor(), payload,
         [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
             // Checked again inside the write transaction: the first check ran before the lock.
             auto row = EscalationStore::load(conn, escalationId);
             if (!row)
                 return row.error();
             if (auto ok = checkResolvable(*row, by, resolution.bySla); !ok)
                 return ok;
             const qint64 at = Timestamp::parse(e.timestamp).value_or(m_clock.nowMs());
             after =
                 resolvedFrom(*row, resolution.outcome, resolution.reason, by.ledgerActor(), at, child.escalationId);
             auto saved = EscalationStore::saveState(
                 conn, after, kOpen + QStringLiteral(" AND (claimed_by IS NULL OR claimed_by = ? OR 1 = ?)"),
                 {by.ledgerActor(), resolution.bySla ? 1 : 0});
             if (!saved)
                 return saved.error();
             if (!*saved)
                 return Error::conflict(
                     QStringLiteral("escalation %1 changed while resolving; try again").arg(escalationId));
             if (auto salted = Sql::execOne(conn,
                                            QStringLiteral("UPDATE escalations SET reason_salt = ? WHERE escalation_id = ?"),
                                            {reasonCommitment.salt, escalationId});
                 !salted)
                 return salted;
             if (child.isValid()) {
                 if (auto stored = storeNew(conn, child); !stored)
                     return stored;
             }
             return hook ? hook(conn, after, e, by) : Result<void>();
         }});
    if (!entry)
        return entry.error();
    Q_EMIT escalationChanged(escalationId);
    if (child.isValid())
        Q_EMIT escalationChanged(child.escalationId);
    return after;
}

Result<void> EscalationService::requireSystem(const Principal &by) const
{
    if (by.kind() == Principal::Kind::System)
        return {};
    return Error::forbidden(
        QStringLiteral("%1 may not record SLA events; only the node's SLA monitor does").arg(by.ledgerActor()));
}

Result<Escalation> EscalationService::recordSlaWarning(const QString &escalationId, const Principal &system)
{
    return recordSlaEvent(escalationId, QStringLiteral("sla_warning"), QStringLiteral("warned_at"), {}, system);
}

Result<Escalation> EscalationService::recordSlaBreach(const QString &escalationId, BreachAction action,
                                                      const Principal &system)
{
    return recordSlaEvent(escalationId, QStringLiteral("sla_breached"), QStringLiteral("breached_at"),
                          {{QStringLiteral("action"), SlaPolicy::actionName(action)}}, system);
}

Result<Escalation> EscalationService::recordSlaEvent(const QString &escalationId, const QString &type,
                                                     const QString &column, const QJsonObject &extra,
                                                     const Principal &system)
{
    if (auto allowed = requireSystem(system); !allowed)
        return allowed.error();
    auto current = get(escalationId);
    if (!current)
        return current.error();
    const bool warning = column == QLatin1String("warned_at");
    const auto alreadyRecorded = [&](const Escalation &e) {
        return !e.isOpen() || (warning ? e.warnedAtMs : e.breachedAtMs) > 0;
    };
    const QString recorded =
        QStringLiteral("escalation %1 is closed or its %2 is already recorded").arg(escalationId, type);
    if (alreadyRecorded(*current))
        return Error::conflict(recorded);

    QJsonObject payload = basePayload(*current);
    payload.insert(QStringLiteral("sla_deadline"), Timestamp::format(current->slaDeadlineMs));
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        payload.insert(it.key(), it.value());
    Escalation after;
    auto entry = m_ledger.append(
        {type, system.ledgerActor(), payload, [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
             auto row = EscalationStore::load(conn, escalationId);
             if (!row)
                 return row.error();
             if (alreadyRecorded(*row))
                 return Error::conflict(recorded);
             after = *row;
             const qint64 at = Timestamp::parse(e.timestamp).value_or(m_clock.nowMs());
             (warning ? after.warnedAtMs : after.breachedAtMs) = at;
             auto saved = EscalationStore::saveState(
                 conn, after, kOpen + QStringLiteral(" AND ") + column + QStringLiteral(" IS NULL"));
             if (!saved)
                 return saved.error();
             return *saved ? Result<void>() : Error::conflict(recorded);
         }});
    if (!entry)
        return entry.error();
    Q_EMIT escalationChanged(escalationId);
    return after;
}

Result<Escalation> EscalationService::resolveOnBreach(const QString &escalationId, BreachAction action,
                                                      const Principal &system)
{
    if (auto allowed = requireSystem(system); !allowed)
        return allowed.error();
    const QString reason = QStringLiteral("The SLA deadline passed without a resolution; the breach action %1 applied.")
                               .arg(SlaPolicy::actionName(action));
    switch (action) {
    case BreachAction::Notify: return get(escalationId);
    case BreachAction::EscalateUp:
        return applyResolution(escalationId, {Escalation::escalatedUp(), reason, true}, system);
    case BreachAction::AutoDeny: return applyResolution(escalationId, {Escalation::denied(), reason, true}, system);
    }
    return get(escalationId);
}

} // namespace Lexecon
