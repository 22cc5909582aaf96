#include "audit/PacketProofs.h"
#include "crypto/NodeIdentity.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerWriter.h"
#include "ledger/MerkleProof.h"
#include "ledger/MerkleTree.h"
#include "ledger/SignedNoteKey.h"
#include "ledger/TlogProof.h"
#include "ledger/TlogProofVerifier.h"
#include "storage/Database.h"
#include "support/StoreFixture.h"

#include <QtTest>

using namespace Lexecon;

// In-memory proofs must equal the stored tree's (MerkleTree::inclusionProof) for every index
// and tree shape, and the proof texts must verify with the node's key.
class TestPacketProofs : public QObject
{
    Q_OBJECT

private:
    Test::StoreFixture m_store;

    void append(int n)
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(m_store.ledger->append({QStringLiteral("test"), QStringLiteral("system"),
                                            QJsonObject{{QStringLiteral("i"), i}}, {}}).ok());
    }

private Q_SLOTS:
    void matchesStoredTree_data()
    {
        QTest::addColumn<int>("entries");
        QTest::newRow("1") << 0;
        QTest::newRow("2") << 1;
        QTest::newRow("7") << 6;
        QTest::newRow("8") << 7;
        QTest::newRow("33") << 32;
    }
    void matchesStoredTree()
    {
        QFETCH(int, entries);
        QVERIFY(m_store.open().ok());
        append(entries);
        const qint64 size = m_store.ledgerSize();
        const QByteArray root = MerkleTree::root(m_store.db, size).value();
        StoredCheckpoint cp;
        cp.treeSize = size;
        cp.rootHash = root;
        auto proofs = PacketProofs::load(m_store.db, cp);
        QVERIFY2(proofs.ok(), qPrintable(proofs.error().message));
        for (qint64 i = 0; i < size; ++i)
            QCOMPARE(proofs->inclusion(i).value(), MerkleTree::inclusionProof(m_store.db, i, size).value());
        QVERIFY(!proofs->inclusion(size).ok());
    }

    void wrongRootIsRefused()
    {
        QVERIFY(m_store.open().ok());
        append(5);
        StoredCheckpoint cp;
        cp.treeSize = m_store.ledgerSize();
        cp.rootHash = QByteArray(32, '\0');
        auto proofs = PacketProofs::load(m_store.db, cp);
        QVERIFY(!proofs.ok());
        QCOMPARE(proofs.error().code, Error::Code::Integrity);
    }

    void proofTextsVerifyWithTheNodeKey()
    {
        QVERIFY(m_store.open().ok());
        append(20);
        auto node = NodeIdentity::openOrCreate(m_store.db, m_store.clock);
        QVERIFY2(node.ok(), qPrintable(node.error().message));
        CheckpointService service(m_store.db, *node, nullptr, m_store.clock);
        auto cp = service.checkpoint();
        QVERIFY(cp.ok());
        auto proofs = PacketProofs::load(m_store.db, *cp);
        QVERIFY(proofs.ok());
        const auto key = SignedNoteKey::parse(service.verifierKey()).value();
        QList<qint64> seen;
        auto written = proofs->write(m_store.db, {1, 3, 3, 17}, [&](qint64 index, const QByteArray &text) {
            seen << index;
            auto check = TlogProofVerifier::verify(text, key);
            if (!check)
                qWarning("%s", qPrintable(check.error().message));
            return check.ok() && check->index == index;
        });
        QVERIFY(written.ok());
        QCOMPARE(seen, (QList<qint64>{1, 3, 17}));
    }
};

QTEST_GUILESS_MAIN(TestPacketProofs)
#include "TestPacketProofs.moc"
