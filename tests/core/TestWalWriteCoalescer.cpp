#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WalWriteCoalescer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <thread>

using namespace Lexecon;

namespace {

// write() system calls this process has made so far (Linux /proc/self/io), or -1.
qint64 writeSyscalls()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("syscw:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

QString vfsOf(const QSqlDatabase &conn)
{
    sqlite3 *handle = Database::sqliteHandle(conn);
    char *name = nullptr;
    if (!handle || sqlite3_file_control(handle, "main", SQLITE_FCNTL_VFSNAME, &name) != SQLITE_OK || !name)
        return {};
    const QString text = QString::fromUtf8(name);
    sqlite3_free(name);
    return text;
}

// One transaction that writes about `pages` pages of 4 KiB: rows of 3,000 random bytes.
bool writePages(QSqlDatabase &conn, int pages, int tag)
{
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return false;
    }
    for (int i = 0; i < pages; ++i) {
        if (!q.exec(QStringLiteral("INSERT INTO blobs (tag, body) VALUES (%1, randomblob(3000))").arg(tag)))
            return false;
    }
    return q.exec(QStringLiteral("COMMIT"));
}

int countOnAnotherThread(const std::shared_ptr<Database> &db, const QString &sql)
{
    int count = -1;
    std::thread reader([&] {
        QSqlDatabase conn = db->connection();
        auto q = Sql::exec(conn, sql);
        if (q && q->next())
            count = q->value(0).toInt();
    });
    reader.join();
    return count;
}

} // namespace

