#include "auth/UserService.h"
#include "compliance/OversightReport.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationService.h"
#include "mock/MockClock.h"
#include "override/OverrideService.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kT0 = 1795334400000; // 2026-11-22T08:00:00Z
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
const QString kReason = QStringLiteral("Checked with the customer: the request is legitimate.");
} // namespace

// Art. 14 oversight figures over a small workspace whose numbers are worked out by hand:
//   08:00 search_kb (approved) and export (denied, decision B)
//   08:10, 08:20, 08:30 three critical escalations E1, E2, E3 (2 h SLA: due 10:10, 10:20, 10:30)
//   08:40 olivia approves E1: 30 min, within SLA
//   11:00 ada denies E2: 160 min, after its deadline; E3 is still open past its deadline
//   11:00 olivia overrides B (business exception): 180 min after B was decided
// Report over [07:00, 12:00) at now = 11:00.
class TestOversightReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kT0};
    std::unique_ptr<Workspace> m_ws;
    QJsonObject m_report;

    Principal user(const char *name) { return *m_ws->users().principalFor(QLatin1String(name)); }
    QString escalate() { return m_ws->decisions().get(Test::decideAsSupportBot(*m_ws, QStringLiteral("read_ticket"), true))->escalationId; }
    QJsonObject part(const char *key) const { return m_report.value(QLatin1String(key)).toObject(); }
    static qint64 num(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInteger(); }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("olivia"), Role::ComplianceOfficer, user("ada")).ok());

        Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        const QString b = Test::decideAsSupportBot(*m_ws, QStringLiteral("export"));
        QCOMPARE(m_ws->decisions().get(b)->outcome, QStringLiteral("denied"));
        m_clock.setMs(kT0 + 10 * kMinute);
        const QString e1 = escalate();
        QCOMPARE(m_ws->escalations().get(e1)->priority, QStringLiteral("critical"));
        m_clock.setMs(kT0 + 20 * kMinute);
        const QString e2 = escalate();
        m_clock.setMs(kT0 + 30 * kMinute);
        escalate();
        m_clock.setMs(kT0 + 40 * kMinute);
        QVERIFY(m_ws->escalations().resolve(e1, QStringLiteral("approved"), kReason, user("olivia")).ok());
        m_clock.setMs(kT0 + 3 * kHour);
        QVERIFY(m_ws->escalations().resolve(e2, QStringLiteral("denied"), kReason, user("ada")).ok());
        auto o = m_ws->overrides().create(b, OverrideType::BusinessException, OverrideScope::SingleDecision,
                                          QStringLiteral("The export was agreed in the customer's contract."),
                                          QStringLiteral("approved"), std::nullopt, user("olivia"));
        QVERIFY2(o.ok(), qPrintable(o.error().message));

        auto report = OversightReport::build(*m_ws, kT0 - kHour, kT0 + 4 * kHour);
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        m_report = *report;
    }

    void decisions()
    {
        const QJsonObject d = part("decisions");
        QCOMPARE(num(d, "total"), 5);
        QCOMPARE(num(d, "escalated"), 3);
        QCOMPARE(num(d, "overridden"), 1);
        QCOMPARE(d.value(QStringLiteral("escalation_rate")).toDouble(), 0.6);
    }

    void slaAndResponseTimes()
    {
        const QJsonObject sla = part("sla");
        QCOMPARE(num(sla, "escalations"), 3);
        QCOMPARE(num(sla, "resolved"), 2);
        QCOMPARE(num(sla, "open"), 1);
        QCOMPARE(num(sla, "within_sla"), 1);
        QCOMPARE(num(sla, "breached"), 2); // E2 late, E3 open past its deadline
        QCOMPARE(sla.value(QStringLiteral("breach_rate")).toDouble(), 0.6667);
        const QJsonObject response = sla.value(QStringLiteral("response_ms")).toObject();
        QCOMPARE(num(response, "count"), 2);
        QCOMPARE(num(response, "median"), 30 * kMinute);
        QCOMPARE(num(response, "p90"), 160 * kMinute);
        QCOMPARE(num(response, "mean"), 95 * kMinute);
        QCOMPARE(num(response, "max"), 160 * kMinute);
        const QJsonArray priorities = sla.value(QStringLiteral("by_priority")).toArray();
        QCOMPARE(priorities.size(), 4);
        const QJsonObject critical = priorities.at(3).toObject();
        QCOMPARE(critical.value(QStringLiteral("priority")).toString(), QStringLiteral("critical"));
        QCOMPARE(num(critical, "target_ms"), 2 * kHour);
        QCOMPARE(num(critical, "escalations"), 3);
        QCOMPARE(num(critical, "within_sla"), 1);
        QCOMPARE(num(critical, "median_response_ms"), 30 * kMinute);
        QCOMPARE(num(priorities.at(0).toObject(), "escalations"), 0);
        QVERIFY(priorities.at(0).toObject().value(QStringLiteral("median_response_ms")).isNull());
    }

    void overrides()
    {
        const QJsonObject o = part("overrides");
        QCOMPARE(num(o, "total"), 1);
        QCOMPARE(num(o, "active"), 1);
        QCOMPARE(num(o, "revoked"), 0);
        QCOMPARE(o.value(QStringLiteral("rate")).toDouble(), 0.2);
        QCOMPARE(num(o.value(QStringLiteral("by_type")).toObject(), "business_exception"), 1);
    }

    void interventions()
    {
        const QJsonObject i = part("interventions");
        QCOMPARE(num(i, "total"), 3);
        const QJsonObject types = i.value(QStringLiteral("by_type")).toObject();
        QCOMPARE(num(types, "approval"), 1);
        QCOMPARE(num(types, "manual_review"), 1); // a denial
        QCOMPARE(num(types, "override"), 1);
        const QJsonObject roles = i.value(QStringLiteral("by_role")).toObject();
        QCOMPARE(num(roles, "compliance_officer"), 2);
        QCOMPARE(num(roles, "executive"), 1);
        const QJsonObject response = i.value(QStringLiteral("response_ms")).toObject();
        QCOMPARE(num(response, "median"), 160 * kMinute);
        QCOMPARE(num(response, "mean"), 7400000); // (30 + 160 + 180) min / 3
        QCOMPARE(num(response, "max"), 180 * kMinute);
    }

    void reviewerLoad()
    {
        const QJsonArray reviewers = m_report.value(QStringLiteral("reviewers")).toArray();
        QCOMPARE(reviewers.size(), 2);
        const QJsonObject ada = reviewers.at(0).toObject();
        QCOMPARE(ada.value(QStringLiteral("reviewer")).toString(), QStringLiteral("user:ada"));
        QCOMPARE(num(ada, "resolved"), 1);
        QCOMPARE(num(ada, "breached"), 1);
        QCOMPARE(num(ada, "median_response_ms"), 160 * kMinute);
        QCOMPARE(num(ada, "interventions"), 1);
        const QJsonObject olivia = reviewers.at(1).toObject();
        QCOMPARE(olivia.value(QStringLiteral("reviewer")).toString(), QStringLiteral("user:olivia"));
        QCOMPARE(num(olivia, "resolved"), 1);
        QCOMPARE(num(olivia, "within_sla"), 1);
        QCOMPARE(num(olivia, "interventions"), 2);
        QCOMPARE(num(olivia, "overrides"), 1);
    }

    void periodExcludesWhatLiesOutside()
    {
        auto later = OversightReport::build(*m_ws, kT0 + 4 * kHour, kT0 + 5 * kHour);
        QVERIFY(later.ok());
        QCOMPARE(num(later->value(QStringLiteral("sla")).toObject(), "escalations"), 0);
        QCOMPARE(num(later->value(QStringLiteral("interventions")).toObject(), "total"), 0);
        QCOMPARE(later->value(QStringLiteral("overrides")).toObject().value(QStringLiteral("rate")).toDouble(), 0.0);
    }

    void evidencePackageHoldsEveryIntervention()
    {
        auto package = OversightReport::evidencePackage(*m_ws, kT0 - kHour, kT0 + 4 * kHour);
        QVERIFY(package.ok());
        QCOMPARE(package->value(QStringLiteral("report")).toObject().value(QStringLiteral("sla")), m_report.value(QStringLiteral("sla")));
        const QJsonArray records = package->value(QStringLiteral("interventions")).toArray();
        QCOMPARE(records.size(), 3);
        for (const QJsonValue &v : records) {
            QVERIFY(v.toObject().value(QStringLiteral("decision_id")).toString().startsWith(QLatin1String("dec_")));
            QVERIFY(v.toObject().value(QStringLiteral("ledger_index")).toInteger() > 0);
        }
    }

    void summarize_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<qint64>("median");
        QTest::addColumn<qint64>("p90");
        QTest::newRow("one") << QList<qint64>{7} << qint64(7) << qint64(7);
        QTest::newRow("odd") << QList<qint64>{5, 1, 3} << qint64(3) << qint64(5);
        QTest::newRow("ten") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << qint64(5) << qint64(9);
    }
    void summarize()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(qint64, median);
        QFETCH(qint64, p90);
        const QJsonObject s = OversightReport::summarize(values);
        QCOMPARE(num(s, "median"), median);
        QCOMPARE(num(s, "p90"), p90);
        QVERIFY(OversightReport::summarize({}).value(QStringLiteral("median")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestOversightReport)
#include "TestOversightReport.moc"
