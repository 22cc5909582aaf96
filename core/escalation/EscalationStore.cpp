#include "EscalationStore.h"

#include "common/Timestamp.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <limits>

namespace Lexecon::EscalationStore {

namespace {

const QString kColumns = QStringLiteral(
    "escalation_id, decision_id, priority, tier, status, summary, actor, action, risk_score, created_at, "
    "sla_deadline, warned_at, breached_at, claimed_by, claimed_at, resolved_by, resolved_at, outcome, reason, "
    "parent_escalation_id, child_escalation_id");

// Critical first; the words are fixed by the table's CHECK constraint.
const QString kPriorityOrder =
    QStringLiteral("CASE priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END");

QVariant timeOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(Timestamp::format(ms)) : QVariant(QMetaType(QMetaType::QString));
}

qint64 msOf(const QVariant &v)
{
    if (v.isNull())
        return 0;
    return Timestamp::parse(v.toString()).value_or(0);
}

Escalation fromRow(const QSqlQuery &q)
{
    Escalation e;
    e.escalationId = q.value(0).toString();
    e.decisionId = q.value(1).toString();
    e.priority = q.value(2).toString();
    e.tier = q.value(3).toInt();
    e.status = q.value(4).toString();
    e.summary = q.value(5).toString();
    e.actor = q.value(6).toString();
    e.action = q.value(7).toString();
    e.riskScore = q.value(8).toInt();
    e.createdAtMs = msOf(q.value(9));
    e.slaDeadlineMs = msOf(q.value(10));
    e.warnedAtMs = msOf(q.value(11));
    e.breachedAtMs = msOf(q.value(12));
    e.claimedBy = q.value(13).toString();
    e.claimedAtMs = msOf(q.value(14));
    e.resolvedBy = q.value(15).toString();
    e.resolvedAtMs = msOf(q.value(16));
    e.outcome = q.value(17).toString();
    e.reason = q.value(18).toString();
    e.parentEscalationId = q.value(19).toString();
    e.childEscalationId = q.value(20).toString();
    return e;
}

// The ORDER BY terms before the final id tie-break. The default (priority ascending) is critical
// first, then the nearest deadline.
QString orderBy(EscalationFilter::SortKey key, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    switch (key) {
    case EscalationFilter::SortKey::Priority: return kPriorityOrder + dir + QStringLiteral(", sla_deadline") + dir;
    case EscalationFilter::SortKey::Deadline: return QStringLiteral("sla_deadline") + dir;
    case EscalationFilter::SortKey::Summary: return QStringLiteral("summary") + dir;
    case EscalationFilter::SortKey::Actor: return QStringLiteral("actor") + dir + QStringLiteral(", action") + dir;
    case EscalationFilter::SortKey::RiskScore: return QStringLiteral("risk_score") + dir;
    case EscalationFilter::SortKey::Status: return QStringLiteral("status") + dir;
    case EscalationFilter::SortKey::Assignee: return QStringLiteral("COALESCE(claimed_by, '')") + dir;
    }
    return kPriorityOrder;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Result<void> insert(QSqlDatabase &conn, const Escalation &e)
{
    // Runs on the ledger writer thread for every escalated decision: prepared once per connection
    // (re-preparing it cost most of the ~80 us this insert took there).
    static const QString sql =
        QStringLiteral("INSERT INTO escalations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns);
    return Sql::execOneCached(
        conn,
        sql,
        {e.escalationId,
         e.decisionId,
         e.priority,
         e.tier,
         e.status,
         e.summary,
         e.actor,
         e.action,
         e.riskScore,
         timeOrNull(e.createdAtMs),
         timeOrNull(e.slaDeadlineMs),
         timeOrNull(e.warnedAtMs),
         timeOrNull(e.breachedAtMs),
         Sql::nullIfEmpty(e.claimedBy),
         timeOrNull(e.claimedAtMs),
         Sql::nullIfEmpty(e.resolvedBy),
         timeOrNull(e.resolvedAtMs),
         Sql::nullIfEmpty(e.outcome),
         Sql::nullIfEmpty(e.reason),
         Sql::nullIfEmpty(e.parentEscalationId),
         Sql::nullIfEmpty(e.childEscalationId)});
}

Result<Escalation> load(QSqlDatabase &conn, const QString &escalationId)
{
    return Sql::firstOrNotFound(
        Sql::selectAll(conn, QStringLiteral("SELECT %1 FROM escalations WHERE escalation_id = ?").arg(kColumns),
                       {escalationId}, fromRow),
        QStringLiteral("there is no escalation with id %1; check the id (it starts with esc_)").arg(escalationId));
}

Result<QList<Escalation>> forDecision(QSqlDatabase &conn, const QString &decisionId)
{
    return Sql::selectAll(conn,
                          QStringLiteral("SELECT %1 FROM escalations WHERE decision_id = ? ORDER BY tier, created_at, "
                                         "escalation_id")
                              .arg(kColumns),
                          {decisionId}, fromRow);
}

Result<QList<Escalation>> list(QSqlDatabase &conn, const EscalationFilter &filter)
{
    QStringList where;
    QVariantList bindings;
    if (!filter.statuses.isEmpty()) {
        where << QStringLiteral("status IN (%1)").arg(placeholders(filter.statuses.size()));
        for (const QString &s : filter.statuses)
            bindings << s;
    }
    if (!filter.priority.isEmpty()) {
        where << QStringLiteral("priority = ?");
        bindings << filter.priority;
    }
    if (!filter.assignee.isEmpty()) {
        where << QStringLiteral("claimed_by = ?");
        bindings << filter.assignee;
    }
    if (!filter.text.isEmpty()) {
        // LOWER(..) LIKE behaves the same on SQLite and PostgreSQL; the pattern's wildcards are escaped.
        QString pattern = filter.text.toLower();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList any;
        for (const char *column : {"escalation_id", "decision_id", "summary", "actor", "action", "claimed_by"}) {
            any << QStringLiteral("LOWER(COALESCE(%1, '')) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            bindings << pattern;
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    bindings << (filter.limit > 0 ? filter.limit : std::numeric_limits<int>::max()) << qMax(0, filter.offset);
    const QString sql =
        QStringLiteral("SELECT %1 FROM escalations %2 ORDER BY %3, escalation_id%4 LIMIT ? OFFSET ?")
            .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 orderBy(filter.sortKey, filter.descending), filter.descending ? QStringLiteral(" DESC") : QString());
    return Sql::selectAll(conn, sql, bindings, fromRow);
}

Result<EscalationCounts> counts(QSqlDatabase &conn, qint64 nowMs, qint64 warningMs)
{
    const QString now = Timestamp::format(nowMs);
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT COUNT(*), "
                                      "SUM(CASE WHEN sla_deadline > ? AND sla_deadline <= ? THEN 1 ELSE 0 END), "
                                      "SUM(CASE WHEN sla_deadline <= ? THEN 1 ELSE 0 END) "
                                      "FROM escalations WHERE status IN ('pending', 'in_review', 'deferred')"),
                       {now, Timestamp::format(nowMs + warningMs), now});
    if (!q)
        return q.error();
    EscalationCounts c;
    if (q->next()) {
        c.open = q->value(0).toInt();
        c.warning = q->value(1).toInt(); // SUM over no rows is NULL: toInt() gives 0
        c.breached = q->value(2).toInt();
    }
    return c;
}

Result<QList<Escalation>> dueBetween(QSqlDatabase &conn, qint64 fromMs, qint64 toMs)
{
    // Naming every status lets the (status, sla_deadline) index serve the range.
    return Sql::selectAll(conn,
                          QStringLiteral("SELECT %1 FROM escalations WHERE status IN ('pending', 'in_review', "
                                         "'deferred', 'resolved') AND sla_deadline >= ? AND sla_deadline < ?")
                              .arg(kColumns),
                          {Timestamp::format(fromMs), Timestamp::format(toMs)}, fromRow);
}

Result<DueSummary> dueSummary(QSqlDatabase &conn, qint64 fromMs, qint64 toMs, int topCount)
{
    // Every status named, so the (status, sla_deadline) index serves the range. Timestamps are
    // fixed-width RFC 3339, so text order is time order.
    const QString due = QStringLiteral("status IN ('pending', 'in_review', 'deferred', 'resolved') AND "
                                       "sla_deadline >= ? AND sla_deadline < ?");
    const QVariantList range{Timestamp::format(fromMs), Timestamp::format(toMs)};
    DueSummary out;
    auto counts = Sql::exec(conn,
                            QStringLiteral("SELECT priority, COUNT(*), SUM(CASE WHEN breached_at IS NOT NULL OR "
                                           "status <> 'resolved' OR (resolved_at IS NOT NULL AND resolved_at > "
                                           "sla_deadline) THEN 1 ELSE 0 END) FROM escalations WHERE %1 GROUP BY "
                                           "priority")
                                .arg(due),
                            range);
    if (!counts)
        return counts.error();
    while (counts->next()) {
        DueSummary::Priority &p = out.byPriority[counts->value(0).toString()];
        p.due = counts->value(1).toInt();
        p.breached = counts->value(2).toInt();
    }
    auto resolved = Sql::exec(conn,
                              QStringLiteral("SELECT priority, created_at, resolved_at FROM escalations WHERE %1 AND "
                                             "status = 'resolved' AND resolved_at IS NOT NULL")
                                  .arg(due),
                              range);
    if (!resolved)
        return resolved.error();
    while (resolved->next())
        out.byPriority[resolved->value(0).toString()].resolutionMs.append(msOf(resolved->value(2)) -
                                                                          msOf(resolved->value(1)));
    for (const auto &[column, into] :
         {std::pair{QStringLiteral("actor"), &out.topActors}, std::pair{QStringLiteral("action"), &out.topActions}}) {
        if (topCount <= 0)
            break;
        // column is one of the two literals above, never input.
        auto top = Sql::exec(conn,
                             QStringLiteral("SELECT %1, COUNT(*) AS n FROM escalations WHERE %2 GROUP BY %1 "
                                            "ORDER BY n DESC, %1 LIMIT ?")
                                 .arg(column, due),
                             QVariantList(range) << topCount);
        if (!top)
            return top.error();
        while (top->next())
            into->append({top->value(0).toString(), top->value(1).toInt()});
    }
    return out;
}

Result<bool> saveState(QSqlDatabase &conn, const Escalation &after, const QString &condition,
                       const QVariantList &conditionBindings)
{
    QVariantList bindings{after.status,
                          Sql::nullIfEmpty(after.claimedBy),
                          timeOrNull(after.claimedAtMs),
                          timeOrNull(after.warnedAtMs),
                          timeOrNull(after.breachedAtMs),
                          Sql::nullIfEmpty(after.resolvedBy),
                          timeOrNull(after.resolvedAtMs),
                          Sql::nullIfEmpty(after.outcome),
                          Sql::nullIfEmpty(after.reason),
                          Sql::nullIfEmpty(after.childEscalationId),
                          after.escalationId};
    bindings << conditionBindings;
    auto q =
        Sql::exec(conn,
                  QStringLiteral("UPDATE escalations SET status = ?, claimed_by = ?, claimed_at = ?, warned_at = ?, "
                                 "breached_at = ?, resolved_by = ?, resolved_at = ?, outcome = ?, reason = ?, "
                                 "child_escalation_id = ? WHERE escalation_id = ? AND (%1)")
                      .arg(condition),
                  bindings);
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

} // namespace Lexecon::EscalationStore
