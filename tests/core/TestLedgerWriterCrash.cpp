#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/MerkleTree.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

// Durability of group commit: a child process appends from several threads and prints each
// acknowledged entry; it is killed with SIGKILL at random moments. After every kill the ledger
// must verify (chain and Merkle tree) and hold every acknowledged entry with the hash it had.
class TestLedgerWriterCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<qint64, QByteArray> m_acknowledged; // index -> entry hash, over all rounds

    QString child() const
    {
        const QByteArray fromEnv = qgetenv("LEXECON_CRASH_CHILD");
        return fromEnv.isEmpty() ? QStringLiteral(LEXECON_CRASH_CHILD) : QString::fromLocal8Bit(fromEnv);
    }

    // Runs the child for runMs and kills it; returns what it printed.
    QByteArray runAndKill(int runMs)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(child(), {m_dir.filePath(QStringLiteral("crash.db")), QStringLiteral("4")});
        if (!p.waitForStarted(10000))
            return {};
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < runMs && p.state() == QProcess::Running) {
            p.waitForReadyRead(qMax<qint64>(1, qMin<qint64>(10, runMs - timer.elapsed())));
            out += p.readAllStandardOutput(); // keep the pipe drained so the child never blocks on it
        }
        p.kill(); // SIGKILL on Unix
        p.waitForFinished(10000);
        out += p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty())
            qWarning("child stderr: %s", err.constData());
        return out;
    }

    // Records complete lines only: a line cut by the kill was never fully acknowledged.
    int recordAcknowledged(const QByteArray &out)
    {
        int lines = 0;
        const qsizetype end = out.lastIndexOf('\n');
        if (end < 0)
            return 0;
        for (const QByteArray &line : out.left(end).split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 2)
                continue;
            m_acknowledged.insert(parts.at(0).toLongLong(), parts.at(1));
            ++lines;
        }
        return lines;
    }

    void checkDatabase(int round)
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("crash.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        std::shared_ptr<Database> db = *opened;
        auto report = LedgerVerifier(db).verify();
        QVERIFY(report.ok());
        if (report->entries == 0 && m_acknowledged.isEmpty())
            return; // killed before even the genesis entry was committed
        QVERIFY2(report->ok, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(report->problem)));

        QList<QByteArray> leaves;
        QHash<qint64, QByteArray> stored;
        QVERIFY(LedgerStore(db)
                    .scan(0,
                          [&](qint64 index, QByteArrayView hash, QByteArrayView canonical) {
                              leaves.append(MerkleTree::leafHash(canonical));
                              stored.insert(index, hash.toByteArray());
                              return true;
                          })
                    .ok());
        for (auto it = m_acknowledged.constBegin(); it != m_acknowledged.constEnd(); ++it) {
            QVERIFY2(stored.contains(it.key()),
                     qPrintable(QStringLiteral("round %1: acknowledged entry %2 is missing").arg(round).arg(it.key())));
            QCOMPARE(stored.value(it.key()), it.value());
        }
        QSqlDatabase conn = db->connection();
        QCOMPARE(MerkleTree::size(conn).value(), report->entries);
        QCOMPARE(MerkleTree::root(conn, report->entries).value().toHex(), MerkleTree::rootFromLeaves(leaves).toHex());
        // The service rows written by alsoWrite are durable exactly with their entries.
        auto rows = Sql::exec(conn, QStringLiteral("SELECT (SELECT COUNT(*) FROM settings WHERE key LIKE 'crash-%'), "
                                                   "(SELECT COUNT(*) FROM ledger_entries WHERE type = 'crash_test')"));
        QVERIFY(rows.ok() && rows->next());
        QCOMPARE(rows->value(0).toLongLong(), rows->value(1).toLongLong());
    }

private Q_SLOTS:
    void acknowledgedAppendsSurviveSigkill()
    {
        QVERIFY(QFile::exists(child()));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        QElapsedTimer total;
        total.start();
        int rounds = 0;
        // At least 20 rounds; more while time allows, bounded so the test stays well under a minute.
        while (rounds < 20 || (rounds < 40 && total.elapsed() < 25000)) {
            // Every fourth round dies early, around opening and the genesis entry.
            const int runMs = rounds % 4 == 0 ? int(random.bounded(0, 60)) : int(random.bounded(60, 500));
            const QByteArray out = runAndKill(runMs);
            recordAcknowledged(out);
            checkDatabase(rounds);
            if (QTest::currentTestFailed())
                return;
            ++rounds;
            QVERIFY2(total.elapsed() < 55000, "the crash rounds take too long");
        }
        qInfo("%d rounds, %lld acknowledged entries checked", rounds, qint64(m_acknowledged.size()));
        QVERIFY(m_acknowledged.size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestLedgerWriterCrash)
#include "TestLedgerWriterCrash.moc"
