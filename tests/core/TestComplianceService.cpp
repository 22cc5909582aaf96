#include "auth/UserService.h"
#include "compliance/ComplianceService.h"
#include "compliance/ComplianceSnapshot.h"
#include "compliance/Soc2EvidenceMap.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationService.h"
#include "ledger/LedgerStore.h"
#include "mock/MockClock.h"
#include "override/OverrideService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795334400000; // 2026-11-22T08:00:00Z
constexpr qint64 kHour = 3600 * 1000;
const QString kReason = QStringLiteral("Checked with the customer: the request is legitimate.");
const QString kJustification = QStringLiteral("Board minutes of 2026-10-02 record independent oversight.");
} // namespace

// Statuses derived from a real workspace's evidence, officers' statuses with their ledger entries,
// and gap analysis. Each test starts from a fresh workspace with the support policy loaded.
class TestComplianceService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ComplianceService> m_compliance;

    Principal user(const char *name) { return *m_ws->users().principalFor(QLatin1String(name)); }
    QString escalate() { return m_ws->decisions().get(Test::decideAsSupportBot(*m_ws, QStringLiteral("read_ticket"), true))->escalationId; }

    ControlAssessment control(const QString &framework, const QString &id)
    {
        auto a = m_compliance->control(framework, id);
        if (!a)
            qFatal("%s", qPrintable(a.error().message));
        return *a;
    }
    PrimitiveEvidence evidenceOf(const QString &primitive)
    {
        auto all = m_compliance->evidence();
        if (!all)
            qFatal("%s", qPrintable(all.error().message));
        for (const PrimitiveEvidence &e : std::as_const(*all)) {
            if (e.primitive == primitive)
                return e;
        }
        qFatal("no evidence for %s", qPrintable(primitive));
    }
    static QString name(ControlStatus s) { return ControlStatuses::name(s); }

