#include "ledger/LedgerEntry.h"
#include "ledger/MerkleFrontier.h"
#include "ledger/MerkleProof.h"
#include "ledger/MerkleTree.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "support/MerkleVectors.h"

using namespace Lexecon;

namespace {

QJsonObject vectors()
{
    return Test::merkleVectors();
}

using Test::hexList;

QList<QByteArray> vectorLeafHashes()
{
    QList<QByteArray> out;
    for (const QByteArray &input : hexList(vectors().value(QStringLiteral("leaves"))))
        out.append(MerkleTree::leafHash(input));
    return out;
}

QList<QByteArray> randomLeafHashes(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        QByteArray data(int(rng.bounded(1, 200)), Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        out.append(MerkleTree::leafHash(data));
    }
    return out;
}

QByteArray flipBit(QByteArray hash, int bit)
{
    hash[bit / 8] = char(hash[bit / 8] ^ (1 << (bit % 8)));
    return hash;
}

} // namespace

class TestMerkleTree : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    int m_serial = 0;

    // Stores leaves [from, from + hashes.size()) through the per-leaf form, one transaction.
    void appendAll(const QList<QByteArray> &hashes, qint64 from = 0)
    {
        auto r = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
            for (qsizetype i = 0; i < hashes.size(); ++i) {
                if (auto a = MerkleTree::appendLeaf(conn, from + i, hashes[i]); !a)
                    return a;
            }
            return {};
        });
        QVERIFY2(r.ok(), qPrintable(r.error().message));
    }

    // Inserts real ledger rows (as the writer would) without touching merkle_nodes.
    QList<QByteArray> insertLedgerRows(int count)
    {
        QList<QByteArray> leafHashes;
        QString prev = LedgerEntry::zeroHash();
        auto r = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
            for (int i = 0; i < count; ++i) {
                const LedgerEntry e = LedgerEntry::make(i, QStringLiteral("2026-11-22T10:00:00.000Z"),
                                                        i == 0 ? QStringLiteral("genesis") : QStringLiteral("decision"),
                                                        QStringLiteral("system"), {{QStringLiteral("n"), i}}, prev);
                if (auto ins = Sql::execOne(conn,
                                            QStringLiteral("INSERT INTO ledger_entries (idx, timestamp, type, actor, "
                                                           "entry_hash, canonical) VALUES (?, ?, ?, ?, ?, ?)"),
                                            {e.index, e.timestamp, e.type, e.actor, e.entryHash, e.canonical});
                    !ins)
                    return ins;
                leafHashes.append(MerkleTree::leafHash(e.canonical));
                prev = e.entryHash;
            }
            return {};
        });
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return leafHashes;
    }

    qint64 storedSize()
    {
        QSqlDatabase conn = m_db->connection();
        auto size = MerkleTree::size(conn);
        return size ? *size : -1;
    }

    qint64 nodeRows()
    {
        QSqlDatabase conn = m_db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT COUNT(*) FROM merkle_nodes"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("m%1.db").arg(++m_serial)));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = *db;
    }

    void leafHash_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        const QJsonObject v = vectors();
        const QList<QByteArray> inputs = hexList(v.value(QStringLiteral("leaves")));
        const QList<QByteArray> hashes = hexList(v.value(QStringLiteral("nodes")).toArray().at(0));
        for (qsizetype i = 0; i < inputs.size(); ++i)
            QTest::addRow("leaf %lld", qlonglong(i)) << inputs[i] << hashes[i];
    }

    void leafHash()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(MerkleTree::leafHash(input).toHex(), expected.toHex());
    }

    void emptyRootIsSha256OfNothing()
    {
        QCOMPARE(MerkleTree::emptyRoot().toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(MerkleTree::rootFromLeaves({}), MerkleTree::emptyRoot());
        auto stored = MerkleTree::root(m_db, 0);
        QVERIFY(stored.ok());
        QCOMPARE(*stored, MerkleTree::emptyRoot());
    }

    void storedNodesMatchVectors()
    {
        appendAll(vectorLeafHashes());
        const QJsonArray levels = vectors().value(QStringLiteral("nodes")).toArray();
        qint64 expectedRows = 0;
        QSqlDatabase conn = m_db->connection();
        for (int level = 0; level < levels.size(); ++level) {
            const QList<QByteArray> hashes = hexList(levels.at(level));
            expectedRows += hashes.size();
            for (qsizetype idx = 0; idx < hashes.size(); ++idx) {
                auto q = Sql::exec(conn, QStringLiteral("SELECT hash FROM merkle_nodes WHERE level = ? AND idx = ?"),
                                   {level, idx});
                QVERIFY(q && q->next());
                QCOMPARE(q->value(0).toByteArray().toHex(), hashes[idx].toHex());
                // nodeHash rebuilds each parent from its children.
                if (level > 0) {
                    const QList<QByteArray> below = hexList(levels.at(level - 1));
                    QCOMPARE(MerkleTree::nodeHash(below[2 * idx], below[2 * idx + 1]), hashes[idx]);
                }
            }
        }
        QCOMPARE(nodeRows(), expectedRows); // every perfect subtree, nothing else
    }

    void rootForEverySize_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QByteArray>("expected");
        const QList<QByteArray> roots = hexList(vectors().value(QStringLiteral("roots")));
        for (int size = 0; size < roots.size(); ++size)
            QTest::addRow("size %d", size) << size << roots[size];
    }

    void rootForEverySize()
    {
        QFETCH(int, size);
        QFETCH(QByteArray, expected);
        const QList<QByteArray> leaves = vectorLeafHashes();
        QCOMPARE(MerkleTree::rootFromLeaves(leaves.mid(0, size)).toHex(), expected.toHex());
        appendAll(leaves); // stored tree of 8 answers for every past size
        auto stored = MerkleTree::root(m_db, size);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->toHex(), expected.toHex());
    }

    void inclusionProofVectors_data()
    {
        QTest::addColumn<qint64>("index");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QList<QByteArray>>("proof");
        for (const QJsonValue &row : vectors().value(QStringLiteral("inclusion")).toArray()) {
            const QJsonObject o = row.toObject();
            const qint64 index = o.value(QStringLiteral("index")).toInteger();
            const qint64 size = o.value(QStringLiteral("size")).toInteger();
            QTest::addRow("entry %lld of %lld", index, size)
                << index << size << hexList(o.value(QStringLiteral("proof")));
        }
    }

    void inclusionProofVectors()
    {
        QFETCH(qint64, index);
        QFETCH(qint64, size);
        QFETCH(QList<QByteArray>, proof);
        const QList<QByteArray> leaves = vectorLeafHashes();
        QCOMPARE(*MerkleTree::inclusionProofFromLeaves(leaves.mid(0, size), index), proof);
        appendAll(leaves);
        auto stored = MerkleTree::inclusionProof(m_db, index, size);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(*stored, proof);
    }

    void consistencyProofVectors_data()
    {
        QTest::addColumn<qint64>("oldSize");
        QTest::addColumn<qint64>("newSize");
        QTest::addColumn<QList<QByteArray>>("proof");
        for (const QJsonValue &row : vectors().value(QStringLiteral("consistency")).toArray()) {
            const QJsonObject o = row.toObject();
            const qint64 oldSize = o.value(QStringLiteral("old")).toInteger();
            const qint64 newSize = o.value(QStringLiteral("new")).toInteger();
            QTest::addRow("%lld to %lld", oldSize, newSize)
                << oldSize << newSize << hexList(o.value(QStringLiteral("proof")));
        }
    }

    void consistencyProofVectors()
    {
        QFETCH(qint64, oldSize);
        QFETCH(qint64, newSize);
        QFETCH(QList<QByteArray>, proof);
        const QList<QByteArray> leaves = vectorLeafHashes();
        QCOMPARE(*MerkleTree::consistencyProofFromLeaves(leaves.mid(0, newSize), oldSize), proof);
        appendAll(leaves);
        auto stored = MerkleTree::consistencyProof(m_db, oldSize, newSize);
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(*stored, proof);
    }

    // Stored tree against the in-memory reference for many sizes, every proof checked both ways.
    void storedTreeMatchesReference()
    {
        const QList<QByteArray> leaves = randomLeafHashes(300, 9162);
        // Mixed append paths across transactions: per-leaf reads, a frontier, and batches.
        MerkleFrontier frontier;
        qint64 next = 0;
        QRandomGenerator rng(6962);
        while (next < leaves.size()) {
            const qint64 batch = std::min<qint64>(leaves.size() - next, rng.bounded(1, 40));
            const int mode = int(rng.bounded(3));
            auto r = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
                if (mode == 2)
                    return MerkleTree::appendLeaves(conn, next, leaves.mid(next, batch), frontier);
                for (qint64 i = next; i < next + batch; ++i) {
                    auto a = mode == 0 ? MerkleTree::appendLeaf(conn, i, leaves[i])
                                       : MerkleTree::appendLeaf(conn, i, leaves[i], frontier);
                    if (!a)
                        return a;
                }
                return {};
            });
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            next += batch;
        }
        QList<qint64> sizes;
        for (qint64 s = 1; s <= 33; ++s)
            sizes << s;
        for (int i = 0; i < 12; ++i)
            sizes << qint64(rng.bounded(34, 300));
        sizes << 256 << 299 << 300;

        QSqlDatabase conn = m_db->connection();
        for (qint64 size : std::as_const(sizes)) {
            const QList<QByteArray> prefix = leaves.mid(0, size);
            const QByteArray expected = MerkleTree::rootFromLeaves(prefix);
            QCOMPARE(*MerkleTree::root(conn, size), expected);
            for (qint64 index = 0; index < size; ++index) {
                auto proof = MerkleTree::inclusionProof(conn, index, size);
                QVERIFY2(proof.ok(), qPrintable(proof.error().message));
                QVERIFY2(MerkleProof::verifyInclusion(leaves[index], index, size, *proof, expected).ok(),
                         qPrintable(QStringLiteral("entry %1 of %2").arg(index).arg(size)));
                if (size <= 64 || index % 17 == 0)
                    QCOMPARE(*proof, *MerkleTree::inclusionProofFromLeaves(prefix, index));
                const int bit = int(rng.bounded(256));
                QVERIFY(!MerkleProof::verifyInclusion(flipBit(leaves[index], bit), index, size, *proof, expected).ok());
                if (!proof->isEmpty()) {
                    QList<QByteArray> bad = *proof;
                    const qsizetype at = rng.bounded(int(bad.size()));
                    bad[at] = flipBit(bad[at], bit);
                    QVERIFY(!MerkleProof::verifyInclusion(leaves[index], index, size, bad, expected).ok());
                }
            }
            for (qint64 oldSize = 0; oldSize <= size; ++oldSize) {
                auto proof = MerkleTree::consistencyProof(conn, oldSize, size);
                QVERIFY2(proof.ok(), qPrintable(proof.error().message));
                const QByteArray oldRoot = MerkleTree::rootFromLeaves(leaves.mid(0, oldSize));
                auto verified = MerkleProof::verifyConsistency(oldSize, size, *proof, oldRoot, expected);
                QVERIFY2(
                    verified.ok(),
                    qPrintable(QStringLiteral("%1 to %2: %3").arg(oldSize).arg(size).arg(verified.error().message)));
                if (sizes.contains(oldSize))
                    QCOMPARE(*proof, *MerkleTree::consistencyProofFromLeaves(prefix, oldSize));
                if (!proof->isEmpty()) {
                    QList<QByteArray> bad = *proof;
                    bad.last() = flipBit(bad.last(), int(rng.bounded(256)));
                    QVERIFY(!MerkleProof::verifyConsistency(oldSize, size, bad, oldRoot, expected).ok());
                }
            }
        }
    }

    void refusesOutOfRangeRequests_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<qint64>("a");
        QTest::addColumn<qint64>("b");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("index equal to size") << "inclusion" << qint64(8) << qint64(8) << "index"
                                             << "not in a tree of 8";
        QTest::newRow("negative index") << "inclusion" << qint64(-1) << qint64(8) << "index"
                                        << "not in a tree of 8";
        QTest::newRow("index in empty tree") << "inclusion" << qint64(0) << qint64(0) << "index"
                                             << "not in a tree of 0";
        QTest::newRow("tree beyond ledger") << "inclusion" << qint64(0) << qint64(9) << "tree_size"
                                            << "at most 8";
        QTest::newRow("root beyond ledger") << "root" << qint64(9) << qint64(0) << "tree_size"
                                            << "at most 8";
        QTest::newRow("negative root size") << "root" << qint64(-2) << qint64(0) << "tree_size"
                                            << "negative";
        QTest::newRow("old after new") << "consistency" << qint64(5) << qint64(4) << "old_size"
                                       << "between 0 and the new tree size 4";
        QTest::newRow("new beyond ledger") << "consistency" << qint64(1) << qint64(20) << "new_size"
                                           << "at most 8";
    }

    void refusesOutOfRangeRequests()
    {
        QFETCH(QString, request);
        QFETCH(qint64, a);
        QFETCH(qint64, b);
        QFETCH(QString, field);
        QFETCH(QString, phrase);
        insertLedgerRows(8);
        QCOMPARE(*MerkleTree::ensureComplete(m_db), 8);
        Error error;
        if (request == QLatin1String("inclusion"))
            error = MerkleTree::inclusionProof(m_db, a, b).error();
        else if (request == QLatin1String("root"))
            error = MerkleTree::root(m_db, a).error();
        else
            error = MerkleTree::consistencyProof(m_db, a, b).error();
        QCOMPARE(error.code, Error::Code::InvalidInput);
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(phrase), qPrintable(error.message));
    }

    void ensureCompleteBackfillsAnOldLedger()
    {
        const QList<QByteArray> leaves = insertLedgerRows(77);
        QCOMPARE(storedSize(), 0);
        // A tree behind the ledger says so rather than answering for a size it does not hold.
        auto early = MerkleTree::root(m_db, 10);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, Error::Code::Conflict);
        QVERIFY(early.error().message.contains(QLatin1String("ensureComplete")));

        auto done = MerkleTree::ensureComplete(m_db);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(*done, 77);
        const qint64 rows = nodeRows();
        QCOMPARE(*MerkleTree::root(m_db, 77), MerkleTree::rootFromLeaves(leaves));
        QCOMPARE(*MerkleTree::root(m_db, 40), MerkleTree::rootFromLeaves(leaves.mid(0, 40)));
        // Idempotent: nothing more to add.
        QCOMPARE(*MerkleTree::ensureComplete(m_db), 77);
        QCOMPARE(nodeRows(), rows);
    }

    void appendCatchesUpALaggingTree()
    {
        const QList<QByteArray> leaves = insertLedgerRows(30);
        appendAll(leaves.mid(0, 5)); // the tree holds 5 of 30
        // Appending leaf 29 first fills 5..28 from ledger_entries in the same transaction.
        appendAll({leaves[29]}, 29);
        QCOMPARE(*MerkleTree::root(m_db, 30), MerkleTree::rootFromLeaves(leaves));
        MerkleFrontier stale; // size 0: reloaded, then refused because leaf 3 exists
        auto r = m_db->write([&](QSqlDatabase &conn) { return MerkleTree::appendLeaf(conn, 3, leaves[3], stale); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QVERIFY2(r.error().message.contains(QLatin1String("already holds leaf 3")), qPrintable(r.error().message));
    }

    void refusesGapsAndDuplicates()
    {
        const QList<QByteArray> leaves = randomLeafHashes(4, 1);
        appendAll(leaves.mid(0, 2));
        // No ledger row 2 to fill the gap from.
        auto gap = m_db->write([&](QSqlDatabase &conn) { return MerkleTree::appendLeaf(conn, 3, leaves[3]); });
        QVERIFY(!gap.ok());
        QVERIFY2(gap.error().message.contains(QLatin1String("ledger entry 2 is missing")),
                 qPrintable(gap.error().message));
        auto twice = m_db->write([&](QSqlDatabase &conn) { return MerkleTree::appendLeaf(conn, 1, leaves[1]); });
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, Error::Code::Conflict);
        auto shortHash =
            m_db->write([&](QSqlDatabase &conn) { return MerkleTree::appendLeaf(conn, 2, QByteArray(31, 'x')); });
        QVERIFY(!shortHash.ok());
        QCOMPARE(shortHash.error().field, QStringLiteral("leaf_hash"));
        QCOMPARE(storedSize(), 2);
    }

    void frontierRecoversFromRollback()
    {
        const QList<QByteArray> leaves = randomLeafHashes(20, 2);
        MerkleFrontier frontier;
        auto first = m_db->write(
            [&](QSqlDatabase &conn) { return MerkleTree::appendLeaves(conn, 0, leaves.mid(0, 7), frontier); });
        QVERIFY(first.ok());
        // The writer's transaction fails after the leaves went in: rolled back, frontier marked stale.
        auto failed = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
            if (auto a = MerkleTree::appendLeaves(conn, 7, leaves.mid(7, 5), frontier); !a)
                return a;
            return Error::conflict(QStringLiteral("the entry insert failed"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(frontier.size(), 12);
        frontier.invalidate();
        QList<QByteArray> other = randomLeafHashes(13, 3);
        auto again = m_db->write(
            [&](QSqlDatabase &conn) { return MerkleTree::appendLeaves(conn, 7, other.mid(7, 6), frontier); });
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        const QList<QByteArray> expected = leaves.mid(0, 7) + other.mid(7, 6);
        QCOMPARE(frontier.root(), MerkleTree::rootFromLeaves(expected));
        QCOMPARE(*MerkleTree::root(m_db, 13), MerkleTree::rootFromLeaves(expected));
    }

    void nodesAreAppendOnly()
    {
        appendAll(randomLeafHashes(2, 4));
        QSqlDatabase conn = m_db->connection();
        auto update =
            Sql::exec(conn, QStringLiteral("UPDATE merkle_nodes SET hash = ? WHERE level = 0"), {QByteArray(32, 'a')});
        QVERIFY(!update.ok());
        QVERIFY(update.error().message.contains(QLatin1String("append-only")));
        auto remove = Sql::exec(conn, QStringLiteral("DELETE FROM merkle_nodes"));
        QVERIFY(!remove.ok());
        QCOMPARE(nodeRows(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMerkleTree)
#include "TestMerkleTree.moc"
