#include "ledger/MerkleAppender.h"
#include "ledger/MerkleFrontier.h"
#include "ledger/MerkleTree.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {

QList<QByteArray> leafHashes(int from, int count)
{
    QList<QByteArray> out;
    for (int i = from; i < from + count; ++i)
        out.append(MerkleTree::leafHash(QByteArray::number(i)));
    return out;
}

} // namespace

// MerkleAppender is what a long-lived writer holds across transactions on its one connection.
class TestMerkleAppender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    int m_serial = 0;

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_serial)));
        QVERIFY(db.ok());
        m_db = *db;
    }

    void appendsAcrossTransactions()
    {
        const QList<QByteArray> leaves = leafHashes(0, 100);
        MerkleAppender appender(m_db->connection());
        for (int from = 0; from < 100; from += 7) {
            auto r = m_db->write([&](QSqlDatabase &) -> Result<void> {
                for (int i = from; i < std::min(100, from + 7); ++i) {
                    if (auto a = appender.append(i, leaves[i]); !a)
                        return a;
                }
                return {};
            });
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        }
        QCOMPARE(appender.frontier().size(), 100);
        QCOMPARE(appender.frontier().root(), MerkleTree::rootFromLeaves(leaves));
        QCOMPARE(*MerkleTree::root(m_db, 100), MerkleTree::rootFromLeaves(leaves));
        // 100 leaves hold 100 + 50 + 25 + 12 + 6 + 3 + 1 perfect subtrees.
        QSqlDatabase conn = m_db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT COUNT(*) FROM merkle_nodes"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 197);
    }

    // merkle_nodes is keyed in the order the nodes are appended (017_ledger_speed.sql), so a
    // group commit writes one B-tree page; the key must agree with (level, idx).
    void nodesAreKeyedInAppendOrder()
    {
        const QList<QByteArray> leaves = leafHashes(0, 37);
        auto r = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
            MerkleAppender appender(conn);
            return appender.append(0, leaves);
        });
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QSqlDatabase conn = m_db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT pos, level, idx FROM merkle_nodes ORDER BY rowid"));
        QVERIFY(q.ok());
        qint64 previous = -1;
        int rows = 0;
        while (q->next()) {
            const qint64 pos = q->value(0).toLongLong();
            QCOMPARE(pos, MerkleTree::nodePos(q->value(1).toInt(), q->value(2).toLongLong()));
            QVERIFY(pos > previous);
            previous = pos;
            ++rows;
        }
        QCOMPARE(rows, 37 + 18 + 9 + 4 + 2 + 1);
        QCOMPARE(*MerkleTree::size(conn), 37);
        QCOMPARE(MerkleTree::nodePos(0, 0), 0);
        QCOMPARE(MerkleTree::nodePos(1, 0), 64 + 1);     // covers leaves 0-1
        QCOMPARE(MerkleTree::nodePos(2, 1), 7 * 64 + 2); // covers leaves 4-7
        // A row whose key does not match its level and index is refused.
        auto wrong = Sql::exec(conn, QStringLiteral("INSERT INTO merkle_nodes (pos, level, idx, hash) VALUES (?, 0, 99, ?)"),
                               {MerkleTree::nodePos(0, 98), QByteArray(32, 'x')});
        QVERIFY(!wrong.ok());
    }

    // A workspace created before migration 017 keeps its tree: the (level, idx) rows are re-keyed.
    void migration017RekeysAnOldTree()
    {
        const QString path = m_dir.filePath(QStringLiteral("old%1.db").arg(m_serial));
        const QList<QByteArray> leaves = leafHashes(0, 11);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlDatabase conn = (*db)->connection();
            // Back to the 016 state: the old table (013_merkle.sql) with the nodes of 11 leaves.
            const QStringList setup = {
                QStringLiteral("DROP TABLE merkle_nodes"),
                QStringLiteral("CREATE TABLE merkle_nodes (level INTEGER NOT NULL, idx INTEGER NOT NULL, "
                               "hash BLOB NOT NULL, PRIMARY KEY (level, idx)) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX ledger_entries_type ON ledger_entries (type, idx)"),
                QStringLiteral("DELETE FROM schema_migrations WHERE version = 17"),
            };
            for (const QString &sql : setup)
                QVERIFY2(Sql::exec(conn, sql).ok(), qPrintable(sql));
            MerkleFrontier frontier;
            for (int i = 0; i < leaves.size(); ++i) {
                QList<QByteArray> completed;
                frontier.append(leaves[i], &completed);
                QVERIFY(Sql::exec(conn, QStringLiteral("INSERT INTO merkle_nodes VALUES (0, ?, ?)"), {i, leaves[i]}).ok());
                for (int level = 1; level <= completed.size(); ++level)
                    QVERIFY(Sql::exec(conn, QStringLiteral("INSERT INTO merkle_nodes VALUES (?, ?, ?)"),
                                      {level, i >> level, completed[level - 1]})
                                .ok());
            }
        }
        auto reopened = Database::open(path);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        QSqlDatabase conn = (*reopened)->connection();
        QCOMPARE(*MerkleTree::size(conn), 11);
        QCOMPARE(*MerkleTree::root(conn, 11), MerkleTree::rootFromLeaves(leaves));
        QCOMPARE(*MerkleTree::root(conn, 5), MerkleTree::rootFromLeaves(leaves.mid(0, 5)));
        QCOMPARE(*MerkleTree::inclusionProof(conn, 3, 11), *MerkleTree::inclusionProofFromLeaves(leaves, 3));
        auto index = Sql::exec(conn, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ledger_entries_type'"));
        QVERIFY(index && index->next());
        QCOMPARE(index->value(0).toInt(), 0);
    }

    // After a rollback the appender reloads from storage; without invalidate() the next index
    // no longer matches its size, so it reloads as well rather than building on lost leaves.
    void reloadsAfterRollback_data()
    {
        QTest::addColumn<bool>("invalidate");
        QTest::newRow("invalidated") << true;
        QTest::newRow("size mismatch") << false;
    }

    void reloadsAfterRollback()
    {
        QFETCH(bool, invalidate);
        const QList<QByteArray> kept = leafHashes(0, 10);
        const QList<QByteArray> lost = leafHashes(100, 5);
        const QList<QByteArray> later = leafHashes(200, 6);
        MerkleAppender appender(m_db->connection());
        QVERIFY(m_db->write([&](QSqlDatabase &) { return appender.append(0, kept); }).ok());
        auto failed = m_db->write([&](QSqlDatabase &) -> Result<void> {
            if (auto a = appender.append(10, lost); !a)
                return a;
            return Error::conflict(QStringLiteral("the entry insert failed"));
        });
        QVERIFY(!failed.ok());
        if (invalidate)
            appender.invalidate();
        auto again = m_db->write([&](QSqlDatabase &) { return appender.append(10, later); });
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(*MerkleTree::root(m_db, 16), MerkleTree::rootFromLeaves(kept + later));
        QCOMPARE(appender.frontier().root(), MerkleTree::rootFromLeaves(kept + later));
    }

    void refusesAStoredIndexAndBadHashes()
    {
        MerkleAppender appender(m_db->connection());
        QVERIFY(m_db->write([&](QSqlDatabase &) { return appender.append(0, leafHashes(0, 3)); }).ok());
        auto again = m_db->write([&](QSqlDatabase &) { return appender.append(1, leafHashes(1, 1).first()); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QVERIFY2(again.error().message.contains(QLatin1String("append leaf 3 next")),
                 qPrintable(again.error().message));
        auto shortHash = m_db->write([&](QSqlDatabase &) { return appender.append(3, QByteArray(20, 'x')); });
        QVERIFY(!shortHash.ok());
        QCOMPARE(shortHash.error().field, QStringLiteral("leaf_hash"));
        auto negative = m_db->write([&](QSqlDatabase &) { return appender.append(-1, leafHashes(0, 1).first()); });
        QVERIFY(!negative.ok());
        QCOMPARE(negative.error().field, QStringLiteral("index"));
        // Still usable, and the tree is unchanged by the refusals.
        QVERIFY(m_db->write([&](QSqlDatabase &) { return appender.append(3, leafHashes(3, 1).first()); }).ok());
        QCOMPARE(*MerkleTree::root(m_db, 4), MerkleTree::rootFromLeaves(leafHashes(0, 4)));
    }
};

QTEST_GUILESS_MAIN(TestMerkleAppender)
#include "TestMerkleAppender.moc"
