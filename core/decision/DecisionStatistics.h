#pragma once

#include "common/Result.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

namespace Lexecon {

class Clock;
class Database;

// The periods the risk dashboard offers, counted back from the clock's now.
enum class StatisticsPeriod { Last24Hours, Last7Days, Last30Days };

// SLA performance of one priority: escalations due in the period, how many missed their deadline,
// and the median time from creation to resolution of those resolved (-1 when none were).
struct SlaPerformance
{
    QString priority;
    int due = 0;
    int breached = 0;
    qint64 medianResolutionMs = -1;
    double breachRate() const { return due > 0 ? double(breached) / due : 0.0; }
};

struct DecisionStatisticsReport
{
    StatisticsPeriod period = StatisticsPeriod::Last24Hours;
    qint64 fromMs = 0; // start of the first bucket
    qint64 toMs = 0;   // the clock's now
    qint64 bucketMs = 0;
    QList<qint64> bucketStarts;
    // Pipeline outcome (approved, denied, escalated) -> decisions per bucket, one list entry per bucket.
    QMap<QString, QList<int>> outcomesByBucket;
    // low, medium, high, critical -> decisions in the period (every level present, 0 when none).
    QMap<QString, int> riskLevels;
    QList<SlaPerformance> sla;             // low, medium, high, critical in that order
    QList<QPair<QString, int>> topActors;  // by escalations due in the period, most first
    QList<QPair<QString, int>> topActions; // likewise
};

// Aggregates for the risk dashboard. Counting happens in SQL (GROUP BY over the decisions_created
// index) so a million decisions cost one indexed range scan, not a million rows in memory.
class DecisionStatistics
{
public:
    DecisionStatistics(std::shared_ptr<Database> db, const Clock &clock);

    static QStringList outcomes();   // approved, denied, escalated
    static QStringList riskLevels(); // low, medium, high, critical
    // The bucket grid of a period: hours for 24 h, UTC days for 7 and 30 d; the last bucket holds now.
    static void window(StatisticsPeriod period, qint64 nowMs, qint64 &fromMs, qint64 &bucketMs, int &buckets);

    Result<DecisionStatisticsReport> compute(StatisticsPeriod period, int topCount = 5) const;
    // Only the SLA figures of compute() (low, medium, high, critical): the escalations due in the
    // period, without counting the period's decisions (compliance evidence needs no more).
    Result<QList<SlaPerformance>> slaPerformance(StatisticsPeriod period) const;

private:
    // Fills sla, topActors and topActions of a report whose window is set.
    Result<void> addEscalations(DecisionStatisticsReport &report, int topCount) const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
};

} // namespace Lexecon
