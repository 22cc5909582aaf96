#include "ledger/MerkleFrontier.h"
#include "ledger/MerkleTree.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lexecon;

namespace {

// RFC 6962 vectors from github.com/transparency-dev/merkle (testonly/constants.go); the file names its source.
QJsonObject vectors()
{
    QFile f(QStringLiteral(LEXECON_TEST_DATA_DIR "/merkle/rfc6962-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the Merkle test vectors");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QList<QByteArray> hexList(const QJsonValue &array)
{
    QList<QByteArray> out;
    for (const QJsonValue &v : array.toArray())
        out.append(QByteArray::fromHex(v.toString().toLatin1()));
    return out;
}

} // namespace

class TestMerkleFrontier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rootsAndSubtreesFollowTheVectors_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QList<QPoint>>("subtrees"); // (level, index) into the vector node table
        // The compact ranges of testonly/constants.go CompactTrees().
        QTest::newRow("0") << 0 << QList<QPoint>{};
        QTest::newRow("1") << 1 << QList<QPoint>{{0, 0}};
        QTest::newRow("2") << 2 << QList<QPoint>{{1, 0}};
        QTest::newRow("3") << 3 << QList<QPoint>{{1, 0}, {0, 2}};
        QTest::newRow("4") << 4 << QList<QPoint>{{2, 0}};
        QTest::newRow("5") << 5 << QList<QPoint>{{2, 0}, {0, 4}};
        QTest::newRow("6") << 6 << QList<QPoint>{{2, 0}, {1, 2}};
        QTest::newRow("7") << 7 << QList<QPoint>{{2, 0}, {1, 2}, {0, 6}};
        QTest::newRow("8") << 8 << QList<QPoint>{{3, 0}};
    }

    void rootsAndSubtreesFollowTheVectors()
    {
        QFETCH(int, size);
        QFETCH(QList<QPoint>, subtrees);
        const QJsonObject v = vectors();
        const QList<QByteArray> inputs = hexList(v.value(QStringLiteral("leaves")));
        const QJsonArray nodes = v.value(QStringLiteral("nodes")).toArray();
        MerkleFrontier f;
        for (int i = 0; i < size; ++i)
            f.append(MerkleTree::leafHash(inputs[i]));
        QCOMPARE(f.size(), size);
        QCOMPARE(f.root().toHex(), hexList(v.value(QStringLiteral("roots"))).at(size).toHex());
        QList<QByteArray> expected;
        for (const QPoint &p : subtrees)
            expected.append(hexList(nodes.at(p.x())).at(p.y()));
        QCOMPARE(f.subtrees(), expected);
        // A frontier rebuilt from its subtrees continues identically.
        MerkleFrontier back = MerkleFrontier::fromSubtrees(size, expected);
        QVERIFY(back.isValid());
        QCOMPARE(back.root(), f.root());
        if (size < 8) {
            back.append(MerkleTree::leafHash(inputs[size]));
            f.append(MerkleTree::leafHash(inputs[size]));
            QCOMPARE(back.root(), f.root());
        }
    }

    void reportsCompletedSubtrees()
    {
        const QJsonObject v = vectors();
        const QList<QByteArray> inputs = hexList(v.value(QStringLiteral("leaves")));
        const QJsonArray nodes = v.value(QStringLiteral("nodes")).toArray();
        MerkleFrontier f;
        for (int i = 0; i < 7; ++i)
            f.append(MerkleTree::leafHash(inputs[i]));
        QList<QByteArray> completed;
        f.append(MerkleTree::leafHash(inputs[7]), &completed); // leaf 7 closes levels 1, 2 and 3
        QCOMPARE(completed.size(), 3);
        QCOMPARE(completed[0], hexList(nodes.at(1)).at(3));
        QCOMPARE(completed[1], hexList(nodes.at(2)).at(1));
        QCOMPARE(completed[2], hexList(nodes.at(3)).at(0));
    }

    void refusesSubtreesThatDoNotFit()
    {
        const QByteArray h(32, 'a');
        QVERIFY(!MerkleFrontier::fromSubtrees(3, {h}).isValid()); // 3 needs two subtrees
        QVERIFY(!MerkleFrontier::fromSubtrees(1, {h, h}).isValid());
        QVERIFY(!MerkleFrontier::fromSubtrees(1, {QByteArray(31, 'a')}).isValid());
        QVERIFY(!MerkleFrontier::fromSubtrees(-1, {}).isValid());
        QVERIFY(MerkleFrontier::fromSubtrees(0, {}).isValid());
        MerkleFrontier f;
        f.invalidate();
        QVERIFY(!f.isValid());
    }
};

QTEST_GUILESS_MAIN(TestMerkleFrontier)
#include "TestMerkleFrontier.moc"
