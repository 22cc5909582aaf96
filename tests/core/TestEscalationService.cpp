#include "crypto/Sha256.h"
#include "escalation/EscalationService.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "risk/RiskLevel.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Lexecon;

namespace {
constexpr qint64 kHour = 3600 * 1000;
const QString kReason = QStringLiteral("Checked the data sharing agreement; it covers this use.");
} // namespace

class TestEscalationService : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<EscalationService> m_service;
    const Principal m_alice = Principal::user(QStringLiteral("alice"), Role::ComplianceOfficer);
    const Principal m_bob = Principal::user(QStringLiteral("bob"), Role::ComplianceOfficer);
    const Principal m_admin = Principal::user(QStringLiteral("root"), Role::Admin);
    const Principal m_viewer = Principal::user(QStringLiteral("val"), Role::Viewer);

    // Stored the way the decision service does it: inside the decision's own ledger append.
    Escalation create(const QString &priority = QStringLiteral("high"),
                      const QString &decisionId = QStringLiteral("dec_test"))
    {
        const Escalation e = m_service->prepare(decisionId, priority, QStringLiteral("bot wants to export PII"),
                                                QStringLiteral("actor:bot"), QStringLiteral("action:export"), 70);
        auto entry = m_fx.ledger->append(
            {QStringLiteral("decision"),
             QStringLiteral("apikey:bot"),
             {{QStringLiteral("decision_id"), decisionId}},
             [&](QSqlDatabase &conn, const LedgerEntry &) { return m_service->storeNew(conn, e); }});
        if (!entry)
            qWarning() << entry.error().message;
        return e;
    }

    void verifyLedger()
    {
        auto report = LedgerVerifier(m_fx.db).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
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

    void prepareSetsTheDeadlineByPriority_data()
    {
        QTest::addColumn<QString>("priority");
        QTest::addColumn<qint64>("hours");
        QTest::newRow("critical") << QStringLiteral("critical") << qint64(2);
        QTest::newRow("high") << QStringLiteral("high") << qint64(8);
        QTest::newRow("medium") << QStringLiteral("medium") << qint64(24);
        QTest::newRow("low") << QStringLiteral("low") << qint64(72);
    }
    void prepareSetsTheDeadlineByPriority()
    {
        QFETCH(QString, priority);
        QFETCH(qint64, hours);
        const Escalation e = create(priority);
        QVERIFY(e.escalationId.startsWith(QLatin1String("esc_")));
        auto stored = m_service->get(e.escalationId);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(stored->status, QStringLiteral("pending"));
        QCOMPARE(stored->tier, 1);
        QCOMPARE(stored->createdAtMs, m_fx.clock.nowMs());
        QCOMPARE(stored->slaDeadlineMs, m_fx.clock.nowMs() + hours * kHour);
        QCOMPARE(stored->decisionId, QStringLiteral("dec_test"));
        QCOMPARE(stored->riskScore, 70);
    }

    void storeNewRefusesAnUnknownPriority()
    {
        const Escalation e = m_service->prepare(QStringLiteral("dec_x"), QStringLiteral("urgent"), {}, {}, {}, 0);
        QSqlDatabase conn = m_fx.db->connection();
        auto r = m_service->storeNew(conn, e);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("priority"));
    }

    void claimIsHeldByOneReviewer()
    {
        const Escalation e = create();
        const qint64 before = m_fx.ledgerSize();
        auto first = m_service->claim(e.escalationId, m_alice);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->status, QStringLiteral("in_review"));
        QCOMPARE(first->claimedBy, QStringLiteral("user:alice"));
        QCOMPARE(m_fx.ledgerSize(), before + 1);
        QCOMPARE(LedgerStore(m_fx.db).entry(before)->type, QStringLiteral("escalation_claimed"));

        auto second = m_service->claim(e.escalationId, m_bob);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Conflict);
        QVERIFY2(second.error().message.contains(QLatin1String("user:alice")), qPrintable(second.error().message));

        QVERIFY(m_service->claim(e.escalationId, m_alice).ok()); // already hers: no new entry
        QCOMPARE(m_fx.ledgerSize(), before + 1);
        QCOMPARE(m_service->get(e.escalationId)->claimedBy, QStringLiteral("user:alice"));
    }

    // Two reviewers race for the same escalation from two threads, each on its own connection:
    // first through one shared service, then as two desks with their own Database, ledger writer
    // and service (so only SQLite's write lock orders them). Exactly one wins every time.
    void claimRaceBetweenThreads()
    {
        // Kept alive to the end: Database keys connections by thread, and a new round's threads
        // may reuse an old thread's handle.
        std::vector<std::shared_ptr<Database>> dbs;
        std::vector<std::unique_ptr<LedgerWriter>> writers;
        std::vector<std::unique_ptr<EscalationService>> services;
        for (int round = 0; round < 5; ++round) {
            const Escalation e = create();
            for (int i = 0; i < 2; ++i) {
                dbs.push_back(Database::open(m_fx.db->path()).value());
                writers.push_back(std::make_unique<LedgerWriter>(dbs.back(), m_fx.clock));
                services.push_back(std::make_unique<EscalationService>(dbs.back(), *writers.back(), m_fx.clock));
            }
            QSemaphore ready;
            QSemaphore go;
            Result<Escalation> results[2] = {Error::internal(QStringLiteral("not run")),
                                             Error::internal(QStringLiteral("not run"))};
            const Principal who[2] = {m_alice, m_bob};
            QThread *threads[2];
            for (int i = 0; i < 2; ++i) {
                // Round 0 shares one service between the threads (the HTTP pool's case); the others are two desks.
                EscalationService *service = round == 0 ? m_service.get() : services.at(services.size() - 2 + i).get();
                Database *db = round == 0 ? m_fx.db.get() : dbs.at(dbs.size() - 2 + i).get();
                threads[i] = QThread::create([&, i, service, db] {
                    db->connection(); // open this thread's connection before the start line
                    ready.release();
                    go.acquire();
                    results[i] = service->claim(e.escalationId, who[i]);
                });
                threads[i]->start();
            }
            ready.acquire(2);
            go.release(2);
            for (QThread *t : threads) {
                QVERIFY(t->wait(30000));
                delete t;
            }
            QVERIFY2(results[0].ok() != results[1].ok(),
                     qPrintable(results[0].ok() ? QStringLiteral("both won") : results[0].error().message));
            const int loser = results[0].ok() ? 1 : 0;
            QCOMPARE(results[loser].error().code, Error::Code::Conflict);
            const QString winner = who[1 - loser].ledgerActor();
            QVERIFY2(results[loser].error().message.contains(winner), qPrintable(results[loser].error().message));
            QCOMPARE(m_service->get(e.escalationId)->claimedBy, winner);
        }
        // One claim entry per round, and the chain still verifies.
        QSqlDatabase conn = m_fx.db->connection();
        auto claims =
            Sql::exec(conn, QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE type = 'escalation_claimed'"));
        QVERIFY(claims.ok() && claims->next());
        QCOMPARE(claims->value(0).toInt(), 5);
        verifyLedger();
    }

    void releaseReturnsItToTheQueue()
    {
        const Escalation e = create();
        QVERIFY(m_service->claim(e.escalationId, m_alice).ok());
        auto byBob = m_service->release(e.escalationId, m_bob);
        QVERIFY(!byBob.ok());
        QCOMPARE(byBob.error().code, Error::Code::Conflict);
        auto released = m_service->release(e.escalationId, m_alice);
        QVERIFY2(released.ok(), qPrintable(released.error().message));
        QCOMPARE(released->status, QStringLiteral("pending"));
        QVERIFY(released->claimedBy.isEmpty());
        QVERIFY(m_service->claim(e.escalationId, m_bob).ok());
        // An admin frees an escalation a reviewer left behind.
        QVERIFY(m_service->release(e.escalationId, m_admin).ok());
        QVERIFY(!m_service->release(e.escalationId, m_admin).ok()); // nothing left to release
        QVERIFY(!m_service->release(e.escalationId, m_viewer).ok());
    }

    void resolveEachOutcome_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("open");
        QTest::newRow("approved") << QStringLiteral("approved") << QStringLiteral("resolved") << false;
        QTest::newRow("denied") << QStringLiteral("denied") << QStringLiteral("resolved") << false;
        QTest::newRow("deferred") << QStringLiteral("deferred") << QStringLiteral("deferred") << true;
        QTest::newRow("escalated_up") << QStringLiteral("escalated_up") << QStringLiteral("resolved") << false;
    }
    void resolveEachOutcome()
    {
        QFETCH(QString, outcome);
        QFETCH(QString, status);
        QFETCH(bool, open);
        const Escalation e = create();
        QVERIFY(m_service->claim(e.escalationId, m_alice).ok());
        QSignalSpy changed(m_service.get(), &EscalationService::escalationChanged);
        const qint64 before = m_fx.ledgerSize();
        m_fx.clock.advanceMinutes(30);
        auto r =
            m_service->resolve(e.escalationId, outcome, QStringLiteral("  ") + kReason + QStringLiteral("\n"), m_alice);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->status, status);
        QCOMPARE(r->outcome, outcome);
        QCOMPARE(r->isOpen(), open);
        QCOMPARE(r->reason, kReason); // trimmed
        QCOMPARE(m_fx.ledgerSize(), before + 1);
        const LedgerEntry entry = LedgerStore(m_fx.db).entry(before).value();
        QCOMPARE(entry.type, QStringLiteral("escalation_resolved"));
        QCOMPARE(entry.actor, QStringLiteral("user:alice"));
        QCOMPARE(entry.payload.value(QStringLiteral("outcome")).toString(), outcome);
        const QString commitment = entry.payload.value(QStringLiteral("reason_commitment")).toString();
        QCOMPARE(commitment.size(), 64);
        QVERIFY(commitment != Sha256::hex(kReason.toUtf8())); // salted
        QVERIFY(!entry.canonical.contains("data sharing agreement")); // free text stays out of the ledger
        const Escalation stored = m_service->get(e.escalationId).value();
        QCOMPARE(stored.status, status);
        QCOMPARE(stored.reason, kReason);
        if (open) {
            QVERIFY(stored.claimedBy.isEmpty()); // deferred hands it back to the queue
            QCOMPARE(stored.resolvedAtMs, 0);
        } else {
            QCOMPARE(stored.resolvedBy, QStringLiteral("user:alice"));
            QCOMPARE(stored.resolvedAtMs, m_fx.clock.nowMs());
        }
        QCOMPARE(changed.count(), outcome == QLatin1String("escalated_up") ? 2 : 1);
        verifyLedger();
    }

    void resolvingUnclaimedClaimsItImplicitly()
    {
        const Escalation e = create();
        auto r = m_service->resolve(e.escalationId, QStringLiteral("approved"), kReason, m_alice);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->claimedBy, QStringLiteral("user:alice"));
        QCOMPARE(r->resolvedBy, QStringLiteral("user:alice"));
    }

    void escalatedUpOpensALinkedHigherEscalation_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("hours");
        QTest::newRow("low") << QStringLiteral("low") << QStringLiteral("medium") << qint64(24);
        QTest::newRow("medium") << QStringLiteral("medium") << QStringLiteral("high") << qint64(8);
        QTest::newRow("high") << QStringLiteral("high") << QStringLiteral("critical") << qint64(2);
        QTest::newRow("critical stays critical")
            << QStringLiteral("critical") << QStringLiteral("critical") << qint64(2);
    }
    void escalatedUpOpensALinkedHigherEscalation()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, hours);
        const Escalation e = create(from);
        m_fx.clock.advanceMinutes(45);
        const qint64 before = m_fx.ledgerSize();
        auto parent = m_service->resolve(e.escalationId, QStringLiteral("escalated_up"), kReason, m_alice);
        QVERIFY2(parent.ok(), qPrintable(parent.error().message));
        QCOMPARE(m_fx.ledgerSize(), before + 1); // parent and child in one entry
        QVERIFY(!parent->childEscalationId.isEmpty());
        auto child = m_service->get(parent->childEscalationId);
        QVERIFY(child.ok());
        QCOMPARE(child->priority, to);
        QCOMPARE(child->tier, 2);
        QCOMPARE(child->status, QStringLiteral("pending"));
        QCOMPARE(child->parentEscalationId, e.escalationId);
        QCOMPARE(child->decisionId, e.decisionId);
        QCOMPARE(child->slaDeadlineMs, m_fx.clock.nowMs() + hours * kHour);
        const QJsonObject payloadChild =
            LedgerStore(m_fx.db).entry(before)->payload.value(QStringLiteral("child")).toObject();
        QCOMPARE(payloadChild.value(QStringLiteral("escalation_id")).toString(), child->escalationId);
        QCOMPARE(payloadChild.value(QStringLiteral("tier")).toInt(), 2);

        // The chain goes on: tier 3 from tier 2, all found by decision.
        auto grandchild = m_service->resolve(child->escalationId, QStringLiteral("escalated_up"), kReason, m_bob);
        QVERIFY(grandchild.ok());
        const QList<Escalation> all = m_service->forDecision(e.decisionId).value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(2).tier, 3);
        QCOMPARE(all.at(2).parentEscalationId, child->escalationId);
        QCOMPARE(all.at(1).childEscalationId, all.at(2).escalationId);
        QVERIFY(RiskLevel::rank(all.at(2).priority) >= RiskLevel::rank(all.at(1).priority));
        verifyLedger();
    }

    void deferredReopensForAnotherReviewer()
    {
        const Escalation e = create();
        QVERIFY(m_service->claim(e.escalationId, m_alice).ok());
        QVERIFY(m_service->resolve(e.escalationId, QStringLiteral("deferred"), kReason, m_alice).ok());
        auto open = m_service->list({{QStringLiteral("deferred")}, {}, {}, 0, 0});
        QCOMPARE(open->size(), 1);
        auto claimed = m_service->claim(e.escalationId, m_bob);
        QVERIFY2(claimed.ok(), qPrintable(claimed.error().message));
        QCOMPARE(claimed->status, QStringLiteral("in_review"));
        QVERIFY(m_service->release(e.escalationId, m_bob).ok());
        QCOMPARE(m_service->get(e.escalationId)->status, QStringLiteral("deferred")); // released back to deferred
        auto approved = m_service->resolve(e.escalationId, QStringLiteral("approved"), kReason, m_bob);
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        QCOMPARE(approved->status, QStringLiteral("resolved"));
        QCOMPARE(approved->resolvedBy, QStringLiteral("user:bob"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        const int invalid = int(Error::Code::InvalidInput);
        const int conflict = int(Error::Code::Conflict);
        QTest::newRow("viewer") << QStringLiteral("viewer") << QString() << QStringLiteral("approved") << kReason
                                << int(Error::Code::Forbidden) << QStringLiteral("resolve_escalation");
        QTest::newRow("empty reason") << QStringLiteral("alice") << QString() << QStringLiteral("approved") << QString()
                                      << invalid << QStringLiteral("reason");
        QTest::newRow("blank reason") << QStringLiteral("alice") << QString() << QStringLiteral("approved")
                                      << QStringLiteral("   \t  ") << invalid << QStringLiteral("at least 10");
        QTest::newRow("short reason") << QStringLiteral("alice") << QString() << QStringLiteral("denied")
                                      << QStringLiteral("no") << invalid << QStringLiteral("at least 10");
        QTest::newRow("unknown outcome") << QStringLiteral("alice") << QString() << QStringLiteral("maybe") << kReason
                                         << invalid << QStringLiteral("approved, denied");
        QTest::newRow("unknown id") << QStringLiteral("alice") << QStringLiteral("esc_01JDNOSUCHESCALATION0000")
                                    << QStringLiteral("approved") << kReason << int(Error::Code::NotFound)
                                    << QStringLiteral("esc_01JDNOSUCHESCALATION0000");
        QTest::newRow("already resolved") << QStringLiteral("resolved") << QString() << QStringLiteral("denied")
                                          << kReason << conflict << QStringLiteral("already resolved");
        QTest::newRow("claimed by someone else") << QStringLiteral("bob") << QString() << QStringLiteral("approved")
                                                 << kReason << conflict << QStringLiteral("claimed by user:alice");
    }
    void refusals()
    {
        QFETCH(QString, who);
        QFETCH(QString, id);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        QFETCH(int, code);
        QFETCH(QString, words);
        const Escalation e = create();
        QVERIFY(m_service->claim(e.escalationId, m_alice).ok());
        Principal by = who == QLatin1String("viewer") ? m_viewer : who == QLatin1String("bob") ? m_bob : m_alice;
        if (who == QLatin1String("resolved"))
            QVERIFY(m_service->resolve(e.escalationId, QStringLiteral("approved"), kReason, m_alice).ok());
        const qint64 before = m_fx.ledgerSize();
        auto r = m_service->resolve(id.isEmpty() ? e.escalationId : id, outcome, reason, by);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(words) || r.error().field == words, qPrintable(r.error().message));
        QCOMPARE(m_fx.ledgerSize(), before);
        if (who != QLatin1String("resolved"))
            QCOMPARE(m_service->get(e.escalationId)->status, QStringLiteral("in_review"));
    }

    void claimRefusals()
    {
        const Escalation e = create();
        QCOMPARE(m_service->claim(e.escalationId, m_viewer).error().code, Error::Code::Forbidden);
        QCOMPARE(m_service->claim(QStringLiteral("esc_nope"), m_alice).error().code, Error::Code::NotFound);
        QCOMPARE(m_service->claim(e.escalationId, Principal::system()).error().code, Error::Code::Forbidden);
        QVERIFY(m_service->resolve(e.escalationId, QStringLiteral("denied"), kReason, m_alice).ok());
        auto late = m_service->claim(e.escalationId, m_bob);
        QCOMPARE(late.error().code, Error::Code::Conflict);
        QVERIFY(late.error().message.contains(QLatin1String("already resolved")));
    }

    void failingHookRollsEverythingBack()
    {
        const Escalation e = create();
        QVERIFY(m_service->claim(e.escalationId, m_alice).ok());
        const qint64 before = m_fx.ledgerSize();
        m_service->setResolutionHook([](QSqlDatabase &conn, const Escalation &resolved, const LedgerEntry &,
                                        const Principal &) {
            // Writes something first, so the rollback has work to undo.
            if (auto w =
                    Sql::exec(conn, QStringLiteral("UPDATE escalations SET summary = 'hooked' WHERE escalation_id = ?"),
                              {resolved.escalationId});
                !w)
                return Result<void>(w.error());
            return Result<void>(Error::internal(QStringLiteral("responsibility record failed")));
        });
        auto r = m_service->resolve(e.escalationId, QStringLiteral("escalated_up"), kReason, m_alice);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("responsibility record failed"));
        QCOMPARE(m_fx.ledgerSize(), before);
        const Escalation after = m_service->get(e.escalationId).value();
        QCOMPARE(after.status, QStringLiteral("in_review"));
        QVERIFY(after.childEscalationId.isEmpty());
        QVERIFY(after.summary != QLatin1String("hooked"));
        QCOMPARE(m_service->forDecision(e.decisionId)->size(), 1); // no child either
    }

    void hookSeesTheResolutionAndItsEntry()
    {
        const Escalation e = create();
        Escalation seen;
        LedgerEntry seenEntry;
        QString seenBy;
        m_service->setResolutionHook([&](QSqlDatabase &, const Escalation &resolved, const LedgerEntry &entry,
                                         const Principal &by) -> Result<void> {
            seen = resolved;
            seenEntry = entry;
            seenBy = by.ledgerActor();
            return {};
        });
        const qint64 before = m_fx.ledgerSize();
        auto r = m_service->resolve(e.escalationId, QStringLiteral("approved"), kReason, m_alice);
        QVERIFY(r.ok());
        QCOMPARE(seen.status, QStringLiteral("resolved"));
        QCOMPARE(seen.outcome, QStringLiteral("approved"));
        QCOMPARE(seenEntry.index, before);
        QCOMPARE(seenEntry.type, QStringLiteral("escalation_resolved"));
        QCOMPARE(seenBy, QStringLiteral("user:alice"));
    }

    void listOrdersByPriorityThenDeadline()
    {
        const Escalation low = create(QStringLiteral("low"));
        m_fx.clock.advanceMinutes(1);
        const Escalation high1 = create(QStringLiteral("high"));
        const Escalation critical = create(QStringLiteral("critical"));
        m_fx.clock.advanceMinutes(1);
        const Escalation high2 = create(QStringLiteral("high"));
        const Escalation done = create(QStringLiteral("critical"));
        QVERIFY(m_service->resolve(done.escalationId, QStringLiteral("denied"), kReason, m_alice).ok());
        QVERIFY(m_service->claim(high2.escalationId, m_bob).ok());

        auto open = m_service->list({Escalation::openStatuses(), {}, {}, 0, 0});
        QVERIFY(open.ok());
        QStringList ids;
        for (const Escalation &e : *open)
            ids << e.escalationId;
        QCOMPARE(ids, QStringList({critical.escalationId, high1.escalationId, high2.escalationId, low.escalationId}));
        QCOMPARE(m_service->list({})->size(), 5);
        QCOMPARE(m_service->list({{}, QStringLiteral("high"), {}, 0, 0})->size(), 2);
        QCOMPARE(m_service->list({{}, {}, QStringLiteral("user:bob"), 0, 0})->first().escalationId, high2.escalationId);
        auto page = m_service->list({Escalation::openStatuses(), {}, {}, 2, 1});
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().escalationId, high1.escalationId);
    }

    void countsForTheStatusBar()
    {
        create(QStringLiteral("critical")); // deadline +2 h
        create(QStringLiteral("high"));     // +8 h
        create(QStringLiteral("low"));      // +72 h
        QCOMPARE(m_service->counts()->open, 3);
        QCOMPARE(m_service->counts()->warning, 0);
        m_fx.clock.advanceHours(1); // critical enters its warning hour
        QCOMPARE(m_service->counts()->warning, 1);
        QCOMPARE(m_service->counts()->breached, 0);
        m_fx.clock.advanceHours(6); // critical past, high warning
        auto c = m_service->counts();
        QCOMPARE(c->open, 3);
        QCOMPARE(c->warning, 1);
        QCOMPARE(c->breached, 1);
        const Escalation high = m_service->list({{}, QStringLiteral("high"), {}, 0, 0})->first();
        QCOMPARE(m_service->slaStateOf(high), SlaState::Warning);
        QCOMPARE(m_service->timeLeftMs(high), kHour);
    }
};

QTEST_GUILESS_MAIN(TestEscalationService)
#include "TestEscalationService.moc"