class TestWalWriteCoalescer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A path SQLite's URI parser must receive percent-encoded.
        auto db = Database::open(m_dir.filePath(QStringLiteral("a dir #1 %20?/w.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = *db;
        QSqlDatabase plain = m_db->connection();
        QVERIFY(Sql::exec(plain, QStringLiteral("CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY, tag INTEGER, body BLOB)")).ok());
    }

    void cleanup()
    {
        m_db.reset();
    }

    void theWritersConnectionGoesThroughIt()
    {
        std::thread writer([&] {
            QSqlDatabase conn = m_db->writerConnection();
            m_seen = vfsOf(conn);
            QSqlQuery q(conn);
            m_synchronous = q.exec(QStringLiteral("PRAGMA synchronous")) && q.next() ? q.value(0).toInt() : -1;
        });
        writer.join();
        QCOMPARE(m_seen, QStringLiteral("%1/unix").arg(QLatin1String(WalWriteCoalescer::vfsName())));
        QCOMPARE(m_synchronous, 2); // FULL, as on every connection
        QCOMPARE(vfsOf(m_db->connection()), QStringLiteral("unix"));
    }

    void aCommitGoesOutInAFewWrites()
    {
        if (writeSyscalls() < 0)
            QSKIP("this system has no /proc/self/io write counter");
        qint64 plainWrites = 0, coalescedWrites = 0;
        std::thread plain([&] {
            QSqlDatabase conn = m_db->connection();
            QVERIFY(writePages(conn, 2, 0)); // warm up: the WAL exists, the table has pages
            const qint64 before = writeSyscalls();
            QVERIFY(writePages(conn, 90, 1));
            plainWrites = writeSyscalls() - before;
        });
        plain.join();
        std::thread writer([&] {
            QSqlDatabase conn = m_db->writerConnection();
            QVERIFY(writePages(conn, 2, 0));
            const qint64 before = writeSyscalls();
            QVERIFY(writePages(conn, 90, 2));
            coalescedWrites = writeSyscalls() - before;
        });
        writer.join();
        // SQLite writes a WAL frame's header and page separately: ~180 writes for 90 pages. In
        // pieces of 64 KiB the same frames take about 6.
        QVERIFY2(plainWrites >= 150, qPrintable(QString::number(plainWrites)));
        QVERIFY2(coalescedWrites <= 20, qPrintable(QString::number(coalescedWrites)));
        QCOMPARE(countOnAnotherThread(m_db, QStringLiteral("SELECT count(*) FROM blobs WHERE tag = 2")), 90);
    }

    // A checkpoint writes each page to the database on its own; new pages lie side by side and go
    // out together. The database still holds every row afterwards, read from the file alone.
    void aCheckpointGoesOutInAFewWrites()
    {
        if (writeSyscalls() < 0)
            QSKIP("this system has no /proc/self/io write counter");
        const auto checkpointWrites = [this](QSqlDatabase conn, int tag) {
            if (!writePages(conn, 2, 0)) // warm up: the WAL exists, the table has pages
                return qint64(-1);
            QSqlQuery q(conn);
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                return qint64(-1);
            q.finish(); // no statement of this connection may hold the read snapshot
            if (!writePages(conn, 120, tag))
                return qint64(-1);
            const qint64 before = writeSyscalls();
            if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next() || q.value(0).toInt() != 0)
                return qint64(-1);
            const qint64 writes = writeSyscalls() - before;
            // Every frame was copied: the WAL is fully checkpointed.
            const bool whole = q.value(1).toInt() == q.value(2).toInt() && q.value(1).toInt() >= 120;
            q.finish();
            return whole ? writes : qint64(-1);
        };
        qint64 plainWrites = 0, coalescedWrites = 0;
        std::thread plain([&] { plainWrites = checkpointWrites(m_db->connection(), 5); });
        plain.join();
        std::thread writer([&] { coalescedWrites = checkpointWrites(m_db->writerConnection(), 6); });
        writer.join();
        QVERIFY2(plainWrites >= 120, qPrintable(QString::number(plainWrites)));
        QVERIFY2(coalescedWrites >= 0 && coalescedWrites <= 20, qPrintable(QString::number(coalescedWrites)));
        // The database file alone, without its WAL, holds every row: the checkpoint wrote them all.
        const QString copy = m_dir.filePath(QStringLiteral("alone.db"));
        QVERIFY(QFile::copy(m_db->path(), copy));
        auto alone = Database::open(copy);
        QVERIFY2(alone.ok(), qPrintable(alone.error().message));
        QSqlDatabase conn = (*alone)->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT count(*), sum(length(body)) FROM blobs WHERE tag IN (5, 6)"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 240);
        QCOMPARE(q->value(1).toLongLong(), 240LL * 3000);
        QVERIFY(q->exec(QStringLiteral("PRAGMA integrity_check")) && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("ok"));
    }

    // The unix VFS cuts a write's length to 17 bits; a commit of megabytes must still arrive whole.
    void aLargeCommitArrivesWhole()
    {
        std::thread writer([&] {
            QSqlDatabase conn = m_db->writerConnection();
            for (int round = 0; round < 3; ++round)
                QVERIFY(writePages(conn, 1500, 10 + round)); // ~6 MB, more than the 4 MB buffer
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        });
        writer.join();
        QCOMPARE(countOnAnotherThread(m_db, QStringLiteral("SELECT count(*) FROM blobs WHERE tag >= 10")), 4500);
        QCOMPARE(countOnAnotherThread(m_db, QStringLiteral("SELECT count(*) FROM blobs WHERE tag >= 10 AND length(body) = 3000")), 4500);
    }

    // Without a sync per commit (not how the workspace runs, but SQLite allows it), the frames must
    // still be in the file before another connection can see the commit.
    void aCommitWithoutSyncIsStillVisibleToReaders()
    {
        std::thread writer([&] {
            QSqlDatabase conn = m_db->writerConnection();
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous=OFF")));
            for (int round = 0; round < 20; ++round) {
                QVERIFY(writePages(conn, 7, 100));
                m_counts.push_back(countOnAnotherThread(m_db, QStringLiteral("SELECT count(*) FROM blobs WHERE tag = 100")));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous=FULL")));
        });
        writer.join();
        QCOMPARE(int(m_counts.size()), 20);
        for (int round = 0; round < 20; ++round)
            QCOMPARE(m_counts[size_t(round)], 7 * (round + 1));
        QCOMPARE(countOnAnotherThread(m_db, QStringLiteral("SELECT count(*) FROM blobs WHERE tag = 100 AND length(body) = 3000")), 140);
    }

    // The writer checkpoints on its own connection: it reads back the frames it wrote.
    void theWriterCheckpointsWhatItWrote()
    {
        std::thread writer([&] {
            QSqlDatabase conn = m_db->writerConnection();
            QVERIFY(writePages(conn, 200, 7));
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0); // not busy
            q.finish();
            QVERIFY2(writePages(conn, 5, 8), qPrintable(conn.lastError().text()));
        });
        writer.join();
        QCOMPARE(QFileInfo(m_db->path() + QStringLiteral("-wal")).size() > 0, true);
        QCOMPARE(countOnAnotherThread(m_db, QStringLiteral("SELECT count(*) FROM blobs WHERE tag IN (7, 8)")), 205);
    }

    // After the process is gone, the data is in the files: open them afresh, with recovery.
    void aReopenedDatabaseHoldsEveryCommit()
    {
        const QString path = m_db->path();
        std::thread writer([&] {
            QSqlDatabase conn = m_db->writerConnection();
            for (int round = 0; round < 10; ++round)
                QVERIFY(writePages(conn, 13, 20 + round));
        });
        writer.join();
        m_db.reset();
        auto again = Database::open(path);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QSqlDatabase conn = (*again)->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM blobs WHERE tag BETWEEN 20 AND 29"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 130);
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    QString m_seen;
    int m_synchronous = -1;
    std::vector<int> m_counts;
};

QTEST_GUILESS_MAIN(TestWalWriteCoalescer)
#include "TestWalWriteCoalescer.moc"
