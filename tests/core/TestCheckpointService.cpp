#include "crypto/NodeIdentity.h"
#include "ledger/Checkpoint.h"
#include "ledger/CheckpointService.h"
#include "ledger/CheckpointStore.h"
#include "ledger/LedgerWriter.h"
#include "ledger/MerkleProof.h"
#include "ledger/MerkleTree.h"
#include "ledger/SignedNote.h"
#include "ledger/TlogProofVerifier.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <thread>
#include <QCoreApplication>
#include <QTest>

using namespace Lexecon;

class TestCheckpointService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    int m_count = 0;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<NodeIdentity> m_node;
    std::unique_ptr<LedgerWriter> m_writer;
    std::unique_ptr<CheckpointService> m_service;

    void appendEntries(int n)
    {
        for (int i = 0; i < n; ++i) {
            auto e = m_writer->append(
                {QStringLiteral("decision"), QStringLiteral("system"), {{QStringLiteral("n"), i}}, {}});
            QVERIFY2(e.ok(), qPrintable(e.error().message));
        }
    }

    qint64 storedCount()
    {
        auto all = CheckpointStore(m_db).all();
        return all ? all->size() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile secret(m_dir.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("checkpoint test passphrase\n");
        secret.close();
        secret.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        qputenv("LEXECON_SECRET_FILE", secret.fileName().toLocal8Bit());
    }

    void init()
    {
        m_service.reset();
        m_writer.reset();
        m_node.reset();
        m_db.reset();
        auto db = Database::open(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_count)));
        QVERIFY(db.ok());
        m_db = *db;
        auto node = NodeIdentity::openOrCreate(m_db, m_clock);
        QVERIFY2(node.ok(), qPrintable(node.error().message));
        m_node = std::make_unique<NodeIdentity>(*node);
        m_writer = std::make_unique<LedgerWriter>(m_db, m_clock);
        QVERIFY(m_writer->ensureGenesis(m_node->genesisPayload()).ok());
        m_service = std::make_unique<CheckpointService>(m_db, *m_node, m_writer.get(), m_clock);
    }

    void signsTheTreeHead()
    {
        appendEntries(4);
        auto cp = m_service->checkpoint();
        QVERIFY2(cp.ok(), qPrintable(cp.error().message));
        QCOMPARE(cp->treeSize, 5);
        auto root = MerkleTree::root(m_db, 5);
        QVERIFY(root.ok());
        QCOMPARE(cp->rootHash, *root);
        const QByteArray expectedBody = m_node->defaultOrigin().toUtf8() + "\n5\n" + root->toBase64() + "\n";
        QVERIFY(cp->note.startsWith(expectedBody + "\n\xE2\x80\x94 " + m_node->defaultOrigin().toUtf8() + " "));
        auto checked = TlogProofVerifier::verifyCheckpoint(cp->note, *SignedNoteKey::parse(m_node->noteVerifierKey()));
        QVERIFY2(checked.ok(), qPrintable(checked.error().message));
        QCOMPARE(checked->treeSize, 5);
        QCOMPARE(cp->createdAt, QStringLiteral("2026-11-22T10:00:00.000Z"));
    }

    void signsOnlyWhenTheTreeGrew()
    {
        QSignalSpy spy(m_service.get(), &CheckpointService::checkpointed);
        QVERIFY(m_service->checkpoint().ok());
        QVERIFY(m_service->checkpoint().ok());
        QCOMPARE(storedCount(), 1);
        appendEntries(1);
        auto cp = m_service->checkpoint();
        QVERIFY(cp.ok());
        QCOMPARE(cp->treeSize, 2);
        QCOMPARE(storedCount(), 2);
        QCOMPARE(spy.count(), 2);
    }

    void signsAfterEveryNEntries()
    {
        CheckpointSettings s = m_service->settings();
        s.everyEntries = 3;
        m_service->setSettings(s);
        appendEntries(7); // tree sizes 2..8: signs at 3, 6
        QTRY_COMPARE(storedCount(), 2);
        auto latest = m_service->latest();
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->treeSize, 6);
    }

    // Appends from other threads (the HTTP workers) post at most one signing request to the
    // service's thread at a time, and only once N entries have gathered.
    void signsAfterNEntriesAppendedOnOtherThreads()
    {
        CheckpointSettings s = m_service->settings();
        s.everyEntries = 10;
        m_service->setSettings(s);
        QSignalSpy spy(m_service.get(), &CheckpointService::checkpointed);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([this] { appendEntries(6); });
        for (auto &th : threads)
            th.join();
        QCOMPARE(storedCount(), 0); // nothing signed off this thread yet: it is queued
        QTRY_COMPARE(storedCount(), 1);
        auto latest = m_service->latest();
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->treeSize, 25); // genesis + 24: the whole tree, in one checkpoint
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        appendEntries(3); // 28: fewer than 10 since the last one
        QCoreApplication::processEvents();
        QCOMPARE(storedCount(), 1);
    }

    void signsEveryTSecondsWhenTheTreeGrew()
    {
        CheckpointSettings s = m_service->settings();
        s.everySeconds = 1;
        m_service->setSettings(s);
        m_service->start();
        QSignalSpy spy(m_service.get(), &CheckpointService::checkpointed);
        QVERIFY(spy.wait(3000));
        QCOMPARE(spy.first().first().toLongLong(), 1);
        appendEntries(2);
        QVERIFY(spy.wait(3000));
        QCOMPARE(spy.last().first().toLongLong(), 3);
        // Nothing appended: the timer fires but signs nothing new.
        QVERIFY(!spy.wait(1500));
        QCOMPARE(storedCount(), 2);
        m_service->stop();
    }

    void readsSettingsFromTheWorkspace()
    {
        for (const auto &[key, value] :
             {std::pair{"ledger.checkpoint_every_entries", "25"}, std::pair{"ledger.checkpoint_every_seconds", "7"},
              std::pair{"ledger.origin", "example.org/lexecon"}}) {
            QSqlDatabase conn = m_db->connection();
            QVERIFY(
                Sql::exec(conn,
                          QStringLiteral(
                              "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, '', 'test')"),
                          {QString::fromLatin1(key), QString::fromLatin1(value)})
                    .ok());
        }
        const CheckpointSettings s = CheckpointSettings::load(m_db);
        QCOMPARE(s.everyEntries, 25);
        QCOMPARE(s.everySeconds, 7);
        CheckpointService service(m_db, *m_node, nullptr, m_clock);
        QCOMPARE(service.origin(), QStringLiteral("example.org/lexecon"));
        auto cp = service.checkpoint();
        QVERIFY(cp.ok());
        QVERIFY(cp->note.startsWith("example.org/lexecon\n1\n"));
        QVERIFY(TlogProofVerifier::verifyCheckpoint(cp->note, *SignedNoteKey::parse(service.verifierKey())).ok());
        // The default origin's key does not verify a checkpoint of another origin.
        QVERIFY(!TlogProofVerifier::verifyCheckpoint(cp->note, *SignedNoteKey::parse(m_node->noteVerifierKey())).ok());
    }

    void provesConsistencyBetweenStoredCheckpoints()
    {
        QVERIFY(m_service->checkpoint().ok());
        for (int grow : {2, 5, 9}) {
            appendEntries(grow);
            QVERIFY(m_service->checkpoint().ok());
        }
        auto all = CheckpointStore(m_db).all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 4);
        for (int i = 0; i < all->size(); ++i) {
            for (int j = i; j < all->size(); ++j) {
                auto c = m_service->consistencyProof(all->at(i).treeSize, all->at(j).treeSize);
                QVERIFY2(c.ok(), qPrintable(c.error().message));
                QVERIFY(MerkleProof::verifyConsistency(c->oldCheckpoint.treeSize, c->newCheckpoint.treeSize, c->hashes,
                                                       c->oldCheckpoint.rootHash, c->newCheckpoint.rootHash)
                            .ok());
            }
        }
        QCOMPARE(m_service->consistencyProof(2, 1).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_service->consistencyProof(1, 4).error().code, Error::Code::NotFound);
    }

    void refusesToSignAnInconsistentTree()
    {
        appendEntries(1);
        QVERIFY(m_service->checkpoint().ok()); // size 2
        appendEntries(3);
        // Rewrite history under the tree: leaf 1 and every stored node above it.
        QSqlDatabase conn = m_db->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("DROP TRIGGER merkle_nodes_no_update")).ok());
        QVERIFY(Sql::exec(conn, QStringLiteral("UPDATE merkle_nodes SET hash = ? WHERE idx = (1 >> level)"),
                          {QByteArray(32, '\x42')})
                    .ok());
        QSignalSpy refused(m_service.get(), &CheckpointService::checkpointRefused);
        auto cp = m_service->checkpoint();
        QVERIFY(!cp.ok());
        QCOMPARE(cp.error().code, Error::Code::Integrity);
        QVERIFY2(cp.error().message.contains(QLatin1String("not consistent with checkpoint 2")),
                 qPrintable(cp.error().message));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(storedCount(), 1);
    }

    void refusesWhenTheLatestCheckpointWasEdited()
    {
        QVERIFY(m_service->checkpoint().ok());
        QSqlDatabase conn = m_db->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("DROP TRIGGER checkpoints_no_update")).ok());
        QVERIFY(Sql::exec(conn, QStringLiteral("UPDATE checkpoints SET note = replace(note, '\n1\n', '\n2\n')")).ok());
        appendEntries(1);
        auto cp = m_service->checkpoint();
        QVERIFY(!cp.ok());
        QVERIFY2(cp.error().message.contains(QLatin1String("stored checkpoint 1")), qPrintable(cp.error().message));
    }

    void checkpointsAreAppendOnly()
    {
        QVERIFY(m_service->checkpoint().ok());
        QSqlDatabase conn = m_db->connection();
        QVERIFY(!Sql::exec(conn, QStringLiteral("DELETE FROM checkpoints")).ok());
        QVERIFY(!Sql::exec(conn, QStringLiteral("UPDATE checkpoints SET note = ''")).ok());
    }

    void provesInclusionAgainstTheLatestCheckpoint()
    {
        appendEntries(6);
        QVERIFY(m_service->checkpoint().ok()); // size 7
        const SignedNoteKey key = *SignedNoteKey::parse(m_node->noteVerifierKey());
        for (qint64 index = 0; index < 7; ++index) {
            auto proof = m_service->inclusionProof(index);
            QVERIFY2(proof.ok(), qPrintable(proof.error().message));
            auto check = TlogProofVerifier::verify(proof->toText(), key);
            QVERIFY2(check.ok(), qPrintable(check.error().message));
            QCOMPARE(check->index, index);
            QCOMPARE(check->treeSize, 7);
        }
        // An entry past the latest checkpoint gets a new checkpoint first.
        appendEntries(2);
        auto proof = m_service->inclusionProof(8);
        QVERIFY(proof.ok());
        QCOMPARE(storedCount(), 2);
        QVERIFY(TlogProofVerifier::verify(proof->toText(), key).ok());
        QCOMPARE(m_service->inclusionProof(9).error().code, Error::Code::NotFound);
        QCOMPARE(m_service->inclusionProof(-1).error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestCheckpointService)
#include "TestCheckpointService.moc"
