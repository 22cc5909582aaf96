#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "storage/DeferredWalSync.h"
#include "support/HeldSync.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <future>
#include <semaphore>
#include <thread>
#include <vector>

using namespace Lexecon;

namespace {

LedgerAppend plain(int n)
{
    return {QStringLiteral("decision"), QStringLiteral("apikey:bot"), {{QStringLiteral("n"), n}}, {}};
}

} // namespace

// The writer's commit pipeline: COMMIT leaves the log's sync to the sync thread, which answers a
// batch's callers only after that sync; a failed sync fails them and stops the writer.
class TestLedgerWriterSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    MockClock m_clock;
    std::unique_ptr<LedgerWriter> m_writer;

    void verifies(qint64 entries)
    {
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->entries, entries);
    }

private Q_SLOTS:
    void init()
    {
        m_writer.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        m_db = *db;
        m_writer = std::make_unique<LedgerWriter>(m_db, m_clock);
        QVERIFY(m_writer->ensureGenesis({}).ok()); // the connection's first sync: at once
    }

    void cleanup()
    {
        DeferredWalSync::setSyncForTesting({});
        m_writer.reset();
        m_db.reset();
    }

    // While the disk has not confirmed a batch, none of its callers is answered, and the
    // requests that come meanwhile wait for a sync of their own.
    void anAnswerWaitsForTheSyncOfItsEntry()
    {
        std::atomic<int> answered{0};
        std::vector<std::future<bool>> appends;
        Test::HeldSync held; // after appends: it lets go before they are waited for
        appends.push_back(std::async(std::launch::async, [&] {
            const bool ok = m_writer->append(plain(1)).ok();
            ++answered;
            return ok;
        }));
        QVERIFY(held.waitUntilHeld()); // entry 1 is committed, its sync held
        for (int i = 0; i < 5; ++i) {
            appends.push_back(std::async(std::launch::async, [&, i] {
                const bool ok = m_writer->append(plain(10 + i)).ok();
                ++answered;
                return ok;
            }));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        QCOMPARE(answered.load(), 0);
        QCOMPARE(held.syncs(), 1);
        held.release();
        for (auto &append : appends)
            QVERIFY(append.get());
        QCOMPARE(answered.load(), 6);
        QVERIFY(held.syncs() >= 2); // the later requests had a sync of their own
        const LedgerWriterStats stats = m_writer->stats();
        QCOMPARE(stats.committed, 7);
        QCOMPARE(stats.synchronous, QStringLiteral("FULL"));
        verifies(7);
    }

    // A commit is readable before its sync; awaitSynced() returns only once the disk has it.
    void awaitSyncedWaitsForCommitsOthersCanRead()
    {
        QVERIFY(m_writer->awaitSynced().ok()); // nothing pending
        std::atomic<bool> synced{false};
        std::future<bool> append, waiter;
        Test::HeldSync held; // after the futures: it lets go before they are waited for
        append = std::async(std::launch::async, [&] { return m_writer->append(plain(1)).ok(); });
        QVERIFY(held.waitUntilHeld());
        auto other = Database::open(m_dir->filePath(QStringLiteral("s.db")));
        QVERIFY(other.ok());
        QCOMPARE(LedgerStore(other.value()).size().value(), 2); // genesis and the held entry
        waiter = std::async(std::launch::async, [&] {
            const bool ok = m_writer->awaitSynced().ok();
            synced = true;
            return ok;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        QVERIFY(!synced.load());
        held.release();
        QVERIFY(waiter.get());
        QVERIFY(append.get());

        // After a failed sync it reports the failure instead of waiting.
        DeferredWalSync::setSyncForTesting([](int) { return EIO; });
        QVERIFY(!m_writer->append(plain(2)).ok());
        auto failed = m_writer->awaitSynced();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QStringLiteral("takes no more appends")), qPrintable(failed.error().message));
    }

    void aFailedSyncFailsItsCallersAndStopsTheWriter()
    {
        QVERIFY(m_writer->append(plain(1)).ok());
        DeferredWalSync::setSyncForTesting([](int) { return EIO; });
        auto failed = m_writer->append(plain(2));
        QVERIFY(!failed.ok());
        const QString why = failed.error().message;
        QVERIFY2(why.contains(QStringLiteral("takes no more appends")), qPrintable(why));
        QVERIFY2(why.contains(QString::fromLocal8Bit(std::strerror(EIO))), qPrintable(why));

        // Everything after is refused at once, waiting or not, with the same reason.
        auto refused = m_writer->append(plain(3));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, why);
        std::promise<QString> asyncWhy;
        m_writer->appendAsync(std::make_shared<const LedgerAppend>(plain(4)), [&](Result<LedgerEntry> &&r) {
            asyncWhy.set_value(r ? QString() : r.error().message);
        });
        QCOMPARE(asyncWhy.get_future().get(), why);
        QCOMPARE(m_writer->stats().failed, 1); // entry 2; 3 and 4 never reached the writer

        // Reopened on a working disk, the ledger verifies and takes appends again. Entry 2 was
        // committed before its sync failed; the disk kept it here, so it is there.
        DeferredWalSync::setSyncForTesting({});
        m_writer = std::make_unique<LedgerWriter>(m_db, m_clock);
        QVERIFY(m_writer->append(plain(5)).ok());
        verifies(4);
    }

    // A completion runs on the sync thread: waiting there for another append would never end.
    void waitingInsideACompletionFailsInsteadOfDeadlocking()
    {
        std::promise<QString> inner;
        m_writer->appendAsync(std::make_shared<const LedgerAppend>(plain(1)), [&](Result<LedgerEntry> &&r) {
            if (!r)
                return inner.set_value(QStringLiteral("outer failed: ") + r.error().message);
            auto nested = m_writer->append(plain(2));
            inner.set_value(nested ? QString() : nested.error().message);
        });
        auto future = inner.get_future();
        QVERIFY(future.wait_for(std::chrono::seconds(10)) == std::future_status::ready);
        const QString why = future.get();
        QVERIFY2(why.contains(QStringLiteral("append asynchronously")), qPrintable(why));
        verifies(2);
    }
};

QTEST_GUILESS_MAIN(TestLedgerWriterSync)
#include "TestLedgerWriterSync.moc"
