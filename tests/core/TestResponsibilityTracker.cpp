#include "common/Ulid.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "responsibility/ResponsibilityTracker.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

class TestResponsibilityTracker : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<ResponsibilityTracker> m_tracker;

    // Records the way a service does: inside its own ledger append.
    Result<ResponsibilityRecord> recordInAppend(const ResponsibilityRecord &r)
    {
        std::optional<ResponsibilityRecord> stored;
        auto entry = m_fx.ledger->append({QStringLiteral("test_act"),
                                          QStringLiteral("system"),
                                          {},
                                          [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
                                              ResponsibilityRecord withIndex = r;
                                              withIndex.ledgerIndex = e.index;
                                              auto written = m_tracker->record(conn, withIndex);
                                              if (!written)
                                                  return written.error();
                                              stored = *written;
                                              return {};
                                          }});
        if (!entry)
            return entry.error();
        return *stored;
    }

    ResponsibilityRecord valid()
    {
        ResponsibilityRecord r;
        r.decisionId = Ulid::make(QStringLiteral("dec_"), m_fx.clock);
        r.decisionMaker = QStringLiteral("user:alice");
        r.makerType = DecisionMakerType::HumanSupervisor;
        r.level = ResponsibilityLevel::Supervised;
        r.reasoning = QStringLiteral("Reviewed the request and the risk factors.");
        r.confidence = 80;
        r.liabilityAccepted = true;
        return r;
    }

    qint64 rowCount() { return m_fx.rowCount(QStringLiteral("responsibility_records")); }

