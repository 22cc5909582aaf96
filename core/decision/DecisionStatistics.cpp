#include "DecisionStatistics.h"

#include "common/Clock.h"
#include "escalation/Escalation.h"
#include "escalation/EscalationStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <algorithm>

namespace Lexecon {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace

DecisionStatistics::DecisionStatistics(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QStringList DecisionStatistics::outcomes()
{
    return {QStringLiteral("approved"), QStringLiteral("denied"), QStringLiteral("escalated")};
}

QStringList DecisionStatistics::riskLevels()
{
    return {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
}

void DecisionStatistics::window(StatisticsPeriod period, qint64 nowMs, qint64 &fromMs, qint64 &bucketMs, int &buckets)
{
    bucketMs = period == StatisticsPeriod::Last24Hours ? kHourMs : kDayMs;
    buckets = period == StatisticsPeriod::Last24Hours ? 24 : period == StatisticsPeriod::Last7Days ? 7 : 30;
    fromMs = (nowMs / bucketMs) * bucketMs - (buckets - 1) * bucketMs;
}

Result<DecisionStatisticsReport> DecisionStatistics::compute(StatisticsPeriod period, int topCount) const
{
    DecisionStatisticsReport report;
    report.period = period;
    report.toMs = m_clock.nowMs();
    int buckets = 0;
    window(period, report.toMs, report.fromMs, report.bucketMs, buckets);
    for (int i = 0; i < buckets; ++i)
        report.bucketStarts.append(report.fromMs + i * report.bucketMs);
    for (const QString &outcome : outcomes())
        report.outcomesByBucket.insert(outcome, QList<int>(buckets, 0));
    for (const QString &level : riskLevels())
        report.riskLevels.insert(level, 0);

    QSqlDatabase conn = m_db->connection();
    auto byBucket = Sql::exec(conn,
                              QStringLiteral("SELECT (created_ms - ?) / ? AS bucket, outcome, COUNT(*) FROM decisions "
                                             "WHERE created_ms >= ? AND created_ms <= ? GROUP BY bucket, outcome"),
                              {report.fromMs, report.bucketMs, report.fromMs, report.toMs});
    if (!byBucket)
        return byBucket.error();
    while (byBucket->next()) {
        const int bucket = byBucket->value(0).toInt();
        auto it = report.outcomesByBucket.find(byBucket->value(1).toString());
        if (it != report.outcomesByBucket.end() && bucket >= 0 && bucket < buckets)
            (*it)[bucket] += byBucket->value(2).toInt();
    }

    // One count per level on the (risk_level, created_ms) index, which covers it: a GROUP BY over
    // the time range would read every decision's row (seconds with a million in the period).
    for (const QString &level : riskLevels()) {
        auto n = Sql::exec(conn,
                           QStringLiteral("SELECT COUNT(*) FROM decisions WHERE risk_level = ? AND created_ms >= ? AND "
                                          "created_ms <= ?"),
                           {level, report.fromMs, report.toMs});
        if (!n)
            return n.error();
        if (n->next())
            report.riskLevels[level] = n->value(0).toInt();
    }

    if (auto added = addEscalations(report, topCount); !added)
        return added.error();
    return report;
}

Result<QList<SlaPerformance>> DecisionStatistics::slaPerformance(StatisticsPeriod period) const
{
    DecisionStatisticsReport report;
    report.period = period;
    report.toMs = m_clock.nowMs();
    int buckets = 0;
    window(period, report.toMs, report.fromMs, report.bucketMs, buckets);
    if (auto added = addEscalations(report, 0); !added)
        return added.error();
    return report.sla;
}

Result<void> DecisionStatistics::addEscalations(DecisionStatisticsReport &report, int topCount) const
{
    // Only escalations already due are judged: one whose deadline is still ahead has not failed yet.
    // Counted in SQL: a million-decision workspace has 100,000 escalations.
    QSqlDatabase conn = m_db->connection();
    auto due = EscalationStore::dueSummary(conn, report.fromMs, report.toMs, topCount);
    if (!due)
        return due.error();
    for (const QString &priority : riskLevels()) {
        const DueSummary::Priority found = due->byPriority.value(priority);
        SlaPerformance p;
        p.priority = priority;
        p.due = found.due;
        p.breached = found.breached;
        p.medianResolutionMs = median(found.resolutionMs);
        report.sla.append(p);
    }
    report.topActors = due->topActors;
    report.topActions = due->topActions;
    return {};
}

} // namespace Lexecon
