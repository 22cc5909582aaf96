#include "common/Ulid.h"
#include "intervention/InterventionLog.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

class TestInterventionLog : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<InterventionLog> m_log;

    Result<Intervention> recordInAppend(const Intervention &i)
    {
        std::optional<Intervention> stored;
        auto entry = m_fx.ledger->append({QStringLiteral("test_act"),
                                          QStringLiteral("system"),
                                          {},
                                          [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
                                              Intervention withIndex = i;
                                              withIndex.ledgerIndex = e.index;
                                              auto written = m_log->record(conn, withIndex);
                                              if (!written)
                                                  return written.error();
                                              stored = *written;
                                              return {};
                                          }});
        if (!entry)
            return entry.error();
        return *stored;
    }

    Intervention valid()
    {
        Intervention i;
        i.type = InterventionType::Approval;
        i.decisionId = Ulid::make(QStringLiteral("dec_"), m_fx.clock);
        i.escalationId = Ulid::make(QStringLiteral("esc_"), m_fx.clock);
        i.reviewer = QStringLiteral("user:olivia");
        i.oversightRole = OversightRole::ComplianceOfficer;
        i.aiRecommendation = QStringLiteral("escalated");
        i.humanDecision = QStringLiteral("approved");
        i.reason = QStringLiteral("The data request is covered by the contract.");
        i.responseTimeMs = 90000;
        return i;
    }

    qint64 rowCount() { return m_fx.rowCount(QStringLiteral("interventions")); }