private Q_SLOTS:
    void init()
    {
        m_fx.clock.setMs(1795341600000); // 2026-11-22T10:00:00Z
        m_tracker.reset();
        auto opened = m_fx.open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_tracker = std::make_unique<ResponsibilityTracker>(m_fx.db, m_fx.clock);
    }

    void namesRoundTrip()
    {
        QCOMPARE(Responsibility::makerTypes().size(), 6);
        for (DecisionMakerType t : Responsibility::makerTypes())
            QCOMPARE(Responsibility::makerTypeFromName(Responsibility::makerTypeName(t)), t);
        QCOMPARE(Responsibility::makerTypeName(DecisionMakerType::EmergencyOverride),
                 QStringLiteral("emergency_override"));
        QCOMPARE(Responsibility::levels().size(), 4);
        for (ResponsibilityLevel l : Responsibility::levels())
            QCOMPARE(Responsibility::levelFromName(Responsibility::levelName(l)), l);
        QVERIFY(!Responsibility::levelFromName(QStringLiteral("partial")).has_value());
    }

    void recordsTheChainInOrder()
    {
        ResponsibilityRecord ai = valid();
        ai.decisionMaker = QStringLiteral("apikey:bot");
        ai.makerType = DecisionMakerType::AiSystem;
        ai.level = ResponsibilityLevel::Automated;
        ai.liabilityAccepted = false;
        const QString decision = ai.decisionId;
        auto first = recordInAppend(ai);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(Ulid::isValid(first->recordId, QStringLiteral("rsp_")));
        QCOMPARE(first->createdAt, QStringLiteral("2026-11-22T10:00:00.000Z"));

        m_fx.clock.advanceMinutes(5);
        ResponsibilityRecord supervisor = valid();
        supervisor.decisionId = decision;
        supervisor.escalationId = Ulid::make(QStringLiteral("esc_"), m_fx.clock);
        QVERIFY(recordInAppend(supervisor).ok());

        m_fx.clock.advanceMinutes(5);
        ResponsibilityRecord delegated = valid();
        delegated.decisionId = decision;
        delegated.makerType = DecisionMakerType::Delegated;
        delegated.level = ResponsibilityLevel::Shared;
        delegated.delegatedFrom = QStringLiteral("user:carol");
        delegated.overrideId = Ulid::make(QStringLiteral("ovr_"), m_fx.clock);
        delegated.confidence = 0;
        QVERIFY(recordInAppend(delegated).ok());

        QVERIFY(recordInAppend(valid()).ok()); // another decision

        auto chain = m_tracker->forDecision(decision);
        QVERIFY(chain.ok());
        QCOMPARE(chain->size(), 3);
        QCOMPARE(chain->at(0).makerType, DecisionMakerType::AiSystem);
        QCOMPARE(chain->at(0).liabilityAccepted, false);
        QCOMPARE(chain->at(0).ledgerIndex, 1);
        QCOMPARE(chain->at(1).makerType, DecisionMakerType::HumanSupervisor);
        QCOMPARE(chain->at(1).escalationId, supervisor.escalationId);
        QCOMPARE(chain->at(1).confidence, 80);
        QCOMPARE(chain->at(1).liabilityAccepted, true);
        QCOMPARE(chain->at(2).makerType, DecisionMakerType::Delegated);
        QCOMPARE(chain->at(2).level, ResponsibilityLevel::Shared);
        QCOMPARE(chain->at(2).delegatedFrom, QStringLiteral("user:carol"));
        QCOMPARE(chain->at(2).overrideId, delegated.overrideId);
        QCOMPARE(chain->at(2).confidence, 0);
        QCOMPARE(chain->at(2).createdAt, QStringLiteral("2026-11-22T10:10:00.000Z"));
        QCOMPARE(m_tracker->get(chain->at(2).recordId)->reasoning, delegated.reasoning);
        QCOMPARE(m_tracker->get(QStringLiteral("rsp_x")).error().code, Error::Code::NotFound);
        QCOMPARE(chain->at(0).toJson().value(QStringLiteral("maker_type")).toString(), QStringLiteral("ai_system"));

        auto report = LedgerVerifier(m_fx.db).verify();
        QVERIFY(report.ok() && report->ok);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty reasoning") << "reasoning="
                                         << "reasoning";
        QTest::newRow("whitespace reasoning") << "reasoning=   "
                                              << "reasoning";
        QTest::newRow("confidence -1") << "confidence=-1"
                                       << "confidence";
        QTest::newRow("confidence 101") << "confidence=101"
                                        << "confidence";
        QTest::newRow("no decision maker") << "maker="
                                           << "decision_maker";
        QTest::newRow("no decision id") << "decision="
                                        << "decision_id";
        QTest::newRow("decision id of another kind") << "decision=esc"
                                                     << "decision_id";
        QTest::newRow("bad escalation id") << "escalation=42"
                                           << "escalation_id";
        QTest::newRow("bad override id") << "override=dec"
                                         << "override_id";
        QTest::newRow("delegated without delegator") << "delegated"
                                                     << "delegated_from";
        QTest::newRow("maker type out of range") << "makertype=99"
                                                 << "maker_type";
        QTest::newRow("level out of range") << "level=99"
                                            << "responsibility_level";
    }
    void validation()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        ResponsibilityRecord r = valid();
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const QString value = change.section(QLatin1Char('='), 1);
        if (key == QLatin1String("reasoning"))
            r.reasoning = value;
        else if (key == QLatin1String("confidence"))
            r.confidence = value.toInt();
        else if (key == QLatin1String("maker"))
            r.decisionMaker = value;
        else if (key == QLatin1String("decision"))
            r.decisionId = value.isEmpty() ? QString() : Ulid::make(value + QLatin1Char('_'), m_fx.clock);
        else if (key == QLatin1String("escalation"))
            r.escalationId = value;
        else if (key == QLatin1String("override"))
            r.overrideId = Ulid::make(value + QLatin1Char('_'), m_fx.clock);
        else if (key == QLatin1String("delegated"))
            r.makerType = DecisionMakerType::Delegated;
        else if (key == QLatin1String("makertype"))
            r.makerType = static_cast<DecisionMakerType>(value.toInt());
        else if (key == QLatin1String("level"))
            r.level = static_cast<ResponsibilityLevel>(value.toInt());
        QVERIFY(!ResponsibilityTracker::validate(r).ok());
        auto stored = recordInAppend(r);
        QVERIFY(!stored.ok());
        QCOMPARE(stored.error().code, Error::Code::InvalidInput);
        QCOMPARE(stored.error().field, field);
        // The failed record rolled back the caller's whole transaction.
        QCOMPARE(rowCount(), 0);
        QCOMPARE(*LedgerStore(m_fx.db).size(), 1);
    }

    void confidenceBoundsAreAccepted_data()
    {
        QTest::addColumn<int>("confidence");
        QTest::newRow("0") << 0;
        QTest::newRow("100") << 100;
    }
    void confidenceBoundsAreAccepted()
    {
        QFETCH(int, confidence);
        ResponsibilityRecord r = valid();
        r.confidence = confidence;
        auto stored = recordInAppend(r);
        QVERIFY(stored.ok());
        QCOMPARE(m_tracker->get(stored->recordId)->confidence, confidence);
    }

    void tableIsAppendOnly_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << "UPDATE responsibility_records SET reasoning = 'rewritten'";
        QTest::newRow("delete") << "DELETE FROM responsibility_records";
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
        QCOMPARE(m_tracker->get(stored->recordId)->reasoning, stored->reasoning);
    }
};

QTEST_GUILESS_MAIN(TestResponsibilityTracker)
#include "TestResponsibilityTracker.moc"
