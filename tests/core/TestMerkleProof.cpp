#include "ledger/MerkleProof.h"
#include "ledger/MerkleTree.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "support/MerkleVectors.h"

using namespace Lexecon;

namespace {

QJsonObject vectors()
{
    return Test::merkleVectors();
}

using Test::hexList;

QByteArray leafHashAt(int index)
{
    return MerkleTree::leafHash(hexList(vectors().value(QStringLiteral("leaves"))).at(index));
}

QByteArray rootOf(qint64 size)
{
    return hexList(vectors().value(QStringLiteral("roots"))).at(size);
}

const QByteArray someHash = QByteArray::fromHex("abacaba000000000000000000000000000000000000000000060061e00123456");

struct InclusionProbe
{
    QString name;
    qint64 index;
    qint64 size;
    QByteArray root;
    QByteArray leaf;
    QList<QByteArray> proof;
};

struct ConsistencyProbe
{
    QString name;
    qint64 oldSize;
    qint64 newSize;
    QByteArray oldRoot;
    QByteArray newRoot;
    QList<QByteArray> proof;
};

// The wrong inputs transparency-dev/merkle's verify_test.go (corruptInclusionProof) tries.
QList<InclusionProbe> corruptInclusion(qint64 index, qint64 size, const QList<QByteArray> &proof,
                                       const QByteArray &root, const QByteArray &leaf)
{
    QList<InclusionProbe> probes{
        {QStringLiteral("index - 1"), index - 1, size, root, leaf, proof},
        {QStringLiteral("index + 1"), index + 1, size, root, leaf, proof},
        {QStringLiteral("index ^ 2"), index ^ 2, size, root, leaf, proof},
        {QStringLiteral("size * 2"), index, size * 2, root, leaf, proof},
        {QStringLiteral("size / 2"), index, size / 2, root, leaf, proof},
        {QStringLiteral("wrong leaf"), index, size, root, QByteArray("WrongLeaf"), proof},
        {QStringLiteral("empty root"), index, size, MerkleTree::emptyRoot(), leaf, proof},
        {QStringLiteral("random root"), index, size, someHash, leaf, proof},
        {QStringLiteral("trailing garbage"), index, size, root, leaf, proof + QList<QByteArray>{QByteArray()}},
        {QStringLiteral("trailing root"), index, size, root, leaf, proof + QList<QByteArray>{root}},
        {QStringLiteral("preceding garbage"), index, size, root, leaf, QList<QByteArray>{QByteArray()} + proof},
        {QStringLiteral("preceding root"), index, size, root, leaf, QList<QByteArray>{root} + proof},
    };
    for (qsizetype i = 0; i < proof.size(); ++i) {
        QList<QByteArray> wrong = proof;
        wrong[i][0] = char(wrong[i][0] ^ 8);
        probes.append({QStringLiteral("proof[%1] bit 3").arg(i), index, size, root, leaf, wrong});
    }
    if (!proof.isEmpty())
        probes.append({QStringLiteral("removed hash"), index, size, root, leaf, proof.mid(0, proof.size() - 1)});
    if (proof.size() > 1)
        probes.append({QStringLiteral("inserted hash"), index, size, root, leaf,
                       QList<QByteArray>{proof[0], someHash} + proof.mid(1)});
    return probes;
}

// The same for consistency proofs (corruptConsistencyProof).
QList<ConsistencyProbe> corruptConsistency(qint64 oldSize, qint64 newSize, const QByteArray &oldRoot,
                                           const QByteArray &newRoot, const QList<QByteArray> &proof)
{
    QList<ConsistencyProbe> probes{
        {QStringLiteral("old - 1"), oldSize - 1, newSize, oldRoot, newRoot, proof},
        {QStringLiteral("old + 1"), oldSize + 1, newSize, oldRoot, newRoot, proof},
        {QStringLiteral("old ^ 2"), oldSize ^ 2, newSize, oldRoot, newRoot, proof},
        {QStringLiteral("new * 2"), oldSize, newSize * 2, oldRoot, newRoot, proof},
        {QStringLiteral("new / 2"), oldSize, newSize / 2, oldRoot, newRoot, proof},
        {QStringLiteral("wrong old root"), oldSize, newSize, QByteArray("WrongRoot"), newRoot, proof},
        {QStringLiteral("wrong new root"), oldSize, newSize, oldRoot, QByteArray("WrongRoot"), proof},
        {QStringLiteral("swapped roots"), oldSize, newSize, newRoot, oldRoot, proof},
        {QStringLiteral("empty proof"), oldSize, newSize, oldRoot, newRoot, {}},
        {QStringLiteral("trailing garbage"), oldSize, newSize, oldRoot, newRoot,
         proof + QList<QByteArray>{QByteArray()}},
        {QStringLiteral("trailing old root"), oldSize, newSize, oldRoot, newRoot, proof + QList<QByteArray>{oldRoot}},
        {QStringLiteral("trailing new root"), oldSize, newSize, oldRoot, newRoot, proof + QList<QByteArray>{newRoot}},
        {QStringLiteral("preceding garbage"), oldSize, newSize, oldRoot, newRoot,
         QList<QByteArray>{QByteArray()} + proof},
        {QStringLiteral("preceding old root"), oldSize, newSize, oldRoot, newRoot, QList<QByteArray>{oldRoot} + proof},
        {QStringLiteral("preceding new root"), oldSize, newSize, oldRoot, newRoot, QList<QByteArray>{newRoot} + proof},
        {QStringLiteral("preceding proof[0]"), oldSize, newSize, oldRoot, newRoot,
         QList<QByteArray>{proof.value(0)} + proof},
    };
    if (!proof.isEmpty())
        probes.append(
            {QStringLiteral("truncated"), oldSize, newSize, oldRoot, newRoot, proof.mid(0, proof.size() - 1)});
    for (qsizetype i = 0; i < proof.size(); ++i) {
        QList<QByteArray> wrong = proof;
        wrong[i][0] = char(wrong[i][0] ^ 16);
        probes.append({QStringLiteral("proof[%1] bit 4").arg(i), oldSize, newSize, oldRoot, newRoot, wrong});
    }
    return probes;
}

} // namespace

