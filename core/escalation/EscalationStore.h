#pragma once

#include "Escalation.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace Lexecon {

// What the oversight queue asks for. Empty fields do not filter; limit <= 0 means no limit.
struct EscalationFilter
{
    // The queue's sortable columns. Priority sorts critical first, then by deadline; every order
    // ends with the id, so pages never overlap.
    enum class SortKey { Priority, Deadline, Summary, Actor, RiskScore, Status, Assignee };

    QStringList statuses; // e.g. Escalation::openStatuses()
    QString priority;
    QString assignee; // a ledger actor such as "user:alice" (claimed_by)
    int limit = 0;
    int offset = 0;
    // Added after the fields above so existing brace initializers keep their meaning.
    // Case-insensitive substring of the id, decision id, summary, actor, action or assignee (a
    // search box, not matching rules).
    QString text;
    SortKey sortKey = SortKey::Priority;
    bool descending = false;
};

// For a status bar: open escalations, and of those how many are in their warning window or past
// their deadline right now.
struct EscalationCounts
{
    int open = 0;
    int warning = 0;
    int breached = 0;
};

// The SLA figures of the escalations due in a period, counted in SQL: per priority how many were
// due and how many missed their deadline (breach recorded, resolved late, or still open), the
// creation-to-resolution times of those resolved, and the actors and actions with most.
struct DueSummary
{
    struct Priority
    {
        int due = 0;
        int breached = 0;
        QList<qint64> resolutionMs;
    };
    QHash<QString, Priority> byPriority;
    QList<QPair<QString, int>> topActors;  // most first, ties by name
    QList<QPair<QString, int>> topActions; // likewise
};

// The SQL of the escalations table (005_escalations.sql). EscalationService decides what may
// change; this class only maps rows. Every function runs on the connection it is given, so it
// works inside a caller's transaction.
namespace EscalationStore {

Result<void> insert(QSqlDatabase &conn, const Escalation &escalation);
// Not found is an Error::notFound naming the id.
Result<Escalation> load(QSqlDatabase &conn, const QString &escalationId);
Result<QList<Escalation>> forDecision(QSqlDatabase &conn, const QString &decisionId);
// Ordered by priority (critical first), then deadline.
Result<QList<Escalation>> list(QSqlDatabase &conn, const EscalationFilter &filter);
Result<EscalationCounts> counts(QSqlDatabase &conn, qint64 nowMs, qint64 warningMs);
// Every escalation, open or resolved, whose SLA deadline falls in [fromMs, toMs): the ones an SLA
// report over that period judges. Reads the escalations_status_deadline index.
Result<QList<Escalation>> dueBetween(QSqlDatabase &conn, qint64 fromMs, qint64 toMs);
// The same escalations summarized without loading them (100,000 rows would cost seconds); at most
// topCount actors and actions.
Result<DueSummary> dueSummary(QSqlDatabase &conn, qint64 fromMs, qint64 toMs, int topCount);
// Writes the changeable columns (status, claim, SLA times, resolution, child link) of `after`, only
// if the row still satisfies `condition` (SQL over the row, with ? bindings). False when it did
// not: that atomic check is what keeps two reviewers from both winning.
Result<bool> saveState(QSqlDatabase &conn, const Escalation &after, const QString &condition,
                       const QVariantList &conditionBindings = {});

} // namespace EscalationStore

} // namespace Lexecon
