#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Lexecon;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY((*db)->schemaVersion() >= 1);
    }

    void migrationsAreIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        int version = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            version = (*db)->schemaVersion();
        }
        auto again = Database::open(path);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE((*again)->schemaVersion(), version);
    }

    void appendOnlyTablesRefuseUpdateAndDelete()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        QSqlDatabase conn = (*db)->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("INSERT INTO ledger_entries VALUES (0, 't', 'genesis', 'system', 'h', x'00')")).ok());
        auto upd = Sql::exec(conn, QStringLiteral("UPDATE ledger_entries SET actor = 'mallory'"));
        QVERIFY(!upd.ok());
        QVERIFY(upd.error().message.contains(QLatin1String("append-only")));
        QVERIFY(!Sql::exec(conn, QStringLiteral("DELETE FROM ledger_entries")).ok());
        auto q = Sql::exec(conn, QStringLiteral("SELECT actor FROM ledger_entries"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("system"));
    }

    // The desktop's filters over a million decisions stay index reads; "overridden" has a partial
    // index that new decisions (overridden = 0) never enter.
    void overriddenFilterReadsItsPartialIndex()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM decisions WHERE overridden = 1 "
                                      "AND created_ms >= 0 AND created_ms < 10")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("decisions_overridden")), qPrintable(plan));
    }

    void failedWorkRollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        Result<void> r = (*db)->write([](QSqlDatabase &conn) -> Result<void> {
            if (auto ins = Sql::exec(conn, QStringLiteral("INSERT INTO ledger_entries VALUES (0, 't', 'genesis', 's', 'h', x'00')")); !ins)
                return ins.error();
            return Error::invalid(QStringLiteral("x"), QStringLiteral("refused on purpose"));
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("refused on purpose"));
        QSqlDatabase conn = (*db)->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM ledger_entries"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void connectionPerThread()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        const QString mine = (*db)->connection().connectionName();
        QString theirs;
        bool theirsWorks = false;
        QThread *t = QThread::create([&] {
            QSqlDatabase c = (*db)->connection();
            theirs = c.connectionName();
            theirsWorks = Sql::exec(c, QStringLiteral("SELECT count(*) FROM ledger_entries")).ok();
        });
        t->start();
        t->wait();
        delete t;
        QVERIFY(theirsWorks);
        QVERIFY(mine != theirs);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("not a readable Lexecon workspace")), qPrintable(db.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
