#include "auth/UserService.h"
#include "decision/DecisionRequest.h"
#include "decision/DecisionService.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "mock/MockClock.h"
#include "policy/PolicyService.h"
#include "responsibility/ResponsibilityTracker.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "token/TokenStore.h"
#include "support/HeldSync.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace Lexecon;

namespace {

QJsonObject term(const char *id, const char *type, int privacy = 0)
{
    QJsonObject t{{QStringLiteral("id"), QString::fromLatin1(id)}, {QStringLiteral("type"), QString::fromLatin1(type)}};
    if (privacy)
        t.insert(QStringLiteral("metadata"),
                 QJsonObject{{QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), privacy}}}});
    return t;
}

QJsonObject relation(const char *type, const char *source, const char *target)
{
    return {{QStringLiteral("type"), QString::fromLatin1(type)},
            {QStringLiteral("source"), QString::fromLatin1(source)},
            {QStringLiteral("target"), QString::fromLatin1(target)}};
}

// The bot may read, may not delete; "paranoid" escalates medium risk (reading pii data).
QByteArray policyJson()
{
    const QJsonObject policy{
        {QStringLiteral("name"), QStringLiteral("async")},
        {QStringLiteral("mode"), QStringLiteral("paranoid")},
        {QStringLiteral("terms"), QJsonArray{term("bot", "actor"), term("read", "action"), term("delete", "action"),
                                             term("pii", "data_class", 45)}},
        {QStringLiteral("relations"), QJsonArray{relation("permits", "actor:bot", "action:read"),
                                                 relation("forbids", "actor:bot", "action:delete")}}};
    return QJsonDocument(policy).toJson();
}

QJsonObject request(const char *actor, const char *action, const char *requestId = nullptr)
{
    QJsonObject body{{QStringLiteral("actor"), QString::fromLatin1(actor)},
                     {QStringLiteral("action"), QString::fromLatin1(action)}};
    if (requestId)
        body.insert(QStringLiteral("request_id"), QString::fromLatin1(requestId));
    return body;
}

// One asynchronous decision's answer, and how often done ran.
struct Answer
{
    std::mutex mutex;
    std::condition_variable cv;
    std::optional<Result<DecisionRecord>> result;
    std::atomic<int> calls{0};
    bool onCallerThread = false;

    bool wait(int ms = 20000)
    {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, std::chrono::milliseconds(ms), [this] { return result.has_value(); });
    }
};

} // namespace

