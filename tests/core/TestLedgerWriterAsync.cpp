#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace Lexecon;

namespace {

std::shared_ptr<LedgerAppend> plain(int n)
{
    return std::make_shared<LedgerAppend>(
        LedgerAppend{QStringLiteral("decision"), QStringLiteral("apikey:bot"), {{QStringLiteral("n"), n}}, {}});
}

// Collects completions from any thread; wait() returns once `expected` have arrived.
class Completions
{
public:
    LedgerWriter::AppendDone sink(int id)
    {
        return [this, id](Result<LedgerEntry> &&result) {
            std::lock_guard lock(m_mutex);
            m_results.emplace_back(id, std::move(result));
            m_threads.insert(std::this_thread::get_id());
            m_arrived.notify_all();
        };
    }

    bool wait(size_t expected)
    {
        std::unique_lock lock(m_mutex);
        return m_arrived.wait_for(lock, std::chrono::seconds(30), [&] { return m_results.size() >= expected; });
    }

    std::vector<std::pair<int, Result<LedgerEntry>>> results()
    {
        std::lock_guard lock(m_mutex);
        return m_results;
    }

    std::set<std::thread::id> threads()
    {
        std::lock_guard lock(m_mutex);
        return m_threads;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::vector<std::pair<int, Result<LedgerEntry>>> m_results;
    std::set<std::thread::id> m_threads;
};

} // namespace

// LedgerWriter::appendAsync: the same group commit as append(), with the answer handed to a
// completion instead of a waiting thread.
class TestLedgerWriterAsync : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    MockClock m_clock;
    std::unique_ptr<LedgerWriter> m_writer;

    QString path() const { return m_dir->filePath(QStringLiteral("a.db")); }

    void checkVerifies(qint64 expectedSize)
    {
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->entries, expectedSize);
    }

