#include "escalation/EscalationService.h"
#include "escalation/SlaMonitor.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "support/StoreFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kHour = 3600 * 1000;
}

class TestSlaMonitor : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<EscalationService> m_service;
    const Principal m_system = Principal::system();
    const Principal m_alice = Principal::user(QStringLiteral("alice"), Role::ComplianceOfficer);

    Escalation create(const QString &priority)
    {
        const Escalation e = m_service->prepare(QStringLiteral("dec_sla"), priority, QStringLiteral("needs review"),
                                                QStringLiteral("actor:bot"), QStringLiteral("action:pay"), 60);
        auto entry = m_fx.ledger->append(
            {QStringLiteral("decision"),
             QStringLiteral("apikey:bot"),
             {},
             [&](QSqlDatabase &conn, const LedgerEntry &) { return m_service->storeNew(conn, e); }});
        if (!entry)
            qWarning() << entry.error().message;
        return e;
    }

    int entriesOfType(const QString &type)
    {
        int n = 0;
        const QList<LedgerEntry> entries = LedgerStore(m_fx.db).entries(0, m_fx.ledgerSize()).value();
        for (const LedgerEntry &e : entries)
            n += e.type == type ? 1 : 0;
        return n;
    }

    SlaPolicy policyWith(const QString &priority, BreachAction action)
    {
        SlaPolicy p;
        p.setBreachAction(priority, action);
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_service.reset();
        m_fx.clock.setMs(1795341600000);
        auto opened = m_fx.open({{QStringLiteral("node_id"), QStringLiteral("test")}});
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_service = std::make_unique<EscalationService>(m_fx.db, *m_fx.ledger, m_fx.clock);
    }

    // The first sweep after `elapsed` records what the clock says, exactly at the boundaries.
    void recordsAtTheBoundaries_data()
    {
        QTest::addColumn<QString>("priority");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<int>("warned");
        QTest::addColumn<int>("breached");
        QTest::newRow("critical before warning") << QStringLiteral("critical") << kHour - 1 << 0 << 0;
        QTest::newRow("critical at warning") << QStringLiteral("critical") << kHour << 1 << 0;
        QTest::newRow("critical just before deadline") << QStringLiteral("critical") << 2 * kHour - 1 << 1 << 0;
        QTest::newRow("critical at deadline") << QStringLiteral("critical") << 2 * kHour << 0 << 1;
        QTest::newRow("high before warning") << QStringLiteral("high") << 7 * kHour - 1 << 0 << 0;
        QTest::newRow("high at warning") << QStringLiteral("high") << 7 * kHour << 1 << 0;
        QTest::newRow("high at deadline") << QStringLiteral("high") << 8 * kHour << 0 << 1;
        QTest::newRow("medium at warning") << QStringLiteral("medium") << 23 * kHour << 1 << 0;
        QTest::newRow("medium at deadline") << QStringLiteral("medium") << 24 * kHour << 0 << 1;
        QTest::newRow("low just before warning") << QStringLiteral("low") << 71 * kHour - 1 << 0 << 0;
        QTest::newRow("low at warning") << QStringLiteral("low") << 71 * kHour << 1 << 0;
        QTest::newRow("low at deadline") << QStringLiteral("low") << 72 * kHour << 0 << 1;
    }
    void recordsAtTheBoundaries()
    {
        QFETCH(QString, priority);
        QFETCH(qint64, elapsedMs);
        QFETCH(int, warned);
        QFETCH(int, breached);
        const Escalation e = create(priority);
        SlaMonitor monitor(*m_service, SlaPolicy(), m_fx.clock);
        QSignalSpy warnings(&monitor, &SlaMonitor::slaWarning);
        QSignalSpy breaches(&monitor, &SlaMonitor::slaBreached);
        m_fx.clock.advanceMs(elapsedMs);
        auto report = monitor.sweep(m_system);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->checked, 1);
        QCOMPARE(report->warned, warned);
        QCOMPARE(report->breached, breached);
        QCOMPARE(warnings.count(), warned);
        QCOMPARE(breaches.count(), breached);
        QCOMPARE(entriesOfType(QStringLiteral("sla_warning")), warned);
        QCOMPARE(entriesOfType(QStringLiteral("sla_breached")), breached);
        const Escalation after = m_service->get(e.escalationId).value();
        QCOMPARE(after.warnedAtMs, warned ? m_fx.clock.nowMs() : 0);
        QCOMPARE(after.breachedAtMs, breached ? m_fx.clock.nowMs() : 0);
        QCOMPARE(after.status, QStringLiteral("pending")); // notify changes nothing else
    }

    void sweepIsIdempotent()
    {
        const Escalation e = create(QStringLiteral("high"));
        SlaMonitor monitor(*m_service, SlaPolicy(), m_fx.clock);
        QCOMPARE(monitor.sweep(m_system)->warned, 0);
        m_fx.clock.advanceHours(7);
        QCOMPARE(monitor.sweep(m_system)->warned, 1);
        const qint64 afterWarning = m_fx.ledgerSize();
        auto again = monitor.sweep(m_system);
        QCOMPARE(again->warned, 0);
        QCOMPARE(m_fx.ledgerSize(), afterWarning);
        m_fx.clock.advanceHours(1);
        auto breach = monitor.sweep(m_system);
        QCOMPARE(breach->warned, 0);
        QCOMPARE(breach->breached, 1);
        const qint64 afterBreach = m_fx.ledgerSize();
        QCOMPARE(afterBreach, afterWarning + 1);
        m_fx.clock.advanceHours(10);
        QCOMPARE(monitor.sweep(m_system)->breached, 0);
        QCOMPARE(m_fx.ledgerSize(), afterBreach);
        // The service refuses a second record too.
        QCOMPARE(m_service->recordSlaBreach(e.escalationId, BreachAction::Notify, m_system).error().code,
                 Error::Code::Conflict);
        QCOMPARE(m_service->counts()->breached, 1);
        auto report = LedgerVerifier(m_fx.db).verify();
        QVERIFY(report.ok() && report->ok);
    }

    void breachActions_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("claimedFirst");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("extraEntries");
        QTest::newRow("notify") << int(BreachAction::Notify) << false << QStringLiteral("pending") << QString() << 0;
        QTest::newRow("notify keeps the reviewer")
            << int(BreachAction::Notify) << true << QStringLiteral("in_review") << QString() << 0;
        QTest::newRow("escalate_up") << int(BreachAction::EscalateUp) << false << QStringLiteral("resolved")
                                     << QStringLiteral("escalated_up") << 1;
        QTest::newRow("auto_deny") << int(BreachAction::AutoDeny) << false << QStringLiteral("resolved")
                                   << QStringLiteral("denied") << 1;
        QTest::newRow("auto_deny over a held claim")
            << int(BreachAction::AutoDeny) << true << QStringLiteral("resolved") << QStringLiteral("denied") << 1;
    }
    void breachActions()
    {
        QFETCH(int, action);
        QFETCH(bool, claimedFirst);
        QFETCH(QString, status);
        QFETCH(QString, outcome);
        QFETCH(int, extraEntries);
        const Escalation e = create(QStringLiteral("high"));
        if (claimedFirst)
            QVERIFY(m_service->claim(e.escalationId, m_alice).ok());
        int hookCalls = 0;
        m_service->setResolutionHook(
            [&](QSqlDatabase &, const Escalation &resolved, const LedgerEntry &, const Principal &by) {
                ++hookCalls;
                // The integrator's decision update relies on this: a breach never approves.
                if (resolved.outcome == QLatin1String("approved") || by.kind() != Principal::Kind::System)
                    return Result<void>(Error::internal(QStringLiteral("unexpected")));
                return Result<void>();
            });
        SlaMonitor monitor(*m_service, policyWith(QStringLiteral("high"), BreachAction(action)), m_fx.clock);
        m_fx.clock.advanceHours(8);
        const qint64 before = m_fx.ledgerSize();
        auto report = monitor.sweep(m_system);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->breached, 1);
        QCOMPARE(m_fx.ledgerSize(), before + 1 + extraEntries);
        const LedgerEntry breach = LedgerStore(m_fx.db).entry(before).value();
        QCOMPARE(breach.type, QStringLiteral("sla_breached"));
        QCOMPARE(breach.actor, QStringLiteral("system"));
        QCOMPARE(breach.payload.value(QStringLiteral("action")).toString(),
                 SlaPolicy::actionName(BreachAction(action)));
        const Escalation after = m_service->get(e.escalationId).value();
        QCOMPARE(after.status, status);
        QCOMPARE(after.outcome, outcome);
        QCOMPARE(hookCalls, extraEntries);
        if (extraEntries) {
            QCOMPARE(after.resolvedBy, QStringLiteral("system"));
            const LedgerEntry resolved = LedgerStore(m_fx.db).entry(before + 1).value();
            QCOMPARE(resolved.type, QStringLiteral("escalation_resolved"));
            QVERIFY(resolved.payload.value(QStringLiteral("sla_breach")).toBool());
        }
        if (BreachAction(action) == BreachAction::EscalateUp) {
            QCOMPARE(report->escalatedUp, 1);
            const Escalation child = m_service->get(after.childEscalationId).value();
            QCOMPARE(child.priority, QStringLiteral("critical"));
            QCOMPARE(child.tier, 2);
            QCOMPARE(child.status, QStringLiteral("pending"));
            QCOMPARE(child.slaDeadlineMs, m_fx.clock.nowMs() + 2 * kHour);
        }
        if (BreachAction(action) == BreachAction::AutoDeny)
            QCOMPARE(report->autoDenied, 1);
        // Nothing more on a second sweep.
        const qint64 settled = m_fx.ledgerSize();
        QVERIFY(monitor.sweep(m_system).ok());
        QCOMPARE(m_fx.ledgerSize(), settled);
        auto verified = LedgerVerifier(m_fx.db).verify();
        QVERIFY(verified.ok() && verified->ok);
    }

    // Each breach of the chain escalates again; critical stays critical, the tier keeps rising.
    void escalateUpChainsOnRepeatedBreaches()
    {
        SlaPolicy policy;
        for (const QString &p : {QStringLiteral("high"), QStringLiteral("critical")})
            policy.setBreachAction(p, BreachAction::EscalateUp);
        const Escalation e = create(QStringLiteral("high"));
        SlaMonitor monitor(*m_service, policy, m_fx.clock);
        m_fx.clock.advanceHours(8);
        QCOMPARE(monitor.sweep(m_system)->escalatedUp, 1);
        m_fx.clock.advanceHours(2);
        QCOMPARE(monitor.sweep(m_system)->escalatedUp, 1);
        const QList<Escalation> chain = m_service->forDecision(e.decisionId).value();
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(2).tier, 3);
        QCOMPARE(chain.at(2).priority, QStringLiteral("critical"));
        QCOMPARE(chain.at(2).status, QStringLiteral("pending"));
        QCOMPARE(m_service->counts()->open, 1);
    }

    // An action interrupted after its breach record (a crash between the two entries) is completed
    // by the next sweep.
    void nextSweepCompletesAnInterruptedAction()
    {
        const Escalation e = create(QStringLiteral("high"));
        m_fx.clock.advanceHours(9);
        QVERIFY(m_service->recordSlaBreach(e.escalationId, BreachAction::AutoDeny, m_system).ok());
        SlaMonitor monitor(*m_service, policyWith(QStringLiteral("high"), BreachAction::AutoDeny), m_fx.clock);
        auto report = monitor.sweep(m_system);
        QCOMPARE(report->breached, 0);
        QCOMPARE(report->autoDenied, 1);
        QCOMPARE(m_service->get(e.escalationId)->outcome, QStringLiteral("denied"));
    }

    void onlyTheSystemSweeps()
    {
        create(QStringLiteral("critical"));
        m_fx.clock.advanceHours(3);
        SlaMonitor monitor(*m_service, SlaPolicy(), m_fx.clock);
        const Principal admin = Principal::user(QStringLiteral("root"), Role::Admin);
        QCOMPARE(monitor.sweep(admin).error().code, Error::Code::Forbidden);
        QCOMPARE(m_service->recordSlaWarning(m_service->list({})->first().escalationId, admin).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(m_service->resolveOnBreach(m_service->list({})->first().escalationId, BreachAction::AutoDeny, admin)
                     .error()
                     .code,
                 Error::Code::Forbidden);
        QCOMPARE(entriesOfType(QStringLiteral("sla_breached")), 0);
    }

    void resolvedEscalationsAreLeftAlone()
    {
        const Escalation e = create(QStringLiteral("critical"));
        QVERIFY(
            m_service
                ->resolve(e.escalationId, QStringLiteral("approved"), QStringLiteral("Reviewed the payment."), m_alice)
                .ok());
        m_fx.clock.advanceHours(5);
        SlaMonitor monitor(*m_service, policyWith(QStringLiteral("critical"), BreachAction::AutoDeny), m_fx.clock);
        const qint64 before = m_fx.ledgerSize();
        auto report = monitor.sweep(m_system);
        QCOMPARE(report->checked, 0);
        QCOMPARE(m_fx.ledgerSize(), before);
        QCOMPARE(m_service->get(e.escalationId)->outcome, QStringLiteral("approved"));
    }
};

QTEST_GUILESS_MAIN(TestSlaMonitor)
#include "TestSlaMonitor.moc"