private Q_SLOTS:
    void init()
    {
        m_fx.clock.setMs(1795341600000); // 2026-11-22T10:00:00Z
        m_log.reset();
        auto opened = m_fx.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_log = std::make_unique<InterventionLog>(m_fx.db, m_fx.clock);
    }

    void namesRoundTrip()
    {
        QCOMPARE(Interventions::types().size(), 6);
        for (InterventionType t : Interventions::types())
            QCOMPARE(Interventions::typeFromName(Interventions::typeName(t)), t);
        QCOMPARE(Interventions::roles().size(), 6);
        for (OversightRole r : Interventions::roles())
            QCOMPARE(Interventions::roleFromName(Interventions::roleName(r)), r);
        QCOMPARE(Interventions::typeName(InterventionType::EmergencyStop), QStringLiteral("emergency_stop"));
        QCOMPARE(Interventions::roleName(OversightRole::SocAnalyst), QStringLiteral("soc_analyst"));
        QCOMPARE(Interventions::roleFor(Role::Admin), OversightRole::Executive);
        QCOMPARE(Interventions::roleFor(Role::ComplianceOfficer), OversightRole::ComplianceOfficer);
    }

    void recordsAndReadsBack()
    {
        Intervention first = valid();
        auto stored = recordInAppend(first);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QVERIFY(Ulid::isValid(stored->interventionId, QStringLiteral("itv_")));
        QCOMPARE(stored->createdAt, QStringLiteral("2026-11-22T10:00:00.000Z"));

        m_fx.clock.advanceMinutes(1);
        Intervention second = valid();
        second.decisionId = first.decisionId;
        second.type = InterventionType::EmergencyStop;
        second.oversightRole = OversightRole::SecurityLead;
        second.escalationId.clear();
        second.responseTimeMs.reset();
        second.humanDecision = QStringLiteral("stopped");
        QVERIFY(recordInAppend(second).ok());
        QVERIFY(recordInAppend(valid()).ok());

        auto forDecision = m_log->forDecision(first.decisionId);
        QVERIFY(forDecision.ok());
        QCOMPARE(forDecision->size(), 2);
        const Intervention &a = forDecision->at(0);
        QCOMPARE(a.type, InterventionType::Approval);
        QCOMPARE(a.escalationId, first.escalationId);
        QCOMPARE(a.reviewer, QStringLiteral("user:olivia"));
        QCOMPARE(a.aiRecommendation, QStringLiteral("escalated"));
        QCOMPARE(a.humanDecision, QStringLiteral("approved"));
        QCOMPARE(a.responseTimeMs, std::optional<qint64>(90000));
        QCOMPARE(a.ledgerIndex, 1);
        const Intervention &b = forDecision->at(1);
        QCOMPARE(b.type, InterventionType::EmergencyStop);
        QCOMPARE(b.oversightRole, OversightRole::SecurityLead);
        QVERIFY(b.escalationId.isEmpty());
        QVERIFY(!b.responseTimeMs.has_value());
        QVERIFY(b.toJson().value(QStringLiteral("response_time_ms")).isNull());
        QCOMPARE(m_log->get(a.interventionId)->reason, first.reason);
        QCOMPARE(m_log->get(QStringLiteral("itv_none")).error().code, Error::Code::NotFound);
        QVERIFY(LedgerVerifier(m_fx.db).verify()->ok);
    }

    void listsByTimeRange()
    {
        const qint64 t0 = m_fx.clock.nowMs();
        for (int i = 0; i < 5; ++i) {
            QVERIFY(recordInAppend(valid()).ok());
            m_fx.clock.advanceHours(1);
        }
        QCOMPARE(m_log->list(t0, t0 + 5 * 3600000)->size(), 5);
        QCOMPARE(m_log->list(t0 + 3600000, t0 + 3 * 3600000)->size(), 2); // to is exclusive
        QCOMPARE(m_log->list(t0 - 1000, t0)->size(), 0);
        QCOMPARE(m_log->list(t0, t0 + 5 * 3600000, 2, 4)->size(), 1);
        auto page = m_log->list(t0, t0 + 5 * 3600000, 2, 1);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).createdAt, QStringLiteral("2026-11-22T11:00:00.000Z"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no reason") << "reason"
                                   << "reason";
        QTest::newRow("whitespace reason") << "reason_ws"
                                           << "reason";
        QTest::newRow("no reviewer") << "reviewer"
                                     << "reviewer";
        QTest::newRow("no ai recommendation") << "ai"
                                              << "ai_recommendation";
        QTest::newRow("no human decision") << "human"
                                           << "human_decision";
        QTest::newRow("negative response time") << "response"
                                                << "response_time_ms";
        QTest::newRow("no decision id") << "decision"
                                        << "decision_id";
        QTest::newRow("escalation id of another kind") << "escalation"
                                                       << "escalation_id";
        QTest::newRow("type out of range") << "type"
                                           << "type";
        QTest::newRow("role out of range") << "role"
                                           << "oversight_role";
        QTest::newRow("bad created_at") << "created"
                                        << "created_at";
    }
    void validation()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        Intervention i = valid();
        if (change == QLatin1String("reason"))
            i.reason.clear();
        else if (change == QLatin1String("reason_ws"))
            i.reason = QStringLiteral(" \t ");
        else if (change == QLatin1String("reviewer"))
            i.reviewer.clear();
        else if (change == QLatin1String("ai"))
            i.aiRecommendation.clear();
        else if (change == QLatin1String("human"))
            i.humanDecision.clear();
        else if (change == QLatin1String("response"))
            i.responseTimeMs = -1;
        else if (change == QLatin1String("decision"))
            i.decisionId.clear();
        else if (change == QLatin1String("escalation"))
            i.escalationId = Ulid::make(QStringLiteral("dec_"), m_fx.clock);
        else if (change == QLatin1String("type"))
            i.type = static_cast<InterventionType>(42);
        else if (change == QLatin1String("role"))
            i.oversightRole = static_cast<OversightRole>(42);
        else if (change == QLatin1String("created"))
            i.createdAt = QStringLiteral("yesterday");
        auto stored = recordInAppend(i);
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, Error::Code::InvalidInput);
        QCOMPARE(stored.error().field, field);
        QCOMPARE(rowCount(), 0);
        QCOMPARE(*LedgerStore(m_fx.db).size(), 1);
    }

    void tableIsAppendOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << "UPDATE interventions SET human_decision = 'denied'";
        QTest::newRow("delete") << "DELETE FROM interventions";
    }
    void tableIsAppendOnly()
    {
        QFETCH(QString, sql);
        auto stored = recordInAppend(valid());
        QVERIFY(stored.ok());
        QSqlDatabase conn = m_fx.db->connection();
        auto r = Sql::exec(conn, sql);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("append-only")));
        QCOMPARE(m_log->get(stored->interventionId)->humanDecision, QStringLiteral("approved"));
    }
};

QTEST_GUILESS_MAIN(TestInterventionLog)
#include "TestInterventionLog.moc"