private Q_SLOTS:
    void init()
    {
        m_writer.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(path());
        QVERIFY(db.ok());
        m_db = *db;
        m_writer = std::make_unique<LedgerWriter>(m_db, m_clock);
        QVERIFY(m_writer->ensureGenesis({}).ok());
    }

    void cleanup()
    {
        m_writer.reset();
        m_db.reset();
    }

    // Appends from several threads, mixed with waiting appends: every completion runs once, after
    // its entry is readable from another connection, on the writer thread; indexes are distinct.
    void completionsFollowTheCommitExactlyOnce()
    {
        Completions done;
        std::mutex seenMutex;
        std::vector<qint64> visibleAtCompletion;
        constexpr int threadsCount = 4, perThread = 50;
        std::vector<std::thread> threads;
        std::atomic<int> waitedOk{0};
        // Opened here: Database::open checks migrations under the write lock, which a completion
        // must not wait for (the writer may hold it for the next batch).
        auto other = Database::open(path());
        QVERIFY(other.ok());
        for (int t = 0; t < threadsCount; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < perThread; ++i) {
                    const int id = t * perThread + i;
                    m_writer->appendAsync(plain(id), [&, id, sink = done.sink(id)](Result<LedgerEntry> &&r) {
                        if (r && id % 50 == 0) {
                            // Committed: another connection (another Database) reads it already.
                            auto size = LedgerStore(other.value()).size();
                            std::lock_guard lock(seenMutex);
                            visibleAtCompletion.push_back(size ? *size - 1 - r->index : -1);
                        }
                        sink(std::move(r));
                    });
                    if (i % 10 == 0 && m_writer->append(*plain(-id)).ok())
                        ++waitedOk;
                }
            });
        }
        for (auto &th : threads)
            th.join();
        QVERIFY(done.wait(threadsCount * perThread));
        const auto results = done.results();
        QCOMPARE(results.size(), size_t(threadsCount * perThread));
        std::set<int> ids;
        std::set<qint64> indexes;
        LedgerStore store(m_db);
        for (const auto &[id, r] : results) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QVERIFY(ids.insert(id).second);
            QVERIFY(indexes.insert(r->index).second);
            QCOMPARE(store.entry(r->index)->entryHash, r->entryHash);
            QCOMPARE(store.entry(r->index)->payload.value(QStringLiteral("n")).toInt(), id);
        }
        QCOMPARE(visibleAtCompletion.size(), size_t(threadsCount));
        for (qint64 behind : visibleAtCompletion)
            QVERIFY(behind >= 0);
        QVERIFY(done.threads().size() <= 2); // the sync thread's, or the writer's when it syncs itself
        QVERIFY(!done.threads().count(std::this_thread::get_id()));
        QCOMPARE(waitedOk.load(), threadsCount * perThread / 10);
        checkVerifies(1 + threadsCount * perThread + threadsCount * perThread / 10);
    }

    // The writer keeps the request alive: the caller's copy is gone before the writer runs
    // alsoWrite, which still writes what it captured.
    void theRequestLivesUntilItsCompletion()
    {
        Completions done;
        {
            auto request = plain(7);
            const QString key = QStringLiteral("captured");
            request->alsoWriteMayRefuse = false;
            request->alsoWrite = [key](QSqlDatabase &conn, const LedgerEntry &e) {
                return Sql::execOne(conn,
                                    QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) "
                                                   "VALUES (?, ?, ?, ?)"),
                                    {key, QString::number(e.index), e.timestamp, e.actor});
            };
            m_writer->appendAsync(std::move(request), done.sink(1));
        }
        QVERIFY(done.wait(1));
        const auto results = done.results();
        QVERIFY(results.front().second.ok());
        QSqlDatabase conn = m_db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT value FROM settings WHERE key = 'captured'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toLongLong(), results.front().second->index);
    }

    // What a request holds is freed by the next appendAsync caller, not by the writer thread
    // (whose time every commit waits for).
    void answeredRequestsAreFreedByTheNextCaller()
    {
        struct Witness
        {
            explicit Witness(std::atomic<std::thread::id> *where) : freedOn(where) {}
            Witness(const Witness &) = delete;
            ~Witness() { freedOn->store(std::this_thread::get_id()); }
            std::atomic<std::thread::id> *freedOn;
        };
        std::atomic<std::thread::id> freedOn{};
        Completions done;
        std::thread::id writerThread;
        {
            auto request = plain(1);
            auto witness = std::make_shared<Witness>(&freedOn);
            request->check = [witness](QSqlDatabase &) -> Result<void> { return {}; };
            m_writer->appendAsync(std::move(request), [&, sink = done.sink(1)](Result<LedgerEntry> &&r) {
                writerThread = std::this_thread::get_id();
                sink(std::move(r));
            });
        }
        QVERIFY(done.wait(1));
        QVERIFY(done.results().front().second.ok());
        QThread::msleep(20); // the writer has long finished answering
        QCOMPARE(freedOn.load(), std::thread::id()); // still held, not freed by the writer
        m_writer->appendAsync(plain(2), done.sink(2));
        QCOMPARE(freedOn.load(), std::this_thread::get_id());
        QVERIFY(writerThread != std::this_thread::get_id());
        QVERIFY(done.wait(2));
        checkVerifies(3);
    }

    // A refusal of check reaches the completion as an error; the others of the batch commit.
    void aRefusedRequestHearsWhy()
    {
        Completions done;
        auto refused = plain(1);
        refused->check = [](QSqlDatabase &) -> Result<void> { return Error::conflict(QStringLiteral("not this one")); };
        m_writer->appendAsync(plain(0), done.sink(0));
        m_writer->appendAsync(refused, done.sink(1));
        m_writer->appendAsync(plain(2), done.sink(2));
        QVERIFY(done.wait(3));
        for (const auto &[id, r] : done.results()) {
            QCOMPARE(r.ok(), id != 1);
            if (id == 1)
                QCOMPARE(r.error().message, QStringLiteral("not this one"));
        }
        checkVerifies(3);
    }

    // Refusals that need no writer are answered on the calling thread before appendAsync returns.
    void refusalsAtOnceRunOnTheCaller()
    {
        Completions done;
        m_writer->appendAsync(std::make_shared<LedgerAppend>(
                                  LedgerAppend{QStringLiteral("genesis"), QStringLiteral("system"), {}, {}}),
                              done.sink(1));
        m_writer->appendAsync(std::make_shared<LedgerAppend>(LedgerAppend{{}, QStringLiteral("system"), {}, {}}),
                              done.sink(2));
        m_writer->appendAsync(nullptr, done.sink(3));
        QCOMPARE(done.results().size(), size_t(3)); // no wait: already there
        m_writer->shutdown();
        m_writer->appendAsync(plain(4), done.sink(4));
        const auto results = done.results();
        QCOMPARE(results.size(), size_t(4));
        for (const auto &[id, r] : results)
            QVERIFY(!r.ok());
        QVERIFY(results.back().second.error().message.contains(QLatin1String("shut down")));
        QCOMPARE(done.threads(), (std::set<std::thread::id>{std::this_thread::get_id()}));
        checkVerifies(1);
    }

    // A completion may append again (a fail-closed record after a failure): it joins the next batch.
    void aCompletionMayAppendAgain()
    {
        Completions done;
        m_writer->appendAsync(plain(1), [&, sink = done.sink(1)](Result<LedgerEntry> &&r) {
            const bool ok = r.ok();
            sink(std::move(r));
            if (ok)
                m_writer->appendAsync(plain(2), done.sink(2));
        });
        QVERIFY(done.wait(2));
        const auto results = done.results();
        QVERIFY(results[0].second.ok() && results[1].second.ok());
        QCOMPARE(results[1].second->index, results[0].second->index + 1);
        checkVerifies(3);
    }

    // appendAsync from inside an alsoWrite (on the writer thread, in the open transaction) does
    // not deadlock, as a waiting append there would: the request joins the writer's queue.
    void anAlsoWriteMayAppendAsynchronously()
    {
        Completions done;
        auto outer = plain(1);
        outer->alsoWriteMayRefuse = false;
        outer->alsoWrite = [&](QSqlDatabase &, const LedgerEntry &) -> Result<void> {
            m_writer->appendAsync(plain(2), done.sink(2));
            return {};
        };
        m_writer->appendAsync(outer, done.sink(1));
        QVERIFY(done.wait(2));
        const auto results = done.results();
        QCOMPARE(results.size(), size_t(2));
        qint64 outerIndex = -1, innerIndex = -1;
        for (const auto &[id, r] : results) {
            QVERIFY(r.ok());
            (id == 1 ? outerIndex : innerIndex) = r->index;
        }
        QCOMPARE(innerIndex, outerIndex + 1);
        checkVerifies(3);
    }

    // shutdown() answers what was queued before it: no completion is lost.
    void shutdownAnswersEveryQueuedRequest()
    {
        Completions done;
        constexpr int count = 300;
        for (int i = 0; i < count; ++i)
            m_writer->appendAsync(plain(i), done.sink(i));
        m_writer->shutdown();
        const auto results = done.results(); // shutdown() joined the writer: all are in
        QCOMPARE(results.size(), size_t(count));
        for (const auto &[id, r] : results)
            QVERIFY(r.ok());
        checkVerifies(1 + count);
    }

    void appendedIsEmittedForAsyncAppends()
    {
        Completions done;
        std::mutex mutex;
        QList<qint64> seen;
        connect(m_writer.get(), &LedgerWriter::appended, this,
                [&](qint64 index, const QString &) {
                    std::lock_guard lock(mutex);
                    seen << index;
                },
                Qt::DirectConnection);
        m_writer->appendAsync(plain(1), done.sink(1));
        m_writer->appendAsync(plain(2), done.sink(2));
        QVERIFY(done.wait(2));
        m_writer->shutdown();
        std::lock_guard lock(mutex);
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, (QList<qint64>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestLedgerWriterAsync)
#include "TestLedgerWriterAsync.moc"
