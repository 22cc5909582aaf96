#include "storage/Database.h"
#include "storage/DeferredWalSync.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>

using namespace Lexecon;

namespace {

bool commitRows(QSqlDatabase &conn, int rows)
{
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    for (int i = 0; i < rows; ++i) {
        if (!q.exec(QStringLiteral("INSERT INTO blobs (body) VALUES (randomblob(3000))")))
            return false;
    }
    return q.exec(QStringLiteral("COMMIT"));
}

// Counts the syncs DeferredWalSync::sync() makes, and makes them fail with `failWith` if set.
struct SyncSpy
{
    std::atomic<int> calls{0};
    int failWith = 0;

    SyncSpy()
    {
        DeferredWalSync::setSyncForTesting([this](int) {
            ++calls;
            return failWith;
        });
    }
    ~SyncSpy() { DeferredWalSync::setSyncForTesting({}); }
};

} // namespace

// What the ledger writer's pipelined commit rests on: inside a Scope, the writer connection's
// VFS leaves exactly a commit's sync of the log owed, and never one SQLite's crash safety needs
// at once (a new log header, the log's first sync, frames before a checkpoint copies them).
class TestDeferredWalSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    // Runs fn on a thread of its own with the writer's connection (the coalescing VFS).
    template<typename Fn>
    void onWriterThread(Fn fn)
    {
        std::thread writer([&] {
            QSqlDatabase conn = m_db->writerConnection();
            fn(conn);
        });
        writer.join();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("d%1.db").arg(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = *db;
        QSqlDatabase plain = m_db->connection();
        QVERIFY(Sql::exec(plain, QStringLiteral("CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB)")).ok());
    }

    void cleanup() { m_db.reset(); }

    void aCommitInsideAScopeLeavesItsSyncOwed()
    {
        SyncSpy spy;
        onWriterThread([&](QSqlDatabase &conn) {
            QVERIFY(commitRows(conn, 1)); // this connection's first sync of the log: done at once
            QVERIFY(!DeferredWalSync::takeOwed());
            const auto before = DeferredWalSync::counters();
            std::shared_ptr<DeferredWalSync> owed;
            {
                DeferredWalSync::Scope deferring;
                QVERIFY(commitRows(conn, 3));
                owed = DeferredWalSync::takeOwed();
            }
            QVERIFY(owed);
            QVERIFY(!DeferredWalSync::takeOwed()); // taken once
            const auto after = DeferredWalSync::counters();
            QCOMPARE(after.deferred - before.deferred, 1);
            QCOMPARE(after.immediate - before.immediate, 0);
            QCOMPARE(spy.calls.load(), 0);
            QVERIFY(owed->sync().ok());
            QCOMPARE(spy.calls.load(), 1);

            // Outside a Scope the commit syncs itself, as before.
            QVERIFY(commitRows(conn, 1));
            QVERIFY(!DeferredWalSync::takeOwed());
            QCOMPARE(DeferredWalSync::counters().immediate - after.immediate, 1);
        });
        // The deferred commit is there for every other connection.
        QSqlDatabase reader = m_db->connection();
        auto q = Sql::exec(reader, QStringLiteral("SELECT count(*) FROM blobs"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 5);
    }

    void theFirstSyncOfALogIsNeverDeferred()
    {
        onWriterThread([&](QSqlDatabase &conn) {
            const auto before = DeferredWalSync::counters();
            {
                DeferredWalSync::Scope deferring;
                QVERIFY(commitRows(conn, 1));
                // The first sync of a new log also makes its directory entry durable.
                QVERIFY(!DeferredWalSync::takeOwed());
            }
            QCOMPARE(DeferredWalSync::counters().deferred - before.deferred, 0);
        });
    }

    // After a checkpoint emptied the log, the next commit writes a new header over the old log.
    // SQLite syncs that header before any frame goes after it; that sync stays immediate, the
    // commit's own is deferred.
    void aNewLogHeaderIsSyncedAtOnce()
    {
        onWriterThread([&](QSqlDatabase &conn) {
            QVERIFY(commitRows(conn, 2));
            QSqlQuery q(conn);
            QVERIFY2(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toInt(), 0); // not busy: the log is empty now
            q.finish();
            const auto before = DeferredWalSync::counters();
            {
                DeferredWalSync::Scope deferring;
                QVERIFY(commitRows(conn, 2));
                QVERIFY(DeferredWalSync::takeOwed());
            }
            const auto after = DeferredWalSync::counters();
            QCOMPARE(after.immediate - before.immediate, 1); // the header
            QCOMPARE(after.deferred - before.deferred, 1);   // the commit
        });
    }

    // A checkpoint copies frames into the database; a sync still owed for them is made first,
    // whoever owes it, so no page reaches the database before its frames are durable.
    void aCheckpointSettlesWhatIsOwed()
    {
        SyncSpy spy;
        onWriterThread([&](QSqlDatabase &conn) {
            QVERIFY(commitRows(conn, 1));
            {
                DeferredWalSync::Scope deferring;
                QVERIFY(commitRows(conn, 3));
            }
            // Not taken: the owner has not synced it yet when the checkpoint runs.
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next());
            QVERIFY(q.value(2).toInt() > 0); // pages were copied
            q.finish();
            QCOMPARE(spy.calls.load(), 1);
            QVERIFY(!DeferredWalSync::takeOwed()); // settled: nothing left for the owner
        });
    }

    void aFailedSyncSaysWhichLogAndWhy()
    {
        SyncSpy spy;
        spy.failWith = EIO;
        onWriterThread([&](QSqlDatabase &conn) {
            QVERIFY(commitRows(conn, 1));
            std::shared_ptr<DeferredWalSync> owed;
            {
                DeferredWalSync::Scope deferring;
                QVERIFY(commitRows(conn, 1));
                owed = DeferredWalSync::takeOwed();
            }
            QVERIFY(owed);
            auto synced = owed->sync();
            QVERIFY(!synced.ok());
            QVERIFY2(synced.error().message.contains(QStringLiteral("-wal")), qPrintable(synced.error().message));
            QVERIFY2(synced.error().message.contains(QString::fromLocal8Bit(std::strerror(EIO))),
                     qPrintable(synced.error().message));

            // A checkpoint cannot settle it either: it fails rather than copy unconfirmed frames.
            {
                DeferredWalSync::Scope deferring;
                QVERIFY(commitRows(conn, 1));
            }
            QSqlQuery q(conn);
            const bool checkpointed = q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next()
                                      && q.value(0).toInt() == 0 && q.value(2).toInt() > 0;
            QVERIFY(!checkpointed);
            q.finish();
            QVERIFY(DeferredWalSync::takeOwed()); // still owed
        });
    }
};

QTEST_GUILESS_MAIN(TestDeferredWalSync)
#include "TestDeferredWalSync.moc"
