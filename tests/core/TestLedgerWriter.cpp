#include "ledger/LedgerBatch.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "ledger/MerkleTree.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <semaphore>
#include <set>
#include <thread>
#include <vector>

using namespace Lexecon;

namespace {

LedgerAppend plain(int n)
{
    return {QStringLiteral("decision"), QStringLiteral("apikey:bot"), {{QStringLiteral("n"), n}}, {}};
}

// alsoWrite that stores a settings row named after the entry, so a test can see whose rows survived.
Result<void> writeSettingRow(QSqlDatabase &conn, const LedgerEntry &e, const QString &key)
{
    return Sql::execOne(conn,
                        QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"),
                        {key, QString::number(e.index), e.timestamp, e.actor});
}

} // namespace

class TestLedgerWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    MockClock m_clock;
    std::unique_ptr<LedgerWriter> m_writer;

    QString path() const { return m_dir->filePath(QStringLiteral("w.db")); }

    // Every entry verifies, and the stored Merkle tree has one leaf per entry with the root the
    // leaves give: the writer's appendLeaf calls saw every committed entry exactly once.
    void checkLedger(qint64 expectedSize)
    {
        auto report = LedgerVerifier(m_db).verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok, qPrintable(report->problem));
        QCOMPARE(report->entries, expectedSize);
        QList<QByteArray> leaves;
        QVERIFY(LedgerStore(m_db)
                    .scan(0,
                          [&](qint64, QByteArrayView, QByteArrayView canonical) {
                              leaves.append(MerkleTree::leafHash(canonical));
                              return true;
                          })
                    .ok());
        QSqlDatabase conn = m_db->connection();
        QCOMPARE(MerkleTree::size(conn).value(), expectedSize);
        QCOMPARE(MerkleTree::root(conn, expectedSize).value().toHex(), MerkleTree::rootFromLeaves(leaves).toHex());
    }

    bool settingExists(const QString &key)
    {
        QSqlDatabase conn = m_db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT 1 FROM settings WHERE key = ?"), {key});
        return q && q->next();
    }

