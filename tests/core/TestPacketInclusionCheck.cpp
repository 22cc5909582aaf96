#include "audit/PacketInclusionCheck.h"
#include "ledger/MerkleProof.h"
#include "ledger/MerkleTree.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace Lexecon;

// The verifier's shortcut must accept exactly what MerkleProof::verifyInclusion accepts, in any
// order, for every tree size's edge shapes, while hashing far less in index order.
class TestPacketInclusionCheck : public QObject
{
    Q_OBJECT

private:
    static QList<QByteArray> leaves(int n)
    {
        QList<QByteArray> out;
        for (int i = 0; i < n; ++i)
            out << MerkleTree::leafHash(QByteArray("entry ") + QByteArray::number(i));
        return out;
    }

private Q_SLOTS:
    void acceptsEveryProofInAnyOrder_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("order"); // 0 ascending, 1 descending, 2 shuffled
        for (int size : {1, 2, 3, 7, 8, 37, 64, 100})
            for (int order : {0, 1, 2})
                QTest::addRow("%d-%d", size, order) << size << order;
    }
    void acceptsEveryProofInAnyOrder()
    {
        QFETCH(int, size);
        QFETCH(int, order);
        const QList<QByteArray> l = leaves(size);
        const QByteArray root = MerkleTree::rootFromLeaves(l);
        QList<int> indexes;
        for (int i = 0; i < size; ++i)
            indexes << i;
        if (order == 1)
            std::reverse(indexes.begin(), indexes.end());
        if (order == 2)
            std::shuffle(indexes.begin(), indexes.end(), std::mt19937(size));
        PacketInclusionCheck check(size, root);
        for (int i : indexes) {
            auto proof = MerkleTree::inclusionProofFromLeaves(l, i);
            QVERIFY(proof.ok());
            QVERIFY2(check.verify(l.at(i), i, *proof).ok(), qPrintable(QString::number(i)));
        }
    }

    void hashesLittleInIndexOrder()
    {
        const int size = 1000;
        const QList<QByteArray> l = leaves(size);
        PacketInclusionCheck check(size, MerkleTree::rootFromLeaves(l));
        qint64 full = 0;
        for (int i = 0; i < size; ++i) {
            auto proof = MerkleTree::inclusionProofFromLeaves(l, i);
            full += proof->size();
            QVERIFY(check.verify(l.at(i), i, *proof).ok());
        }
        // About two hashes per proof instead of ten.
        QVERIFY2(check.hashesComputed() * 3 < full, qPrintable(QStringLiteral("%1 of %2").arg(check.hashesComputed()).arg(full)));
    }

    void rejectsWhatTheFullCheckRejects()
    {
        const int size = 37;
        const QList<QByteArray> l = leaves(size);
        const QByteArray root = MerkleTree::rootFromLeaves(l);
        PacketInclusionCheck check(size, root);
        for (int i = 0; i < 20; ++i)
            QVERIFY(check.verify(l.at(i), i, *MerkleTree::inclusionProofFromLeaves(l, i)).ok());
        auto proof = *MerkleTree::inclusionProofFromLeaves(l, 20);
        // A wrong leaf, a wrong index, and a changed hash high up the path, where an earlier
        // proof's known node would otherwise be joined.
        QVERIFY(!check.verify(l.at(21), 20, proof).ok());
        QVERIFY(!check.verify(l.at(20), 22, proof).ok());
        QList<QByteArray> changed = proof;
        changed.last()[0] = char(changed.last()[0] ^ 1);
        QVERIFY(!check.verify(l.at(20), 20, changed).ok());
        QVERIFY(!MerkleProof::verifyInclusion(l.at(20), 20, size, changed, root).ok());
        QList<QByteArray> shorter = proof;
        shorter.removeLast();
        QVERIFY(!check.verify(l.at(20), 20, shorter).ok());
        QVERIFY(!check.verify(l.at(20), 20, proof + QList<QByteArray>{proof.last()}).ok());
        QVERIFY(!check.verify(l.at(0), size, proof).ok());
        // And the honest proof still passes after all that.
        QVERIFY(check.verify(l.at(20), 20, proof).ok());
    }
};

QTEST_GUILESS_MAIN(TestPacketInclusionCheck)
#include "TestPacketInclusionCheck.moc"