class TestDecisionServiceAsync : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    MockClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    const Principal m_bot = Principal::apiKey(QStringLiteral("bot"), {Permission::Decide});

    qint64 ledgerSize() { return LedgerStore(m_ws->database()).size().value(); }
    qint64 count(const QString &sql, const QString &bind = {})
    {
        QSqlDatabase conn = m_ws->database()->connection();
        auto q = bind.isNull() ? Sql::exec(conn, sql) : Sql::exec(conn, sql, {bind});
        if (!q || !q->next())
            return -1;
        return q->value(0).toLongLong();
    }

    std::shared_ptr<Answer> start(const QJsonObject &body, const Principal &by, DecisionService *service = nullptr)
    {
        auto answer = std::make_shared<Answer>();
        auto parsed = DecisionRequest::fromJson(body);
        if (!parsed) {
            answer->result.emplace(parsed.error());
            return answer;
        }
        const std::thread::id caller = std::this_thread::get_id();
        (service ? *service : m_ws->decisions()).decideAsync(*parsed, by, [answer, caller](Result<DecisionRecord> &&r) {
            std::lock_guard lock(answer->mutex);
            ++answer->calls;
            answer->onCallerThread = std::this_thread::get_id() == caller;
            answer->result.emplace(std::move(r));
            answer->cv.notify_all();
        });
        return answer;
    }

    Result<DecisionRecord> decideAsync(const QJsonObject &body, const Principal &by)
    {
        auto answer = start(body, by);
        if (!answer->wait())
            return Error::internal(QStringLiteral("no answer"));
        return *answer->result;
    }

    void verifyLedger()
    {
        auto report = LedgerVerifier(m_ws->database()).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock.setMs(1795341600000);
        auto ws = Workspace::open(m_dir->path(), m_clock, true);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->policies().load(policyJson(), Principal::system()).ok());
    }

    void cleanup()
    {
        m_ws.reset();
        m_dir.reset();
    }

    void asyncEqualsSync_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("approved") << request("bot", "read") << QStringLiteral("approved");
        QTest::newRow("denied") << request("bot", "delete") << QStringLiteral("denied");
        QJsonObject pii = request("bot", "read");
        pii.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), 60}});
        QTest::newRow("escalated") << pii << QStringLiteral("escalated");
        QTest::newRow("default deny") << request("bot", "write") << QStringLiteral("denied");
    }

    // The same request decided both ways stores the same rows and the same kind of ledger entry;
    // only the ids, salts, tokens and ledger positions differ.
    void asyncEqualsSync()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, outcome);
        QSignalSpy decided(&m_ws->decisions(), &DecisionService::decided);
        auto sync = m_ws->decisions().decideJson(body, m_bot);
        QVERIFY(sync.ok());
        auto async = decideAsync(body, m_bot);
        QVERIFY2(async.ok(), qPrintable(async.error().message));
        QCOMPARE(async->outcome, outcome);
        QCOMPARE(sync->outcome, outcome);
        QCOMPARE(decided.count(), 2);
        QCOMPARE(async->ledgerIndex, sync->ledgerIndex + 1);
        QVERIFY(!async->entryHash.isEmpty());

        const auto normalized = [](DecisionRecord r) {
            QJsonObject o = r.toJson();
            for (const char *k : {"decision_id", "capability_token", "ledger", "escalation",
                                  "escalation_id", "request_commitment"})
                o.remove(QString::fromLatin1(k));
            return o;
        };
        QCOMPARE(normalized(*async), normalized(*sync));
        QCOMPARE(async->escalation.isEmpty(), outcome != QLatin1String("escalated"));
        QCOMPARE(async->capabilityToken.isEmpty(), outcome != QLatin1String("approved"));
        // What is stored is what was answered, for both.
        for (const DecisionRecord &r : {*sync, *async}) {
            auto stored = m_ws->decisions().get(r.decisionId);
            QVERIFY(stored.ok());
            DecisionRecord answered = r;
            answered.escalation = QJsonObject(); // the answer carries the escalation it opened
            QCOMPARE(stored->toJson(), answered.toJson());
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM evidence_artifacts WHERE decision_id = ?"), r.decisionId), 1);
            // The decision's own responsibility record, kept in its row, and nothing else yet.
            auto chain = m_ws->responsibility().forDecision(r.decisionId);
            QVERIFY2(chain.ok(), qPrintable(chain.error().message));
            QCOMPARE(chain->size(), 1);
            QCOMPARE(chain->first().recordId, ResponsibilityTracker::recordIdOf(r.decisionId));
            QCOMPARE(chain->first().ledgerIndex, r.ledgerIndex);
            QCOMPARE(chain->first().level, outcome == QLatin1String("escalated") ? ResponsibilityLevel::Supervised
                                                                                 : ResponsibilityLevel::Automated);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM responsibility_records WHERE decision_id = ?"), r.decisionId), 0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM escalations WHERE decision_id = ?"), r.decisionId),
                     outcome == QLatin1String("escalated") ? 1 : 0);
            // The approval's token, kept in the decision's row under the decision's own jti.
            const QStringList tokens = m_ws->tokens().tokensForDecision(r.decisionId).value();
            QCOMPARE(tokens, outcome == QLatin1String("approved") ? QStringList{TokenStore::jtiOf(r.decisionId)}
                                                                  : QStringList());
            QCOMPARE(r.tokenId, outcome == QLatin1String("approved") ? TokenStore::jtiOf(r.decisionId) : QString());
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tokens WHERE decision_id = ?"), r.decisionId), 0);
        }
        auto entries = LedgerStore(m_ws->database()).entries(sync->ledgerIndex, 2);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(1).type, entries->at(0).type);
        QCOMPARE(entries->at(1).actor, entries->at(0).actor);
        QCOMPARE(entries->at(1).payload.keys(), entries->at(0).payload.keys());
        verifyLedger();
    }

    void idempotentRetryAnswersTheFirstDecision()
    {
        auto first = decideAsync(request("bot", "read", "req-1"), m_bot);
        QVERIFY(first.ok());
        const qint64 size = ledgerSize();
        auto again = start(request("bot", "read", "req-1"), m_bot);
        QVERIFY2(again->wait(), "no answer within 20 s");
        QVERIFY(again->onCallerThread); // known before any append
        QCOMPARE((*again->result)->decisionId, first->decisionId);
        QCOMPARE((*again->result)->capabilityToken, first->capabilityToken);
        QCOMPARE(ledgerSize(), size);
        // A sync retry of an async decision, too.
        QCOMPARE(m_ws->decisions().decideJson(request("bot", "read", "req-1"), m_bot)->decisionId, first->decisionId);
    }

    // Other connections read a decision before the disk confirmed it. A retry that finds it there
    // waits for that sync: its answer promises the same as the first one's.
    void aRetryWaitsForTheFirstDecisionsSync()
    {
        QVERIFY(decideAsync(request("bot", "read", "warm"), m_bot).ok()); // the log's first sync
        Test::HeldSync held;
        auto first = start(request("bot", "read", "req-held"), m_bot);
        QVERIFY(held.waitUntilHeld());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM decisions WHERE request_id = ?"), QStringLiteral("req-held")), 1);
        std::shared_ptr<Answer> retry;
        std::atomic<bool> retried{false};
        std::thread retrying([&] {
            retry = start(request("bot", "read", "req-held"), m_bot);
            retried = true;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const bool answeredEarly = retried.load();
        held.release();
        retrying.join();
        QVERIFY(!answeredEarly);
        QVERIFY2(first->wait(), "no answer within 20 s");
        QVERIFY2(retry->wait(), "no answer within 20 s");
        QVERIFY2((*first->result).ok(), qPrintable((*first->result).error().message));
        QCOMPARE((*retry->result)->decisionId, (*first->result)->decisionId);
    }

    void racingRetriesShareOneDecision()
    {
        constexpr int twins = 8, others = 8;
        std::vector<std::shared_ptr<Answer>> answers;
        for (int i = 0; i < twins + others; ++i) {
            const QByteArray other = "req-other-" + QByteArray::number(i);
            answers.push_back(start(request("bot", "read", i < twins ? "req-race" : other.constData()), m_bot));
        }
        QSet<QString> twinIds, otherIds;
        for (int i = 0; i < twins + others; ++i) {
            QVERIFY2(answers[size_t(i)]->wait(), "no answer within 20 s");
            const auto &r = *answers[size_t(i)]->result;
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(r->outcome, QStringLiteral("approved"));
            (i < twins ? twinIds : otherIds).insert(r->decisionId);
        }
        QCOMPARE(twinIds.size(), 1);
        QCOMPARE(otherIds.size(), others);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM decisions")), qint64(1 + others));
        verifyLedger();
    }

    void recordingFailureDeniesNeverApproves()
    {
        QSqlDatabase conn = m_ws->database()->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON decisions WHEN NEW.token_iat IS NOT NULL "
                                               "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")).ok());
        auto r = decideAsync(request("bot", "read"), m_bot);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->outcome, QStringLiteral("denied"));
        QVERIFY(r->capabilityToken.isEmpty());
        QVERIFY(r->tokenId.isEmpty());
        QCOMPARE(r->reasons.first().toObject().value(QStringLiteral("effect")).toString(), QStringLiteral("error"));
        QVERIFY(r->ledgerIndex > 0);
        QCOMPARE(m_ws->decisions().get(r->decisionId)->outcome, QStringLiteral("denied"));
        verifyLedger();
    }

    void noActivePolicyDenies()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), m_clock, true);
        QVERIFY(ws.ok());
        auto answer = start(request("bot", "read"), m_bot, &(*ws)->decisions());
        QVERIFY2(answer->wait(), "no answer within 20 s");
        const auto &r = *answer->result;
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->outcome, QStringLiteral("denied"));
        QVERIFY2(!r->reasons.isEmpty(), "a denial without a reason");
        QCOMPARE(r->reasons.first().toObject().value(QStringLiteral("effect")).toString(), QStringLiteral("error"));
        QVERIFY2(r->ledgerIndex > 0, qPrintable(QStringLiteral("ledger index %1").arg(r->ledgerIndex)));
    }

    void unrecordableDenialIsStillADenial()
    {
        // The ledger takes nothing more: neither the approval nor its denial can be recorded, and
        // the answer is a denial marked unrecorded, given once, on the calling thread.
        m_ws->ledger().shutdown();
        auto answer = start(request("bot", "read"), m_bot);
        QVERIFY2(answer->wait(), "no answer within 20 s");
        QVERIFY(answer->onCallerThread);
        QCOMPARE(answer->calls.load(), 1);
        const auto &r = *answer->result;
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->outcome, QStringLiteral("denied"));
        QCOMPARE(r->ledgerIndex, qint64(-1));
        QVERIFY(r->capabilityToken.isEmpty());
    }

    void refusalsAnswerAtOnce_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<bool>("viewer");
        QTest::addColumn<int>("code");
        QTest::newRow("no permission") << request("bot", "read") << true << int(Error::Code::Forbidden);
        QJsonObject badRisk = request("bot", "read");
        badRisk.insert(QStringLiteral("risk"), QJsonObject{{QStringLiteral("privacy"), QStringLiteral("high")}});
        QTest::newRow("bad risk") << badRisk << false << int(Error::Code::InvalidInput);
    }

    void refusalsAnswerAtOnce()
    {
        QFETCH(QJsonObject, body);
        QFETCH(bool, viewer);
        QFETCH(int, code);
        const qint64 size = ledgerSize();
        const Principal by = viewer ? Principal::user(QStringLiteral("victor"), Role::Viewer) : m_bot;
        auto answer = start(body, by);
        QVERIFY2(answer->wait(), "no answer within 20 s");
        QVERIFY(answer->onCallerThread);
        QVERIFY(!answer->result->ok());
        QCOMPARE(int(answer->result->error().code), code);
        QCOMPARE(ledgerSize(), size);
    }

    // Many decisions in flight at once from several threads: each done runs exactly once, every
    // decision is recorded, and the ledger verifies.
    void manyConcurrentDecisionsEachAnsweredOnce()
    {
        constexpr int threads = 4, each = 100;
        std::vector<std::vector<std::shared_ptr<Answer>>> answers(threads);
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                for (int i = 0; i < each; ++i) {
                    const QByteArray id = QByteArray("t") + QByteArray::number(t) + '-' + QByteArray::number(i);
                    answers[size_t(t)].push_back(start(request("bot", i % 3 == 0 ? "delete" : "read", id.constData()), m_bot));
                }
            });
        }
        for (auto &th : pool)
            th.join();
        QSet<QString> ids;
        for (auto &list : answers) {
            for (auto &answer : list) {
                QVERIFY2(answer->wait(), "no answer within 20 s");
                QVERIFY2(answer->result->ok(), qPrintable(answer->result->error().message));
                QVERIFY((*answer->result)->ledgerIndex > 0);
                ids.insert((*answer->result)->decisionId);
            }
        }
        QCOMPARE(int(ids.size()), threads * each);
        QTest::qWait(50); // a second call would come from the writer thread right after the first
        for (auto &list : answers)
            for (auto &answer : list)
                QCOMPARE(answer->calls.load(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM decisions")), qint64(threads * each));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM decisions WHERE token_iat IS NOT NULL")),
                 qint64(threads * (each - (each + 2) / 3)));
        verifyLedger();
    }
};

QTEST_GUILESS_MAIN(TestDecisionServiceAsync)
#include "TestDecisionServiceAsync.moc"
