#include "crypto/NodeIdentity.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerEntry.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

// LedgerVerifier's checkpoint checks (SPEC section 5): signatures, roots recomputed from the
// entries, and consistency between successive checkpoints.
class TestCheckpointVerification : public QObject
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
        for (int i = 0; i < n; ++i)
            QVERIFY(
                m_writer->append({QStringLiteral("decision"), QStringLiteral("system"), {{QStringLiteral("n"), i}}, {}})
                    .ok());
    }

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlDatabase conn = m_db->connection();
        auto r = Sql::exec(conn, sql, binds);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
    }

    // Rewrites entry `index` and re-chains every later entry, so the hash chain verifies again:
    // only the signed checkpoints can tell.
    void rewriteHistoryFrom(qint64 index)
    {
        exec(QStringLiteral("DROP TRIGGER ledger_entries_no_update"));
        auto all = LedgerStore(m_db).entries(0, 1000);
        QVERIFY(all.ok());
        QString previous = all->at(index - 1).entryHash;
        for (qint64 i = index; i < all->size(); ++i) {
            const LedgerEntry &old = all->at(i);
            QJsonObject payload = old.payload;
            if (i == index)
                payload.insert(QStringLiteral("n"), 999);
            const LedgerEntry e = LedgerEntry::make(i, old.timestamp, old.type, old.actor, payload, previous);
            exec(QStringLiteral("UPDATE ledger_entries SET entry_hash = ?, canonical = ? WHERE idx = ?"),
                 {e.entryHash, e.canonical, i});
            previous = e.entryHash;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile secret(m_dir.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("verification test passphrase\n");
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
        auto db = Database::open(m_dir.filePath(QStringLiteral("v%1.db").arg(++m_count)));
        QVERIFY(db.ok());
        m_db = *db;
        auto node = NodeIdentity::openOrCreate(m_db, m_clock);
        QVERIFY(node.ok());
        m_node = std::make_unique<NodeIdentity>(*node);
        m_writer = std::make_unique<LedgerWriter>(m_db, m_clock);
        QVERIFY(m_writer->ensureGenesis(m_node->genesisPayload()).ok());
        m_service = std::make_unique<CheckpointService>(m_db, *m_node, nullptr, m_clock);
        for (int grow : {3, 4, 6}) {
            appendEntries(grow);
            QVERIFY(m_service->checkpoint().ok()); // sizes 4, 8, 14
        }
        appendEntries(2); // 16 entries, 2 past the latest checkpoint
    }

    void verifiesEntriesAndCheckpoints()
    {
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->entries, 16);
        QCOMPARE(report->checkpoints, 3);
        auto root = m_service->checkpoint();
        QVERIFY(root.ok());
        QCOMPARE(report->rootHash, root->rootHash);
    }

    void namesTheCheckpointARewrittenHistoryBreaks()
    {
        rewriteHistoryFrom(6); // inside checkpoints 8 and 14, after checkpoint 4
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        QCOMPARE(report->firstBadIndex, -1); // the chain itself verifies
        QCOMPARE(report->firstBadCheckpoint, 8);
        QCOMPARE(report->checkpoints, 1);
        QVERIFY2(report->problem.contains(QLatin1String("not the signed root")), qPrintable(report->problem));
    }

    void namesAnEditedCheckpoint_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("badCheckpoint");
        QTest::addColumn<QString>("expected");
        QTest::newRow("note text edited")
            << QStringLiteral("UPDATE checkpoints SET note = replace(note, '\n8\n', '\n9\n') WHERE tree_size = 8")
            << qint64(8) << QStringLiteral("changed after");
        QTest::newRow("signature removed")
            << QStringLiteral("UPDATE checkpoints SET note = substr(note, 1, instr(note, '\n\n')) WHERE tree_size = 14")
            << qint64(14) << QStringLiteral("not a valid signed note");
        QTest::newRow("root column edited")
            << QStringLiteral("UPDATE checkpoints SET root_hash = zeroblob(32) WHERE tree_size = 4") << qint64(4)
            << QStringLiteral("row was edited");
        QTest::newRow("checkpoint beyond the ledger")
            << QStringLiteral("UPDATE checkpoints SET tree_size = 99 WHERE tree_size = 14") << qint64(99)
            << QStringLiteral("row was edited");
    }

    void namesAnEditedCheckpoint()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, badCheckpoint);
        QFETCH(QString, expected);
        exec(QStringLiteral("DROP TRIGGER checkpoints_no_update"));
        exec(sql);
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        QCOMPARE(report->firstBadCheckpoint, badCheckpoint);
        QVERIFY2(report->problem.contains(expected), qPrintable(report->problem));
    }

    void namesAnInconsistentStoredTree()
    {
        exec(QStringLiteral("DROP TRIGGER merkle_nodes_no_update"));
        exec(QStringLiteral("UPDATE merkle_nodes SET hash = zeroblob(32) WHERE level = 2 AND idx = 2"));
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        QCOMPARE(report->firstBadCheckpoint, 14);
        QVERIFY2(report->problem.contains(QLatin1String("not proven consistent")), qPrintable(report->problem));
    }
};

QTEST_GUILESS_MAIN(TestCheckpointVerification)
#include "TestCheckpointVerification.moc"