class TestMerkleProof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inclusionVectors_data()
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

    void inclusionVectors()
    {
        QFETCH(qint64, index);
        QFETCH(qint64, size);
        QFETCH(QList<QByteArray>, proof);
        const QByteArray leaf = leafHashAt(int(index));
        const QByteArray root = rootOf(size);
        auto computed = MerkleProof::rootFromInclusion(leaf, index, size, proof);
        QVERIFY2(computed.ok(), computed.ok() ? "" : qPrintable(computed.error().message));
        QCOMPARE(computed->toHex(), root.toHex());
        auto verified = MerkleProof::verifyInclusion(leaf, index, size, proof, root);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
        for (const InclusionProbe &p : corruptInclusion(index, size, proof, root, leaf)) {
            auto wrong = MerkleProof::verifyInclusion(p.leaf, p.index, p.size, p.proof, p.root);
            QVERIFY2(!wrong.ok(), qPrintable(QStringLiteral("accepted: %1").arg(p.name)));
            QVERIFY2(!wrong.error().message.isEmpty() && wrong.error().message.front().isLower(),
                     qPrintable(wrong.error().message));
        }
    }

    void consistencyVectors_data()
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

    void consistencyVectors()
    {
        QFETCH(qint64, oldSize);
        QFETCH(qint64, newSize);
        QFETCH(QList<QByteArray>, proof);
        const QByteArray oldRoot = rootOf(oldSize);
        const QByteArray newRoot = rootOf(newSize);
        auto verified = MerkleProof::verifyConsistency(oldSize, newSize, proof, oldRoot, newRoot);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
        if (proof.isEmpty())
            return; // trivial proofs have no corruptions to try
        for (const ConsistencyProbe &p : corruptConsistency(oldSize, newSize, oldRoot, newRoot, proof)) {
            auto wrong = MerkleProof::verifyConsistency(p.oldSize, p.newSize, p.proof, p.oldRoot, p.newRoot);
            QVERIFY2(!wrong.ok(), qPrintable(QStringLiteral("accepted: %1").arg(p.name)));
        }
    }

    // transparency-dev's TestVerifyConsistency table, except that the root of the empty tree must
    // be SHA-256("") here, where Go accepts any root for size 0.
    void consistencyEdgeCases_data()
    {
        QTest::addColumn<qint64>("oldSize");
        QTest::addColumn<qint64>("newSize");
        QTest::addColumn<QByteArray>("oldRoot");
        QTest::addColumn<QByteArray>("newRoot");
        QTest::addColumn<QList<QByteArray>>("proof");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("phrase");
        const QByteArray empty = MerkleTree::emptyRoot();
        const QByteArray r1 = rootOf(1), r2 = rootOf(2);
        const QList<QByteArray> none;
        const QList<QByteArray> one{empty};
        QTest::newRow("0 0 same") << qint64(0) << qint64(0) << empty << empty << none << true << "";
        QTest::newRow("0 0 different") << qint64(0) << qint64(0) << empty << r1 << none << false << "forked";
        QTest::newRow("0 0 not empty root") << qint64(0) << qint64(0) << r1 << r1 << none << false << "empty tree";
        QTest::newRow("1 1 same") << qint64(1) << qint64(1) << r1 << r1 << none << true << "";
        QTest::newRow("1 1 different") << qint64(1) << qint64(1) << r1 << r2 << none << false << "forked";
        QTest::newRow("0 1") << qint64(0) << qint64(1) << empty << r1 << none << true << "";
        QTest::newRow("1 0") << qint64(1) << qint64(0) << r1 << empty << none << false << "never shrinks";
        QTest::newRow("2 1") << qint64(2) << qint64(1) << r2 << r1 << none << false << "never shrinks";
        QTest::newRow("1 2 empty proof") << qint64(1) << qint64(2) << r1 << r2 << none << false << "empty";
        QTest::newRow("0 0 proof") << qint64(0) << qint64(0) << empty << empty << one << false
                                   << "empty consistency proof";
        QTest::newRow("0 1 proof") << qint64(0) << qint64(1) << empty << r1 << one << false
                                   << "empty consistency proof";
        QTest::newRow("1 1 proof") << qint64(1) << qint64(1) << r1 << r1 << one << false << "empty consistency proof";
        QTest::newRow("short root") << qint64(1) << qint64(1) << r1.left(31) << r1 << none << false << "32";
        QTest::newRow("negative") << qint64(-1) << qint64(1) << empty << r1 << none << false << "negative";
    }

    void consistencyEdgeCases()
    {
        QFETCH(qint64, oldSize);
        QFETCH(qint64, newSize);
        QFETCH(QByteArray, oldRoot);
        QFETCH(QByteArray, newRoot);
        QFETCH(QList<QByteArray>, proof);
        QFETCH(bool, accepted);
        QFETCH(QString, phrase);
        auto r = MerkleProof::verifyConsistency(oldSize, newSize, proof, oldRoot, newRoot);
        QCOMPARE(r.ok(), accepted);
        if (!accepted)
            QVERIFY2(r.error().message.contains(phrase), qPrintable(r.error().message));
    }

    void inclusionEdgeCases_data()
    {
        QTest::addColumn<qint64>("index");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QByteArray>("leaf");
        QTest::addColumn<QByteArray>("root");
        QTest::addColumn<bool>("accepted");
        const QByteArray data = MerkleTree::leafHash("data");
        QTest::newRow("single entry") << qint64(0) << qint64(1) << data << data << true;
        QTest::newRow("single, empty root") << qint64(0) << qint64(1) << data << QByteArray() << false;
        QTest::newRow("single, empty leaf") << qint64(0) << qint64(1) << QByteArray() << data << false;
        QTest::newRow("0 of 0") << qint64(0) << qint64(0) << someHash << MerkleTree::emptyRoot() << false;
        QTest::newRow("1 of 0") << qint64(1) << qint64(0) << someHash << MerkleTree::emptyRoot() << false;
        QTest::newRow("2 of 1") << qint64(2) << qint64(1) << someHash << someHash << false;
        QTest::newRow("1 of 1") << qint64(1) << qint64(1) << someHash << someHash << false;
        QTest::newRow("negative") << qint64(-1) << qint64(1) << someHash << someHash << false;
    }

    void inclusionEdgeCases()
    {
        QFETCH(qint64, index);
        QFETCH(qint64, size);
        QFETCH(QByteArray, leaf);
        QFETCH(QByteArray, root);
        QFETCH(bool, accepted);
        QCOMPARE(MerkleProof::verifyInclusion(leaf, index, size, {}, root).ok(), accepted);
    }

    // A proof for one entry does not verify another: the sentence says which entry and root.
    void proofForAnotherEntryIsRefused()
    {
        const QList<QByteArray> proof = hexList(vectors()
                                                    .value(QStringLiteral("inclusion"))
                                                    .toArray()
                                                    .at(2)
                                                    .toObject()
                                                    .value(QStringLiteral("proof"))); // entry 5 of 8
        auto r = MerkleProof::verifyInclusion(leafHashAt(4), 5, 8, proof, rootOf(8));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Integrity);
        QVERIFY2(r.error().message.startsWith(QLatin1String("the inclusion proof for entry 5 leads to root")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QString::fromLatin1(rootOf(8).toHex())));
        auto moved = MerkleProof::verifyInclusion(leafHashAt(5), 4, 8, proof, rootOf(8));
        QVERIFY(!moved.ok());
        auto wrongLength = MerkleProof::verifyInclusion(leafHashAt(5), 5, 8, proof.mid(0, 2), rootOf(8));
        QVERIFY(!wrongLength.ok());
        QVERIFY2(wrongLength.error().message.contains(
                     QLatin1String("has 2 hashes, but a proof for entry 5 in a tree of 8 entries has 3")),
                 qPrintable(wrongLength.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMerkleProof)
#include "TestMerkleProof.moc"
