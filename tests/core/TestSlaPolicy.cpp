#include "escalation/SlaPolicy.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kStart = 1795341600000; // 2026-11-22T10:00:00Z

Escalation openEscalation(const QString &priority, const SlaPolicy &policy = {})
{
    Escalation e;
    e.escalationId = QStringLiteral("esc_test");
    e.priority = priority;
    e.status = Escalation::pending();
    e.createdAtMs = kStart;
    e.slaDeadlineMs = policy.deadlineFor(priority, kStart);
    return e;
}
} // namespace

class TestSlaPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultDurations_data()
    {
        QTest::addColumn<QString>("priority");
        QTest::addColumn<qint64>("hours");
        QTest::newRow("critical") << QStringLiteral("critical") << qint64(2);
        QTest::newRow("high") << QStringLiteral("high") << qint64(8);
        QTest::newRow("medium") << QStringLiteral("medium") << qint64(24);
        QTest::newRow("low") << QStringLiteral("low") << qint64(72);
    }
    void defaultDurations()
    {
        QFETCH(QString, priority);
        QFETCH(qint64, hours);
        const SlaPolicy policy;
        QCOMPARE(policy.durationMs(priority), hours * kHour);
        QCOMPARE(policy.deadlineFor(priority, kStart), kStart + hours * kHour);
        QCOMPARE(policy.warningMs(), kHour);
        QCOMPARE(policy.breachAction(priority), BreachAction::Notify);
    }

    // Warning from one hour before the deadline, breach from the deadline itself, both inclusive.
    void stateAtTheBoundaries_data()
    {
        QTest::addColumn<QString>("priority");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<int>("state");
        const int ok = int(SlaState::Ok), warning = int(SlaState::Warning), breached = int(SlaState::Breached);
        QTest::newRow("critical at creation") << QStringLiteral("critical") << qint64(0) << ok;
        QTest::newRow("critical 1 ms before warning") << QStringLiteral("critical") << kHour - 1 << ok;
        QTest::newRow("critical at warning") << QStringLiteral("critical") << kHour << warning;
        QTest::newRow("critical 1 ms before deadline") << QStringLiteral("critical") << 2 * kHour - 1 << warning;
        QTest::newRow("critical at deadline") << QStringLiteral("critical") << 2 * kHour << breached;
        QTest::newRow("high 1 ms before warning") << QStringLiteral("high") << 7 * kHour - 1 << ok;
        QTest::newRow("high at warning") << QStringLiteral("high") << 7 * kHour << warning;
        QTest::newRow("high at deadline") << QStringLiteral("high") << 8 * kHour << breached;
        QTest::newRow("medium at warning") << QStringLiteral("medium") << 23 * kHour << warning;
        QTest::newRow("medium at deadline") << QStringLiteral("medium") << 24 * kHour << breached;
        QTest::newRow("low 1 ms before deadline") << QStringLiteral("low") << 72 * kHour - 1 << warning;
        QTest::newRow("low at deadline") << QStringLiteral("low") << 72 * kHour << breached;
        QTest::newRow("low long past") << QStringLiteral("low") << 500 * kHour << breached;
    }
    void stateAtTheBoundaries()
    {
        QFETCH(QString, priority);
        QFETCH(qint64, elapsedMs);
        QFETCH(int, state);
        const SlaPolicy policy;
        const Escalation e = openEscalation(priority);
        QCOMPARE(int(policy.stateAt(e, kStart + elapsedMs)), state);
        QCOMPARE(SlaPolicy::timeLeftMs(e, kStart + elapsedMs), e.slaDeadlineMs - kStart - elapsedMs);
    }

    void resolvedEscalationsKeepTheirRecord()
    {
        const SlaPolicy policy;
        Escalation e = openEscalation(QStringLiteral("high"));
        e.status = Escalation::resolved();
        QCOMPARE(policy.stateAt(e, kStart + 100 * kHour), SlaState::Ok); // resolved in time
        e.breachedAtMs = e.slaDeadlineMs;
        QCOMPARE(policy.stateAt(e, kStart + 100 * kHour), SlaState::Breached);
    }

    void configurable()
    {
        SlaPolicy policy;
        policy.setDurationMs(QStringLiteral("critical"), 30 * 60 * 1000);
        policy.setWarningMs(10 * 60 * 1000);
        policy.setBreachAction(QStringLiteral("critical"), BreachAction::AutoDeny);
        policy.setBreachAction(QStringLiteral("high"), BreachAction::EscalateUp);
        QCOMPARE(policy.durationMs(QStringLiteral("critical")), 30 * 60 * 1000);
        QCOMPARE(policy.durationMs(QStringLiteral("high")), 8 * kHour);
        QCOMPARE(policy.breachAction(QStringLiteral("critical")), BreachAction::AutoDeny);
        QCOMPARE(policy.breachAction(QStringLiteral("high")), BreachAction::EscalateUp);
        QCOMPARE(policy.breachAction(QStringLiteral("low")), BreachAction::Notify);
        const Escalation e = openEscalation(QStringLiteral("critical"), policy);
        QCOMPARE(policy.stateAt(e, kStart + 20 * 60 * 1000 - 1), SlaState::Ok);
        QCOMPARE(policy.stateAt(e, kStart + 20 * 60 * 1000), SlaState::Warning);
        QCOMPARE(policy.stateAt(e, kStart + 30 * 60 * 1000), SlaState::Breached);
    }

    void loadsFromSettings()
    {
        auto policy = SlaPolicy::fromJson(QJsonDocument::fromJson("{\"hours\": {\"critical\": 1, \"low\": 48}, "
                                                                  "\"warning_minutes\": 15, "
                                                                  "\"breach_actions\": {\"critical\": \"auto_deny\"}}")
                                              .object());
        QVERIFY2(policy.ok(), qPrintable(policy.error().message));
        QCOMPARE(policy->durationMs(QStringLiteral("critical")), kHour);
        QCOMPARE(policy->durationMs(QStringLiteral("low")), 48 * kHour);
        QCOMPARE(policy->durationMs(QStringLiteral("high")), 8 * kHour); // default kept
        QCOMPARE(policy->warningMs(), 15 * 60 * 1000);
        QCOMPARE(policy->breachAction(QStringLiteral("critical")), BreachAction::AutoDeny);
        QCOMPARE(policy->breachAction(QStringLiteral("high")), BreachAction::Notify);
        auto back = SlaPolicy::fromJson(policy->toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), policy->toJson());
    }

    void refusesBadSettings_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown priority")
            << QStringLiteral("{\"hours\": {\"urgent\": 1}}") << QStringLiteral("sla.hours.urgent");
        QTest::newRow("zero hours") << QStringLiteral("{\"hours\": {\"high\": 0}}") << QStringLiteral("sla.hours.high");
        QTest::newRow("fractional hours")
            << QStringLiteral("{\"hours\": {\"high\": 1.5}}") << QStringLiteral("sla.hours.high");
        QTest::newRow("negative warning")
            << QStringLiteral("{\"warning_minutes\": -5}") << QStringLiteral("sla.warning_minutes");
        QTest::newRow("approve on breach") << QStringLiteral("{\"breach_actions\": {\"low\": \"approve\"}}")
                                           << QStringLiteral("sla.breach_actions.low");
    }
    void refusesBadSettings()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        auto policy = SlaPolicy::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!policy.ok());
        QCOMPARE(policy.error().code, Error::Code::InvalidInput);
        QCOMPARE(policy.error().field, field);
    }

    void namesRoundTrip()
    {
        for (BreachAction a : {BreachAction::Notify, BreachAction::EscalateUp, BreachAction::AutoDeny})
            QCOMPARE(SlaPolicy::actionFromName(SlaPolicy::actionName(a)), a);
        QCOMPARE(SlaPolicy::actionName(BreachAction::EscalateUp), QStringLiteral("escalate_up"));
        QCOMPARE(SlaPolicy::actionName(BreachAction::AutoDeny), QStringLiteral("auto_deny"));
        QVERIFY(!SlaPolicy::actionFromName(QStringLiteral("auto_approve")).has_value()); // a breach never approves
        QCOMPARE(SlaPolicy::stateName(SlaState::Warning), QStringLiteral("warning"));
    }
};

QTEST_GUILESS_MAIN(TestSlaPolicy)
#include "TestSlaPolicy.moc"