private Q_SLOTS:
    void init()
    {
        m_writer.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(path());
        QVERIFY(db.ok());
        m_db = *db;
        m_writer = std::make_unique<LedgerWriter>(m_db, m_clock);
    }

    void cleanup()
    {
        m_writer.reset();
        m_db.reset();
    }

    // The writer splices the caller's pre-serialised pieces around index, prev_hash and timestamp;
    // the result must be byte for byte the JCS of the whole entry.
    void canonicalPiecesMatchTheWholeEntry_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("payload");
        QTest::newRow("empty payload") << QStringLiteral("system") << QStringLiteral("decision") << QJsonObject();
        QTest::newRow("sorted keys and numbers")
            << QStringLiteral("apikey:bot") << QStringLiteral("decision")
            << QJsonObject{{QStringLiteral("z"), 1.5}, {QStringLiteral("a"), 10}, {QStringLiteral("m"), true}};
        QTest::newRow("escapes and unicode")
            << QStringLiteral("user:J\u00f6rg \"the\" admin\\") << QStringLiteral("user_created")
            << QJsonObject{
                   {QStringLiteral("name"), QStringLiteral("\u00e9\u20ac\U0001F600\n\t")},
                   {QStringLiteral("nested"), QJsonObject{{QStringLiteral("b"), QJsonArray{1, QStringLiteral("x")}}}}};
        QTest::newRow("null value") << QStringLiteral("system") << QStringLiteral("t")
                                    << QJsonObject{{QStringLiteral("expires_at"), QJsonValue()}};
    }
    void canonicalPiecesMatchTheWholeEntry()
    {
        QFETCH(QString, actor);
        QFETCH(QString, type);
        QFETCH(QJsonObject, payload);
        const QString prev(64, QLatin1Char('c'));
        const QString ts = QStringLiteral("2026-11-22T10:00:00.123Z");
        const LedgerAppend request{type, actor, payload, {}};
        const PendingAppend pending(request);
        // The query columns share the pieces' buffer: the raw UTF-8, escapes or not.
        QCOMPARE(pending.actorUtf8.toByteArray(), actor.toUtf8());
        QCOMPARE(pending.typeUtf8.toByteArray(), type.toUtf8());
        for (qint64 index : {qint64(1), qint64(42), qint64(9007199254740991)}) {
            const LedgerEntry whole = LedgerEntry::make(index, ts, type, actor, payload, prev);
            QCOMPARE(LedgerBatch::canonical(pending, index, prev, ts), whole.canonical);
        }
    }

    void appendBeforeGenesisFails()
    {
        auto r = m_writer->append(plain(1));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("genesis")));
        QCOMPARE(LedgerStore(m_db).size().value(), 0);
    }

    void genesisIsWrittenOnceUnderConcurrency()
    {
        std::vector<QString> hashes(8);
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                auto g = m_writer->ensureGenesis({{QStringLiteral("node_id"), QStringLiteral("node-%1").arg(t)}});
                hashes[t] = g ? g->entryHash : QString();
            });
        }
        for (auto &th : threads)
            th.join();
        QVERIFY(!hashes[0].isEmpty());
        for (const QString &h : hashes)
            QCOMPARE(h, hashes[0]);
        auto again = m_writer->ensureGenesis({{QStringLiteral("node_id"), QStringLiteral("other")}});
        QVERIFY(again.ok());
        QCOMPARE(again->index, 0);
        QCOMPARE(again->entryHash, hashes[0]);
        QVERIFY(m_writer->append(plain(1)).ok());
        checkLedger(2);
    }

    // 32 threads: every caller gets a distinct index, together 1..N with no gap, each thread's
    // own appends in the order it made them, and the batches really were shared.
    void concurrentAppendsGetConsecutiveIndexes()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        constexpr int threadsCount = 32;
        constexpr int perThread = 25;
        std::vector<std::vector<LedgerEntry>> got(threadsCount);
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < threadsCount; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < perThread; ++i) {
                    auto e = m_writer->append({QStringLiteral("decision"),
                                               QStringLiteral("apikey:t%1").arg(t),
                                               {{QStringLiteral("thread"), t}, {QStringLiteral("i"), i}},
                                               {}});
                    if (e)
                        got[t].push_back(*e);
                    else
                        ++failures;
                }
            });
        }
        for (auto &th : threads)
            th.join();
        QCOMPARE(failures.load(), 0);
        std::set<qint64> indexes;
        LedgerStore store(m_db);
        for (const auto &entries : got) {
            for (size_t i = 0; i < entries.size(); ++i) {
                QVERIFY(indexes.insert(entries[i].index).second);
                if (i > 0)
                    QVERIFY(entries[i].index > entries[i - 1].index);
                QCOMPARE(store.entry(entries[i].index)->entryHash, entries[i].entryHash);
            }
        }
        QCOMPARE(qsizetype(indexes.size()), qsizetype(threadsCount * perThread));
        QCOMPARE(*indexes.begin(), 1);
        QCOMPARE(*indexes.rbegin(), threadsCount * perThread);
        checkLedger(threadsCount * perThread + 1);
        const LedgerWriterStats stats = m_writer->stats();
        QCOMPARE(stats.committed, threadsCount * perThread + 1);
        QVERIFY2(stats.largestBatch > 1, "32 concurrent writers never shared a transaction");
        QVERIFY(stats.batches < stats.committed);
        QCOMPARE(stats.synchronous, QStringLiteral("FULL"));
    }

    // stats().walFrames counts the page images the commits put in the log: exactly what the log
    // file grew by while nothing was checkpointed, and after the log started over (a checkpoint
    // past 1,000 frames) only the new frames, not the whole log again.
    void walFramesCountWhatTheCommitsWrote()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        const QString wal = path() + QStringLiteral("-wal");
        constexpr qint64 FrameBytes = 24 + 4096;
        const qint64 framesBefore = m_writer->stats().walFrames;
        const qint64 sizeBefore = QFileInfo(wal).size();
        QVERIFY(framesBefore > 0);
        for (int i = 0; i < 20; ++i)
            QVERIFY(m_writer->append(plain(i)).ok());
        const LedgerWriterStats few = m_writer->stats();
        const qint64 written = few.walFrames - framesBefore;
        QVERIFY2(written >= 20, "each single-entry commit writes at least one page");
        QCOMPARE(QFileInfo(wal).size() - sizeBefore, written * FrameBytes);

        // Past the checkpoint mark the log starts over; the count goes on from where it was.
        const double perAppend = double(written) / 20.0;
        qint64 appends = 0;
        const qint64 startedAt = few.walFrames;
        while (m_writer->stats().walFrames - startedAt < 1500 && appends < 5000) {
            QVERIFY(m_writer->append(plain(int(appends))).ok());
            ++appends;
        }
        const qint64 counted = m_writer->stats().walFrames - startedAt;
        QVERIFY2(QFileInfo(wal).size() < (counted + 200) * FrameBytes, "the log never started over");
        QVERIFY2(double(counted) <= 1.5 * perAppend * double(appends) + 10,
                 qPrintable(QStringLiteral("%1 frames counted for %2 appends of ~%3 frames each")
                                .arg(counted).arg(appends).arg(perAppend)));
    }

    // The first append holds the writer inside its alsoWrite until nine more are queued, so those
    // nine share the next transaction; the fifth of them fails after writing a row.
    void failingAlsoWriteFailsOnlyItsCaller()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        std::binary_semaphore release{0};
        bool blockerOk = false;
        std::atomic<bool> entered{false};
        std::thread blocker([&] {
            blockerOk = m_writer
                            ->append({QStringLiteral("decision"),
                                      QStringLiteral("system"),
                                      {},
                                      [&](QSqlDatabase &, const LedgerEntry &) -> Result<void> {
                                          entered = true;
                                          release.acquire();
                                          return {};
                                      }})
                            .ok();
        });
        QElapsedTimer waited;
        waited.start();
        while (!entered && waited.elapsed() < 10000) // the writer is inside the blocker's transaction
            QThread::msleep(1);
        QVERIFY(entered);
        constexpr int queued = 9;
        constexpr int failing = 4;
        std::vector<std::optional<Result<LedgerEntry>>> results(queued);
        std::vector<std::thread> threads;
        for (int t = 0; t < queued; ++t) {
            threads.emplace_back([&, t] {
                results[t] = m_writer->append(
                    {QStringLiteral("decision"),
                     QStringLiteral("system"),
                     {{QStringLiteral("t"), t}},
                     [t](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
                         if (auto row = writeSettingRow(conn, e, QStringLiteral("row-%1").arg(t)); !row)
                             return row;
                         if (t == failing)
                             return Error::conflict(QStringLiteral("request %1 refuses").arg(t));
                         return {};
                     }});
            });
        }
        while (m_writer->stats().queued < queued && waited.elapsed() < 10000)
            QThread::msleep(1);
        QCOMPARE(m_writer->stats().queued, queued);
        const qint64 batchesBefore = m_writer->stats().batches;
        release.release();
        blocker.join();
        for (auto &th : threads)
            th.join();
        QVERIFY(blockerOk);
        // The nine queued while the blocker's transaction was open join it: one commit for all ten.
        QCOMPARE(m_writer->stats().batches, batchesBefore + 1);

        std::set<qint64> indexes;
        for (int t = 0; t < queued; ++t) {
            QVERIFY(results[t].has_value());
            if (t == failing) {
                QVERIFY(!results[t]->ok());
                QCOMPARE(results[t]->error().message, QStringLiteral("request 4 refuses"));
                QVERIFY(!settingExists(QStringLiteral("row-%1").arg(t)));
            } else {
                QVERIFY2(results[t]->ok(), qPrintable(results[t]->error().message));
                indexes.insert((*results[t])->index);
                QVERIFY(settingExists(QStringLiteral("row-%1").arg(t)));
            }
        }
        QCOMPARE(qsizetype(indexes.size()), qsizetype(queued - 1));
        QCOMPARE(*indexes.begin(), 2); // 0 genesis, 1 the blocker
        QCOMPARE(*indexes.rbegin(), 2 + queued - 2);
        checkLedger(queued + 1);
        QCOMPARE(m_writer->stats().failed, 1);
    }

    // check runs before anything of its request is written: a refusal there leaves no entry and
    // no rows, and sees the rows of requests earlier in the same transaction.
    void checkRefusesBeforeAnythingIsWritten()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        LedgerAppend guarded = plain(1);
        guarded.alsoWriteMayRefuse = false;
        guarded.alsoWrite = [](QSqlDatabase &conn, const LedgerEntry &e) { return writeSettingRow(conn, e, QStringLiteral("once")); };
        guarded.check = [](QSqlDatabase &conn) -> Result<void> {
            auto q = Sql::exec(conn, QStringLiteral("SELECT 1 FROM settings WHERE key = 'once'"));
            if (!q)
                return q.error();
            if (q->next())
                return Error::conflict(QStringLiteral("once only"));
            return {};
        };
        QCOMPARE(m_writer->append(guarded).value().index, 1);
        auto again = m_writer->append(guarded);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message, QStringLiteral("once only"));
        QCOMPARE(m_writer->append(plain(2)).value().index, 2);
        checkLedger(3);
        QCOMPARE(m_writer->stats().failed, 1);
    }

    // A bare entry (no service rows) has no savepoint of its own: when the database refuses it, its
    // whole transaction goes, every caller in it hears why, and the ledger stays whole.
    void refusedBareEntryFailsItsWholeTransaction()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        QSqlDatabase conn = m_db->connection();
        QVERIFY(Sql::exec(conn,
                          QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON ledger_entries WHEN NEW.type = 'boom' "
                                         "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
                    .ok());
        QCOMPARE(m_writer->append(plain(1)).value().index, 1);
        auto alone = m_writer->append({QStringLiteral("boom"), QStringLiteral("system"), {}, {}});
        QVERIFY(!alone.ok());
        QVERIFY2(alone.error().message.contains(QLatin1String("refused by the test")), qPrintable(alone.error().message));
        QCOMPARE(m_writer->append(plain(2)).value().index, 2);

        // Now in company: the blocker holds the transaction open while three join it.
        std::binary_semaphore release{0};
        std::atomic<bool> entered{false};
        std::optional<Result<LedgerEntry>> blocked;
        std::thread blocker([&] {
            blocked = m_writer->append({QStringLiteral("decision"), QStringLiteral("system"), {},
                                        [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
                                            entered = true;
                                            release.acquire();
                                            return writeSettingRow(conn, e, QStringLiteral("blocker"));
                                        }});
        });
        QElapsedTimer waited;
        waited.start();
        while (!entered && waited.elapsed() < 10000)
            QThread::msleep(1);
        QVERIFY(entered);
        std::vector<std::optional<Result<LedgerEntry>>> results(3);
        std::vector<std::thread> threads;
        for (int t = 0; t < 3; ++t) {
            threads.emplace_back([&, t] {
                results[t] = m_writer->append(t == 1 ? LedgerAppend{QStringLiteral("boom"), QStringLiteral("system"), {}, {}}
                                                     : plain(10 + t));
            });
            while (m_writer->stats().queued < t + 1 && waited.elapsed() < 10000) // queued in this order
                QThread::msleep(1);
        }
        QCOMPARE(m_writer->stats().queued, 3);
        release.release();
        blocker.join();
        for (auto &th : threads)
            th.join();
        QVERIFY(blocked.has_value() && !blocked->ok());
        QVERIFY2(blocked->error().message.contains(QLatin1String("refused by the test")), qPrintable(blocked->error().message));
        for (int t = 0; t < 3; ++t) {
            QVERIFY(results[t].has_value());
            QVERIFY2(!results[t]->ok(), qPrintable(QString::number(t)));
        }
        QVERIFY(!settingExists(QStringLiteral("blocker")));
        checkLedger(3);
        // The next transaction starts from the last committed entry.
        QCOMPARE(m_writer->append(plain(3)).value().index, 3);
        checkLedger(4);
    }

    // Services read through their own Database inside alsoWrite; on the writer thread that is the
    // writer's connection, so they see the uncommitted rows of their own and earlier requests.
    void readsInsideAlsoWriteSeeTheTransaction()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        bool sameConnection = false;
        int visible = -1;
        auto e = m_writer->append(
            {QStringLiteral("decision"),
             QStringLiteral("system"),
             {},
             [&](QSqlDatabase &conn, const LedgerEntry &entry) -> Result<void> {
                 QSqlDatabase own = m_db->connection();
                 sameConnection = own.connectionName() == conn.connectionName();
                 auto q =
                     Sql::exec(own, QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE idx = ?"), {entry.index});
                 if (q && q->next())
                     visible = q->value(0).toInt();
                 return {};
             }});
        QVERIFY(e.ok());
        QVERIFY(sameConnection);
        QCOMPARE(visible, 1);
    }

    void appendFromInsideAlsoWriteFailsInsteadOfDeadlocking()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        QString nestedError;
        auto outer = m_writer->append({QStringLiteral("decision"),
                                       QStringLiteral("system"),
                                       {},
                                       [&](QSqlDatabase &, const LedgerEntry &) -> Result<void> {
                                           auto inner = m_writer->append(plain(2));
                                           nestedError = inner ? QString() : inner.error().message;
                                           return {};
                                       }});
        QVERIFY(outer.ok());
        QVERIFY2(nestedError.contains(QLatin1String("alsoWrite")), qPrintable(nestedError));
        checkLedger(2);
    }

    // Another process (here another Database and writer on the same file) appends in between:
    // each batch re-reads the tail, so the chain and the tree stay whole.
    // Another connection holding the write lock (a checkpoint being signed, the CLI) delays the
    // writer only as long as it holds it: SQLite's busy_timeout would sleep on in steps of up to
    // 100 ms (after 240 ms held, until 328 ms); the writer's handler retries every 100 us.
    void theWriterTakesTheLockSoonAfterItIsFreed()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        std::binary_semaphore locked(0);
        std::atomic<qint64> releasedAtNs{0};
        QElapsedTimer clock;
        clock.start();
        std::thread holder([&] {
            auto other = Database::open(path());
            QVERIFY(other.ok());
            QSqlDatabase conn = (*other)->connection();
            QSqlQuery q(conn);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            locked.release();
            QThread::msleep(240);
            releasedAtNs = clock.nsecsElapsed();
            QVERIFY(q.exec(QStringLiteral("COMMIT")));
        });
        locked.acquire();
        auto entry = m_writer->append(plain(1));
        const qint64 answeredAtNs = clock.nsecsElapsed();
        holder.join();
        QVERIFY(entry.ok());
        QVERIFY(releasedAtNs.load() > 0);
        const qint64 lateMs = (answeredAtNs - releasedAtNs.load()) / 1000000;
        QVERIFY2(lateMs < 50, qPrintable(QStringLiteral("answered %1 ms after the lock was freed").arg(lateMs)));
        checkLedger(2);
    }

    void anotherWriterOnTheSameFileInterleaves()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        auto other = Database::open(path());
        QVERIFY(other.ok());
        LedgerWriter second(*other, m_clock);
        for (int i = 1; i <= 20; ++i) {
            LedgerWriter &w = (i % 3 == 0) ? second : *m_writer;
            auto e = w.append(plain(i));
            QVERIFY2(e.ok(), qPrintable(e.error().message));
            QCOMPARE(e->index, i);
        }
        checkLedger(21);
    }

    // Appenders keep going while the writer shuts down: whatever was queued is written and
    // answered, later appends fail saying why, and every success is on disk.
    void shutdownDrainsTheQueueAndRefusesLaterAppends()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        constexpr int threadsCount = 8;
        std::vector<std::vector<LedgerEntry>> got(threadsCount);
        std::vector<QString> lastError(threadsCount);
        std::vector<std::thread> threads;
        for (int t = 0; t < threadsCount; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0;; ++i) {
                    auto e = m_writer->append(plain(i));
                    if (!e) {
                        lastError[t] = e.error().message;
                        return;
                    }
                    got[t].push_back(*e);
                }
            });
        }
        QThread::msleep(150);
        m_writer->shutdown();
        for (auto &th : threads)
            th.join();
        qint64 total = 0;
        LedgerStore store(m_db);
        for (int t = 0; t < threadsCount; ++t) {
            QVERIFY2(lastError[t].contains(QLatin1String("shut down")), qPrintable(lastError[t]));
            for (const LedgerEntry &e : got[t])
                QCOMPARE(store.entry(e.index)->entryHash, e.entryHash);
            total += qint64(got[t].size());
        }
        QVERIFY(total > 0);
        checkLedger(total + 1);
        auto late = m_writer->append(plain(1));
        QVERIFY(!late.ok());
        QVERIFY(late.error().message.contains(QLatin1String("shut down")));
        QVERIFY(!m_writer->ensureGenesis({}).ok());
        m_writer->shutdown(); // idempotent
    }

    void appendedSignalFollowsTheCommit()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        QList<qint64> seen;
        connect(m_writer.get(), &LedgerWriter::appended, this, [&](qint64 index, const QString &type) {
            QCOMPARE(type, QStringLiteral("decision"));
            // Committed: another connection can read it already.
            auto other = Database::open(path());
            QVERIFY(other.ok());
            QCOMPARE(LedgerStore(*other).size().value(), index + 1);
            seen << index;
        });
        QVERIFY(m_writer->append(plain(1)).ok());
        QVERIFY(!m_writer->append({QStringLiteral("genesis"), QStringLiteral("system"), {}, {}}).ok());
        QVERIFY(m_writer->append(plain(2)).ok());
        QCOMPARE(seen, (QList<qint64>{1, 2}));
    }

    // The writer turns SQLite's autocheckpoint off and checkpoints between batches itself; the WAL
    // must still stay near 1,000 frames. 1,500 single appends write at least two frames each (entry
    // page, Merkle page), so without those checkpoints the WAL would pass 3,000 frames (12 MB).
    void walStaysBoundedWithoutTheAutocheckpoint()
    {
        QVERIFY(m_writer->ensureGenesis({}).ok());
        const QString wal = path() + QStringLiteral("-wal");
        const qint64 frame = 4096 + 24;
        qint64 largest = 0;
        for (int i = 0; i < 1500; ++i) {
            QVERIFY(m_writer->append(plain(i)).ok());
            largest = std::max(largest, QFileInfo(wal).size());
        }
        QVERIFY2(largest <= 32 + 1100 * frame, qPrintable(QStringLiteral("WAL reached %1 bytes").arg(largest)));
        checkLedger(1501);
    }
};

QTEST_GUILESS_MAIN(TestLedgerWriter)
#include "TestLedgerWriter.moc"
