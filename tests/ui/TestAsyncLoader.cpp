#include "widgets/AsyncLoader.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using Lexecon::Ui::AsyncLoader;

// The loader behind every screen that reads off the GUI thread.
class TestAsyncLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversOnTheGuiThreadAfterWorkingElsewhere()
    {
        AsyncLoader loader;
        QSignalSpy changes(&loader, &AsyncLoader::loadingChanged);
        QThread *worker = nullptr;
        QThread *deliveredOn = nullptr;
        int value = 0;
        loader.load<int>(
            [&worker] {
                worker = QThread::currentThread();
                return 42;
            },
            [&](int &v) {
                deliveredOn = QThread::currentThread();
                value = v;
            });
        QVERIFY(loader.isLoading());
        QCOMPARE(value, 0); // load() returned before the work was delivered
        QTRY_COMPARE(value, 42);
        QVERIFY(!loader.isLoading());
        QVERIFY(worker && worker != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QCOMPARE(changes.size(), 2); // true, then false
    }

    void dropsAStaleResult()
    {
        AsyncLoader loader;
        QStringList delivered;
        loader.load<QString>(
            [] {
                QThread::msleep(300); // the slow, older load finishes last
                return QStringLiteral("old");
            },
            [&](QString &v) { delivered << v; });
        loader.load<QString>([] { return QStringLiteral("new"); }, [&](QString &v) { delivered << v; });
        QTRY_VERIFY(!loader.isLoading());
        QTest::qWait(500);
        QCOMPARE(delivered, QStringList{QStringLiteral("new")});
        QVERIFY(!loader.isLoading());
    }

    void runsOneAtATimeAndSkipsLoadsOvertakenWhileWaiting()
    {
        AsyncLoader loader;
        QStringList delivered;
        std::atomic<int> running{0}, most{0}, runs{0};
        const auto work = [&](const QString &name, int ms) {
            return std::function<QString()>([&running, &most, &runs, name, ms] {
                ++runs;
                const int now = ++running;
                if (now > most)
                    most = now;
                QThread::msleep(ms);
                --running;
                return name;
            });
        };
        const auto deliver = [&](QString &v) { delivered << v; };
        loader.load<QString>(work(QStringLiteral("24 h"), 300), deliver);
        loader.load<QString>(work(QStringLiteral("7 d"), 10), deliver);  // overtaken while waiting
        loader.load<QString>(work(QStringLiteral("30 d"), 10), deliver); // the newest
        QTRY_VERIFY(!loader.isLoading());
        QTest::qWait(100);
        QCOMPARE(delivered, QStringList{QStringLiteral("30 d")});
        QCOMPARE(most.load(), 1); // never two scans at once
        QCOMPARE(runs.load(), 2); // "7 d" never started
    }

    void destructionWaitsForRunningWork()
    {
        bool finished = false;
        {
            AsyncLoader loader;
            loader.load<int>(
                [&finished] {
                    QThread::msleep(200);
                    finished = true;
                    return 1;
                },
                [](int &) { QFAIL("a destroyed loader must not deliver"); });
        }
        QVERIFY(finished); // the work could still touch what it captured
        QTest::qWait(50);
    }

    void waitForIdleReturnsAfterDelivery()
    {
        AsyncLoader loader;
        int value = 0;
        loader.load<int>([] { return 7; }, [&](int &v) { value = v; });
        loader.waitForIdle();
        QCOMPARE(value, 7);
    }
};

QTEST_MAIN(TestAsyncLoader)
#include "TestAsyncLoader.moc"
