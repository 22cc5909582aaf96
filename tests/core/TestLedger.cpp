#include "ledger/LedgerStore.h"
#include "ledger/MerkleFrontier.h"
#include "ledger/MerkleTree.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

class TestLedger : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    MockClock m_clock;
    std::unique_ptr<LedgerWriter> m_writer;

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("l.db")));
        QFile::remove(m_dir.filePath(QStringLiteral("l.db-wal")));
        QFile::remove(m_dir.filePath(QStringLiteral("l.db-shm")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("l.db")));
        QVERIFY(db.ok());
        m_db = *db;
        m_writer = std::make_unique<LedgerWriter>(m_db, m_clock);
    }

    void entryHashIsSha256OfCanonicalBytes()
    {
        const LedgerEntry e = LedgerEntry::make(7, QStringLiteral("2026-11-22T10:00:00.000Z"), QStringLiteral("decision"),
                                                QStringLiteral("apikey:bot"), {{QStringLiteral("b"), 1}, {QStringLiteral("a"), QStringLiteral("x")}},
                                                QString(64, QLatin1Char('a')));
        const QByteArray expected = "{\"actor\":\"apikey:bot\",\"index\":7,\"payload\":{\"a\":\"x\",\"b\":1},\"prev_hash\":\""
                                    + QByteArray(64, 'a') + "\",\"timestamp\":\"2026-11-22T10:00:00.000Z\",\"type\":\"decision\"}";
        QCOMPARE(e.canonical, expected);
        QCOMPARE(e.entryHash, QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
        const LedgerEntry back = LedgerEntry::fromCanonical(e.canonical);
        QCOMPARE(back.index, 7);
        QCOMPARE(back.prevHash, e.prevHash);
        QCOMPARE(back.payload, e.payload);
    }

    void appendRequiresGenesis()
    {
        auto r = m_writer->append({QStringLiteral("decision"), QStringLiteral("system"), {}, {}});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("genesis")));
    }

    void chainsEntriesAndVerifies()
    {
        auto g = m_writer->ensureGenesis({{QStringLiteral("node_id"), QStringLiteral("n1")}});
        QVERIFY(g.ok());
        QCOMPARE(g->index, 0);
        QCOMPARE(g->prevHash, LedgerEntry::zeroHash());
        QString prev = g->entryHash;
        for (int i = 1; i <= 50; ++i) {
            m_clock.advanceSeconds(1);
            auto e = m_writer->append({QStringLiteral("decision"), QStringLiteral("apikey:bot"), {{QStringLiteral("n"), i}}, {}});
            QVERIFY2(e.ok(), qPrintable(e.error().message));
            QCOMPARE(e->index, i);
            QCOMPARE(e->prevHash, prev);
            prev = e->entryHash;
        }
        // A second genesis call changes nothing.
        QCOMPARE(m_writer->ensureGenesis({{QStringLiteral("node_id"), QStringLiteral("other")}})->entryHash, g->entryHash);
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->entries, 51);
        QCOMPARE(report->headHash, prev);
        QCOMPARE(LedgerStore(m_db).size().value(), 51);
        QCOMPARE(LedgerStore(m_db).entry(10)->payload.value(QStringLiteral("n")).toInt(), 10);
    }

    void alsoWriteSharesTheTransaction()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        auto failed = m_writer->append({QStringLiteral("decision"), QStringLiteral("system"), {},
                                        [](QSqlDatabase &, const LedgerEntry &) -> Result<void> {
                                            return Error::internal(QStringLiteral("service row failed"));
                                        }});
        QVERIFY(!failed.ok());
        QCOMPARE(LedgerStore(m_db).size().value(), 1); // the entry was rolled back with the service's rows
        qint64 seenIndex = -1;
        auto good = m_writer->append({QStringLiteral("decision"), QStringLiteral("system"), {},
                                      [&](QSqlDatabase &, const LedgerEntry &e) -> Result<void> {
                                          seenIndex = e.index;
                                          return {};
                                      }});
        QVERIFY(good.ok());
        QCOMPARE(seenIndex, 1);
    }

    // Tampering that bypasses the triggers (a raw edit of the file) is found and named.
    void verifyNamesTheFirstBadIndex_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("badIndex");
        QTest::addColumn<QString>("words");
        QTest::newRow("content edited") << QStringLiteral("UPDATE ledger_entries SET canonical = replace(canonical, '\"n\":5', '\"n\":6') WHERE idx = 5")
                                        << qint64(5) << QStringLiteral("does not match its hash");
        QTest::newRow("entry removed") << QStringLiteral("DELETE FROM ledger_entries WHERE idx = 3") << qint64(3)
                                       << QStringLiteral("missing");
        QTest::newRow("actor column edited") << QStringLiteral("UPDATE ledger_entries SET actor = 'mallory' WHERE idx = 4")
                                             << qint64(4) << QStringLiteral("actor column");
        QTest::newRow("type column edited") << QStringLiteral("UPDATE ledger_entries SET type = 'override_created' WHERE idx = 6")
                                            << qint64(6) << QStringLiteral("type or timestamp column");
        QTest::newRow("timestamp column edited")
            << QStringLiteral("UPDATE ledger_entries SET timestamp = '2020-01-01T00:00:00.000Z' WHERE idx = 7") << qint64(7)
            << QStringLiteral("type or timestamp column");
        QTest::newRow("rehashed but chain broken")
            << QStringLiteral("UPDATE ledger_entries SET canonical = replace(canonical, '\"n\":8', '\"n\":9'), "
                              "entry_hash = lower(hex(sha256(replace(canonical, '\"n\":8', '\"n\":9')))) WHERE idx = 8")
            << qint64(9) << QStringLiteral("chain is broken");
        // Hashes are compared on a second thread and the other checks on the reading one: with two
        // findings the earlier entry is named, and at one entry the hash finding comes first.
        QTest::newRow("column edit before a content edit")
            << QStringLiteral("UPDATE ledger_entries SET actor = CASE WHEN idx = 4 THEN 'mallory' ELSE actor END, "
                              "canonical = CASE WHEN idx = 9 THEN replace(canonical, '\"n\":9', '\"n\":1') "
                              "ELSE canonical END WHERE idx IN (4, 9)")
            << qint64(4) << QStringLiteral("actor column");
        QTest::newRow("content edit before a column edit")
            << QStringLiteral("UPDATE ledger_entries SET actor = CASE WHEN idx = 7 THEN 'mallory' ELSE actor END, "
                              "canonical = CASE WHEN idx = 3 THEN replace(canonical, '\"n\":3', '\"n\":1') "
                              "ELSE canonical END WHERE idx IN (3, 7)")
            << qint64(3) << QStringLiteral("does not match its hash");
        QTest::newRow("content and column edited in one entry")
            << QStringLiteral("UPDATE ledger_entries SET actor = 'mallory', "
                              "canonical = replace(canonical, '\"n\":5', '\"n\":6') WHERE idx = 5")
            << qint64(5) << QStringLiteral("does not match its hash");
        QTest::newRow("hash column shortened")
            << QStringLiteral("UPDATE ledger_entries SET entry_hash = substr(entry_hash, 1, 10) WHERE idx = 2")
            << qint64(2) << QStringLiteral("does not match its hash");
    }
    void verifyNamesTheFirstBadIndex()
    {
        QFETCH(QString, tamper);
        QFETCH(qint64, badIndex);
        QFETCH(QString, words);
        QVERIFY(m_writer->ensureGenesis({}).ok());
        for (int i = 1; i <= 12; ++i)
            QVERIFY(m_writer->append({QStringLiteral("decision"), QStringLiteral("system"), {{QStringLiteral("n"), i}}, {}}).ok());
        QSqlDatabase conn = m_db->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("DROP TRIGGER ledger_entries_no_update")).ok());
        QVERIFY(Sql::exec(conn, QStringLiteral("DROP TRIGGER ledger_entries_no_delete")).ok());
        if (tamper.contains(QLatin1String("sha256("))) {
            // SQLite has no sha256(); recompute the forged hash here as an attacker would.
            auto q = Sql::exec(conn, QStringLiteral("SELECT canonical FROM ledger_entries WHERE idx = 8"));
            QVERIFY(q.ok() && q->next());
            QByteArray forged = q->value(0).toByteArray();
            forged.replace("\"n\":8", "\"n\":9");
            q->finish();
            QVERIFY(Sql::exec(conn, QStringLiteral("UPDATE ledger_entries SET canonical = ?, entry_hash = ? WHERE idx = 8"),
                              {forged, QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex())})
                        .ok());
        } else {
            QVERIFY(Sql::exec(conn, tamper).ok());
        }
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        QCOMPARE(report->firstBadIndex, badIndex);
        QCOMPARE(report->entries, badIndex);
        QVERIFY2(report->problem.contains(words), qPrintable(report->problem));
    }

    // A ledger longer than the verifier's hand-over chunks (2048 entries): the root is the one the
    // entries give, and a finding far in is still named exactly, with the head before it.
    void verifyWalksAcrossChunks()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        QSqlDatabase conn = m_db->connection();
        auto genesis = LedgerStore(m_db).entry(0);
        QVERIFY(genesis.ok());
        QString prev = genesis->entryHash;
        MerkleFrontier expected;
        expected.append(MerkleTree::leafHash(genesis->canonical));
        const qint64 count = 5000;
        QString hashBefore4500;
        auto filled = m_db->write([&](QSqlDatabase &c) -> Result<void> {
            for (qint64 i = 1; i < count; ++i) {
                const LedgerEntry e = LedgerEntry::make(i, QStringLiteral("2026-11-22T10:00:00.000Z"),
                                                        QStringLiteral("decision"), QStringLiteral("system"),
                                                        {{QStringLiteral("n"), i}}, prev);
                if (auto r = Sql::execOne(c,
                                          QStringLiteral("INSERT INTO ledger_entries (idx, timestamp, type, actor, "
                                                         "entry_hash, canonical) VALUES (?, ?, ?, ?, ?, ?)"),
                                          {e.index, e.timestamp, e.type, e.actor, e.entryHash, e.canonical});
                    !r)
                    return r;
                expected.append(MerkleTree::leafHash(e.canonical));
                if (i == 4499)
                    hashBefore4500 = e.entryHash;
                prev = e.entryHash;
            }
            return {};
        });
        QVERIFY2(filled.ok(), qPrintable(filled.error().message));
        auto good = LedgerVerifier(m_db).verify();
        QVERIFY(good.ok());
        QVERIFY2(good->ok, qPrintable(good->problem));
        QCOMPARE(good->entries, count);
        QCOMPARE(good->rootHash, expected.root());
        QCOMPARE(good->headHash, prev);

        QVERIFY(Sql::exec(conn, QStringLiteral("DROP TRIGGER ledger_entries_no_update")).ok());
        QVERIFY(Sql::exec(conn, QStringLiteral("UPDATE ledger_entries SET canonical = replace(canonical, "
                                               "'\"n\":4500', '\"n\":4501') WHERE idx = 4500"))
                    .ok());
        auto bad = LedgerVerifier(m_db).verify();
        QVERIFY(bad.ok());
        QVERIFY(!bad->ok);
        QCOMPARE(bad->firstBadIndex, 4500);
        QCOMPARE(bad->entries, 4500);
        QCOMPARE(bad->headHash, hashBefore4500);
        QVERIFY2(bad->problem.contains(QLatin1String("does not match its hash")), qPrintable(bad->problem));
    }

    void emptyLedgerDoesNotVerify()
    {
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        QVERIFY(report->problem.contains(QLatin1String("genesis")));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"