private Q_SLOTS:
    void init()
    {
        m_compliance.reset();
        m_ws.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.setMs(kStartMs);
        auto ws = Test::openPolicyWorkspace(m_dir->path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("olivia"), Role::ComplianceOfficer, user("ada")).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("aude"), Role::Auditor, user("ada")).ok());
        auto compliance = ComplianceService::open(*m_ws);
        QVERIFY2(compliance.ok(), qPrintable(compliance.error().message));
        m_compliance = std::move(compliance).value();
    }

    void noDecisionsMeansNoDecisionEvidence()
    {
        QCOMPARE(name(evidenceOf(QStringLiteral("decision_log")).status), QStringLiteral("not_implemented"));
        QCOMPARE(name(evidenceOf(QStringLiteral("policy_evaluation")).status), QStringLiteral("partially_implemented"));
        QCOMPARE(name(evidenceOf(QStringLiteral("ledger_entry")).status), QStringLiteral("implemented"));
        const ControlAssessment art12 = control(QStringLiteral("eu_ai_act"), QStringLiteral("Art.12"));
        QCOMPARE(art12.primitives, QStringList({QStringLiteral("decision_log"), QStringLiteral("ledger_entry")}));
        QCOMPARE(name(*art12.derived), QStringLiteral("partially_implemented"));
        QCOMPARE(art12.source, QStringLiteral("derived"));
    }

    void derivedStatusFollowsEvidence()
    {
        const QString art14 = QStringLiteral("Art.14");
        const QString aiAct = QStringLiteral("eu_ai_act");
        QCOMPARE(name(control(aiAct, art14).effective), QStringLiteral("not_implemented"));

        Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        QCOMPARE(name(control(aiAct, QStringLiteral("Art.12")).effective), QStringLiteral("implemented"));
        QCOMPARE(name(evidenceOf(QStringLiteral("evidence_artifact")).status), QStringLiteral("implemented"));
        QCOMPARE(name(evidenceOf(QStringLiteral("risk_assessment")).status), QStringLiteral("implemented"));

        // An escalation answered within its SLA: escalation evidence, but no override yet.
        const QString escalation = escalate();
        m_clock.advanceMs(kHour / 2);
        QVERIFY(m_ws->escalations().resolve(escalation, QStringLiteral("approved"), kReason, user("olivia")).ok());
        QCOMPARE(name(evidenceOf(QStringLiteral("escalation")).status), QStringLiteral("implemented"));
        QCOMPARE(name(control(aiAct, art14).effective), QStringLiteral("partially_implemented"));

        const QString denied = Test::decideAsSupportBot(*m_ws, QStringLiteral("export"));
        auto o = m_ws->overrides().create(denied, OverrideType::BusinessException, OverrideScope::SingleDecision,
                                          QStringLiteral("The customer's export was agreed in the contract."),
                                          QStringLiteral("approved"), std::nullopt, user("olivia"));
        QVERIFY2(o.ok(), qPrintable(o.error().message));
        const ControlAssessment met = control(aiAct, art14);
        QCOMPARE(name(met.effective), QStringLiteral("implemented"));
        QCOMPARE(met.evidence.size(), 2);
        QVERIFY(met.hasEvidence());
        // The evidence links to ledger entry types that really occur.
        const QStringList types = *LedgerStore(m_ws->database()).types();
        for (const char *primitive : {"override", "decision_log", "policy_evaluation"}) {
            const PrimitiveEvidence e = evidenceOf(QLatin1String(primitive));
            QVERIFY(!e.ledgerTypes.isEmpty());
            QVERIFY2(types.contains(e.ledgerTypes.first()), qPrintable(e.ledgerTypes.first()));
        }
    }

    // A missed SLA is a finding: it makes every escalation-backed control non-compliant, and an
    // officer's "implemented" does not hide it.
    void missedSlaIsNonCompliantAndOutranksAnOfficer()
    {
        escalate(); // critical: 2 h
        m_clock.advanceMs(3 * kHour);
        const PrimitiveEvidence e = evidenceOf(QStringLiteral("escalation"));
        QCOMPARE(name(e.status), QStringLiteral("non_compliant"));
        QCOMPARE(e.metrics.value(QStringLiteral("breached_30d")).toInt(), 1);
        QVERIFY(m_compliance->setStatus(QStringLiteral("soc2"), QStringLiteral("CC7.4"), ControlStatus::Implemented,
                                        kJustification, user("olivia")).ok());
        const ControlAssessment a = control(QStringLiteral("soc2"), QStringLiteral("CC7.4"));
        QCOMPARE(name(a.effective), QStringLiteral("non_compliant"));
        QCOMPARE(a.source, QStringLiteral("derived"));
        QCOMPARE(name(a.manual->status), QStringLiteral("implemented"));
    }

    void manualStatusIsOneLedgerEntry()
    {
        LedgerStore ledger(m_ws->database());
        const qint64 before = *ledger.size();
        auto set = m_compliance->setStatus(QStringLiteral("soc2"), QStringLiteral("CC1.2"), ControlStatus::Verified,
                                           QStringLiteral("  ") + kJustification, user("olivia"));
        QVERIFY2(set.ok(), qPrintable(set.error().message));
        QCOMPARE(*ledger.size(), before + 1);
        const LedgerEntry entry = *ledger.entry(before);
        QCOMPARE(entry.type, QStringLiteral("compliance_status_set"));
        QCOMPARE(entry.actor, QStringLiteral("user:olivia"));
        QCOMPARE(entry.payload.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QVERIFY(entry.payload.value(QStringLiteral("previous_status")).isNull());
        QCOMPARE(entry.payload.value(QStringLiteral("justification_commitment")).toString().size(), 64);
        QVERIFY(!entry.payload.contains(QStringLiteral("justification_sha256")));
        // The free text stays out of the ledger (it may have to be erased).
        QVERIFY(!QString::fromUtf8(entry.canonical).contains(QLatin1String("Board minutes")));
        QCOMPARE(set->ledgerIndex, before);
        QCOMPARE(set->justification, kJustification);

        const ControlAssessment a = control(QStringLiteral("soc2"), QStringLiteral("CC1.2"));
        QCOMPARE(a.source, QStringLiteral("manual"));
        QCOMPARE(name(a.effective), QStringLiteral("verified"));
        QVERIFY(!a.derived); // nothing in the workstation backs board oversight
        QCOMPARE(a.manual->setBy, QStringLiteral("user:olivia"));

        m_clock.advanceMs(kHour);
        QVERIFY(m_compliance->setStatus(QStringLiteral("soc2"), QStringLiteral("CC1.2"), ControlStatus::PartiallyImplemented,
                                        QStringLiteral("The 2027 minutes are not signed yet."), user("ada")).ok());
        QCOMPARE(ledger.entry(before + 1)->payload.value(QStringLiteral("previous_status")).toString(), QStringLiteral("verified"));
        QCOMPARE(m_compliance->statuses().history(QStringLiteral("soc2"), QStringLiteral("CC1.2"))->size(), 2);
        QCOMPARE(name(control(QStringLiteral("soc2"), QStringLiteral("CC1.2")).effective), QStringLiteral("partially_implemented"));
    }

    void manualStatusRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("controlId");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<QString>("field"); // empty: forbidden
        QTest::newRow("auditor lacks manage_compliance") << "aude" << "soc2" << "CC1.2" << kJustification << "";
        QTest::newRow("unknown framework") << "olivia" << "sox" << "CC1.2" << kJustification << "framework";
        QTest::newRow("unknown control") << "olivia" << "soc2" << "CC8.2" << kJustification << "control";
        QTest::newRow("short justification") << "olivia" << "soc2" << "CC1.2" << "   looks fine   " << "justification";
    }
    void manualStatusRefused()
    {
        QFETCH(QString, who);
        QFETCH(QString, framework);
        QFETCH(QString, controlId);
        QFETCH(QString, justification);
        QFETCH(QString, field);
        LedgerStore ledger(m_ws->database());
        const qint64 before = *ledger.size();
        auto set = m_compliance->setStatus(framework, controlId, ControlStatus::Implemented, justification,
                                           *m_ws->users().principalFor(who));
        QVERIFY(!set.ok());
        if (field.isEmpty()) {
            QCOMPARE(set.error().code, Error::Code::Forbidden);
            QVERIFY2(set.error().message.contains(QLatin1String("manage_compliance")), qPrintable(set.error().message));
        } else {
            QCOMPARE(set.error().field, field);
        }
        QCOMPARE(*ledger.size(), before);
        QCOMPARE(m_compliance->statuses().changes(0, kStartMs + 100 * kHour)->size(), 0);
    }

    void rowsAreAppendOnlyButTextCanBeErased()
    {
        QVERIFY(m_compliance->setStatus(QStringLiteral("gdpr"), QStringLiteral("Art.30"), ControlStatus::Implemented,
                                        kJustification, user("olivia")).ok());
        QSqlDatabase conn = m_ws->database()->connection();
        QVERIFY(!Sql::exec(conn, QStringLiteral("UPDATE compliance_control_status SET status = 'verified'")).ok());
        QVERIFY(!Sql::exec(conn, QStringLiteral("DELETE FROM compliance_control_status")).ok());
        QVERIFY(Sql::exec(conn, QStringLiteral("UPDATE compliance_control_status SET justification = ''")).ok());
        QCOMPARE(name(control(QStringLiteral("gdpr"), QStringLiteral("Art.30")).effective), QStringLiteral("implemented"));
    }

    void gapsAndCoverage()
    {
        Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        auto report = m_compliance->gaps(QStringLiteral("iso27001"));
        QVERIFY(report.ok());
        QCOMPARE(report->total, 93);
        int met = 0;
        for (const ControlAssessment &a : *m_compliance->assess(QStringLiteral("iso27001")))
            met += ControlStatuses::isMet(a.effective) ? 1 : 0;
        QCOMPARE(report->met, met);
        QVERIFY(met > 0 && met < 93);
        QCOMPARE(report->gaps.size(), 93 - met); // here every unmet control is a gap and every met one has evidence
        QCOMPARE(report->toJson().value(QStringLiteral("coverage_percent")).toDouble(), std::round(1000.0 * met / 93) / 10);
        int groups = 0;
        for (const GroupCoverage &g : report->groups)
            groups += g.total;
        QCOMPARE(groups, 93);
        QCOMPARE(report->groups.size(), 4);

        // 6.1 (screening) has no primitive: not implemented and no evidence, until an officer attests.
        const auto gapOf = [](const GapReport &r, const QString &id) {
            for (const ComplianceGap &g : r.gaps) {
                if (g.controlId == id)
                    return g.reasons;
            }
            return QStringList();
        };
        QCOMPARE(gapOf(*report, QStringLiteral("6.1")), QStringList({QStringLiteral("not_implemented"), QStringLiteral("no_evidence")}));
        QVERIFY(m_compliance->setStatus(QStringLiteral("iso27001"), QStringLiteral("6.1"), ControlStatus::Implemented,
                                        QStringLiteral("HR screens every hire; see HR-POL-7."), user("olivia")).ok());
        auto after = m_compliance->gaps(QStringLiteral("iso27001"));
        QCOMPARE(after->met, met + 1);
        QVERIFY(gapOf(*after, QStringLiteral("6.1")).isEmpty());
        QCOMPARE(after->byStatus.value(QStringLiteral("implemented")), report->byStatus.value(QStringLiteral("implemented")) + 1);
    }

    void soc2MapIsGeneratedFromRecords()
    {
        Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        QVERIFY(m_compliance->setStatus(QStringLiteral("soc2"), QStringLiteral("CC1.2"), ControlStatus::Implemented,
                                        kJustification, user("olivia")).ok());
        auto md = Soc2EvidenceMap::generateMarkdown(*m_compliance);
        QVERIFY(md.ok());
        for (const char *needle : {"# SOC 2 evidence map", "### CC6.1 - ", "### PI1.1 - ", "### P8.1 - ",
                                   "## Audit evidence repository", "derived from live evidence",
                                   "set by user:olivia", "Board minutes of 2026-10-02", "`decision_log` (implemented)"})
            QVERIFY2(md->contains(QLatin1String(needle)), needle);
        QVERIFY(!md->contains(QLatin1String("CC8.2"))); // not a TSC point, even though the old document had it
    }

    void snapshotCoversEveryFramework()
    {
        QVERIFY(m_compliance->setStatus(QStringLiteral("hipaa"), QStringLiteral("164.310(b)"), ControlStatus::Implemented,
                                        QStringLiteral("Workstation use policy WS-2 is signed by all staff."), user("olivia")).ok());
        auto snapshot = ComplianceSnapshot::build(*m_ws, kStartMs - kHour, kStartMs + kHour);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().message));
        QCOMPARE(snapshot->value(QStringLiteral("frameworks")).toArray().size(), 9);
        QCOMPARE(snapshot->value(QStringLiteral("primitives")).toArray().size(), 8);
        const QJsonArray changes = snapshot->value(QStringLiteral("status_changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("control")).toString(), QStringLiteral("164.310(b)"));
        QVERIFY(snapshot->value(QStringLiteral("oversight")).toObject().contains(QStringLiteral("sla")));
        auto later = ComplianceSnapshot::build(*m_ws, kStartMs + kHour, kStartMs + 2 * kHour);
        QCOMPARE(later->value(QStringLiteral("status_changes")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestComplianceService)
#include "TestComplianceService.moc"
