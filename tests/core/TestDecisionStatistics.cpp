#include "auth/UserService.h"
#include "decision/DecisionService.h"
#include "decision/DecisionStatistics.h"
#include "escalation/EscalationService.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kDayStartMs = 1795305600000; // 2026-11-22T00:00:00Z
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const QString kReason = QStringLiteral("Checked with the customer: the request is legitimate.");
} // namespace

// The dashboard's numbers over a real workspace whose decisions were made at known times. "Now" is
// 2026-11-22T11:30Z; the critical escalations below have a 2 h SLA.
class TestDecisionStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kDayStartMs - 40 * kDay};
    std::unique_ptr<Workspace> m_ws;

    QString decide(const QString &action, bool risky = false) { return Test::decideAsSupportBot(*m_ws, action, risky); }

    QString escalate() { return m_ws->decisions().get(decide(QStringLiteral("read_ticket"), true))->escalationId; }

    void resolve(const QString &escalationId)
    {
        auto olivia = m_ws->users().principalFor(QStringLiteral("olivia"));
        QVERIFY(olivia.ok());
        QVERIFY(m_ws->escalations().resolve(escalationId, QStringLiteral("approved"), kReason, *olivia).ok());
    }

    void at(qint64 ms) { m_clock.setMs(ms); }

    DecisionStatisticsReport report(StatisticsPeriod period)
    {
        DecisionStatistics statistics(m_ws->database(), m_clock);
        auto r = statistics.compute(period);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return *r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        auto ada = m_ws->users().principalFor(QStringLiteral("ada"));
        QVERIFY(m_ws->users().add(QStringLiteral("olivia"), Role::ComplianceOfficer, *ada).ok());

        decide(QStringLiteral("search_kb")); // 40 days ago: outside every period
        at(kDayStartMs - 5 * kDay + 10 * kHour);
        decide(QStringLiteral("search_kb"));
        at(kDayStartMs - 5 * kDay + 11 * kHour);
        const QString denied = decide(QStringLiteral("export"));
        QCOMPARE(m_ws->decisions().get(denied)->outcome, QStringLiteral("denied"));

        at(kDayStartMs + 6 * kHour);
        const QString late = escalate(); // due 08:00, resolved 09:30: breached, 210 min
        QCOMPARE(m_ws->escalations().get(late)->priority, QStringLiteral("critical"));
        at(kDayStartMs + 8 * kHour);
        const QString inTime = escalate(); // due 10:00, resolved 08:30: 30 min
        at(kDayStartMs + 8 * kHour + 30 * kMinute);
        resolve(inTime);
        at(kDayStartMs + 9 * kHour);
        escalate(); // due 11:00, still open at 11:30: breached
        at(kDayStartMs + 9 * kHour + 15 * kMinute);
        decide(QStringLiteral("search_kb"));
        at(kDayStartMs + 9 * kHour + 30 * kMinute);
        resolve(late);
        at(kDayStartMs + 10 * kHour);
        const QString notDue = escalate(); // due 12:00: not judged yet
        at(kDayStartMs + 10 * kHour + 30 * kMinute);
        resolve(notDue);
        at(kDayStartMs + 11 * kHour + 30 * kMinute);
    }

    void bucketsOutcomesByHourOverADay()
    {
        const DecisionStatisticsReport r = report(StatisticsPeriod::Last24Hours);
        QCOMPARE(r.bucketStarts.size(), 24);
        QCOMPARE(r.fromMs, kDayStartMs - 12 * kHour); // the hour of now is the last bucket
        QList<int> approved(24, 0), denied(24, 0), escalated(24, 0);
        approved[21] = 1;
        escalated[18] = escalated[20] = escalated[21] = escalated[22] = 1;
        QCOMPARE(r.outcomesByBucket.value(QStringLiteral("approved")), approved);
        QCOMPARE(r.outcomesByBucket.value(QStringLiteral("denied")), denied);
        QCOMPARE(r.outcomesByBucket.value(QStringLiteral("escalated")), escalated);
    }

    void bucketsOutcomesByDay_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<int>("buckets");
        QTest::addColumn<int>("fiveDaysAgo");
        QTest::newRow("7 days") << int(StatisticsPeriod::Last7Days) << 7 << 1;
        QTest::newRow("30 days") << int(StatisticsPeriod::Last30Days) << 30 << 24;
    }

    void bucketsOutcomesByDay()
    {
        QFETCH(int, period);
        QFETCH(int, buckets);
        QFETCH(int, fiveDaysAgo);
        const DecisionStatisticsReport r = report(StatisticsPeriod(period));
        QCOMPARE(r.bucketStarts.size(), buckets);
        QCOMPARE(r.bucketStarts.last(), kDayStartMs);
        QList<int> approved(buckets, 0), denied(buckets, 0), escalated(buckets, 0);
        approved[fiveDaysAgo] = 1;
        denied[fiveDaysAgo] = 1;
        approved[buckets - 1] = 1;
        escalated[buckets - 1] = 4;
        QCOMPARE(r.outcomesByBucket.value(QStringLiteral("approved")), approved);
        QCOMPARE(r.outcomesByBucket.value(QStringLiteral("denied")), denied);
        QCOMPARE(r.outcomesByBucket.value(QStringLiteral("escalated")), escalated);
    }

    void countsRiskLevelsInThePeriod()
    {
        const DecisionStatisticsReport day = report(StatisticsPeriod::Last24Hours);
        QCOMPARE(day.riskLevels.value(QStringLiteral("critical")), 4);
        QCOMPARE(day.riskLevels.value(QStringLiteral("high")), 0);
        int total = 0;
        for (int n : day.riskLevels)
            total += n;
        QCOMPARE(total, 5);
        QCOMPARE(day.riskLevels.keys(), (QStringList{QStringLiteral("critical"), QStringLiteral("high"),
                                                     QStringLiteral("low"), QStringLiteral("medium")}));
        int week = 0;
        for (int n : report(StatisticsPeriod::Last7Days).riskLevels)
            week += n;
        QCOMPARE(week, 7);
    }

    void measuresSlaByPriority()
    {
        const DecisionStatisticsReport r = report(StatisticsPeriod::Last24Hours);
        QCOMPARE(r.sla.size(), 4);
        const SlaPerformance &critical = r.sla.at(3);
        QCOMPARE(critical.priority, QStringLiteral("critical"));
        QCOMPARE(critical.due, 3);
        QCOMPARE(critical.breached, 2);
        QCOMPARE(critical.breachRate(), 2.0 / 3.0);
        QCOMPARE(critical.medianResolutionMs, 120 * kMinute); // median of 30 and 210 minutes
        QCOMPARE(r.sla.at(0).due, 0);
        QCOMPARE(r.sla.at(0).medianResolutionMs, qint64(-1));
        QCOMPARE(r.sla.at(0).breachRate(), 0.0);
    }

    void ranksActorsAndActionsByEscalations()
    {
        const DecisionStatisticsReport r = report(StatisticsPeriod::Last30Days);
        QCOMPARE(r.topActors, (QList<QPair<QString, int>>{{QStringLiteral("support_bot"), 3}}));
        QCOMPARE(r.topActions, (QList<QPair<QString, int>>{{QStringLiteral("read_ticket"), 3}}));
    }
};

QTEST_GUILESS_MAIN(TestDecisionStatistics)
#include "TestDecisionStatistics.moc"
