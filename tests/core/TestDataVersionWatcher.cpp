#include "storage/DataVersionWatcher.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Lexecon;

// Waiters wake when another connection commits, and only then (or at their deadline).
class TestDataVersionWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wakesOnAnotherConnectionsCommit();
    void waitsUntilTheDeadlineWithoutChanges();
    void stopReleasesWaiters();
};

namespace {

std::shared_ptr<Database> openDb(const QTemporaryDir &dir)
{
    auto db = Database::open(dir.filePath("w.db"));
    return db ? *db : nullptr;
}

} // namespace

void TestDataVersionWatcher::wakesOnAnotherConnectionsCommit()
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    QVERIFY(db);
    // A second Database object on the same file stands for another process.
    auto other = Database::open(dir.filePath("w.db"));
    QVERIFY(other.ok());
    DataVersionWatcher watcher(db, 20);
    const quint64 seen = watcher.generation();
    bool written = false;
    std::thread writer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        written = (*other)->write([](QSqlDatabase &conn) -> Result<void> {
            if (auto made = Sql::exec(conn, "CREATE TABLE IF NOT EXISTS touched (x INTEGER)"); !made)
                return made.error();
            return Sql::execOne(conn, "INSERT INTO touched (x) VALUES (1)", {});
        }).ok();
    });
    QElapsedTimer timer;
    timer.start();
    const bool changed = watcher.waitForChange(seen, std::chrono::steady_clock::now() + std::chrono::seconds(10));
    writer.join();
    QVERIFY(written);
    QVERIFY(changed);
    QVERIFY(watcher.generation() > seen);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestDataVersionWatcher::waitsUntilTheDeadlineWithoutChanges()
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    QVERIFY(db);
    DataVersionWatcher watcher(db, 20);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!watcher.waitForChange(watcher.generation(), std::chrono::steady_clock::now() + std::chrono::milliseconds(300)));
    QVERIFY(timer.elapsed() >= 280);
}

void TestDataVersionWatcher::stopReleasesWaiters()
{
    QTemporaryDir dir;
    auto db = openDb(dir);
    QVERIFY(db);
    DataVersionWatcher watcher(db, 20);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        watcher.stop();
    });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!watcher.waitForChange(watcher.generation(), std::chrono::steady_clock::now() + std::chrono::seconds(30)));
    stopper.join();
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(watcher.stopped());
}

QTEST_GUILESS_MAIN(TestDataVersionWatcher)
#include "TestDataVersionWatcher.moc"
