#include "intake/ConnectionQueue.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <future>
#include <memory>
#include <thread>
#include <vector>

using namespace Lexecon;

// The intake's connection cap: which lane a connection (a job) is served on, given how many
// are running, queued and held elsewhere (borrowed). Every job reports its lane through a
// future; the jobs that hold a connection wait on a gate the test opens at the end.
class TestConnectionQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void capCountsRunningAndQueued();
    void aLentConnectionIsCountedOnce();
    void reclaimCountsItAsRunningAgain();
    void lendingOnlyWorksOnTheMainLane();
    void aFloodWaitsInTheBacklog();

private:
    // Enqueues a job that reports overflowing() and then, if hold, waits for the gate.
    std::future<bool> connect(ConnectionQueue &queue, bool hold, bool lend = false);

    // Opens the gate for good when a test ends, also on a failed check, so that the queue's
    // threads end and its destructor does not wait for them forever.
    static auto openedAtExit(QSemaphore &gate)
    {
        return qScopeGuard([&gate] { gate.release(1000); });
    }

    QSemaphore m_gate;
    std::atomic<int> m_lent{0};
};

void TestConnectionQueue::init()
{
    m_gate.tryAcquire(m_gate.available()); // what the last test's guard left open
    m_lent = 0;
}

std::future<bool> TestConnectionQueue::connect(ConnectionQueue &queue, bool hold, bool lend)
{
    auto lane = std::make_shared<std::promise<bool>>();
    std::future<bool> reported = lane->get_future();
    queue.enqueue([this, lane, hold, lend] {
        if (lend && ConnectionQueue::lendCurrent())
            ++m_lent;
        lane->set_value(ConnectionQueue::overflowing());
        if (hold)
            m_gate.acquire();
    });
    return reported;
}

void TestConnectionQueue::capCountsRunningAndQueued()
{
    // Two threads and one place in the queue: the fourth connection is over the cap.
    ConnectionQueue queue(2, 1);
    const auto opened = openedAtExit(m_gate);
    QCOMPARE(connect(queue, true).get(), false);
    QCOMPARE(connect(queue, true).get(), false);
    std::future<bool> queued = connect(queue, true); // waits for a thread
    QCOMPARE(connect(queue, false).get(), true);
    m_gate.release(1); // one of the two running ends: the queued one runs, on the main lane
    QCOMPARE(queued.get(), false);
    m_gate.release(2);
    queue.shutdown();
}

void TestConnectionQueue::aLentConnectionIsCountedOnce()
{
    // A job that hands its connection elsewhere (IntakeServer to an event loop) counts it as
    // borrowed while its thread is still returning: a connection arriving in that moment must
    // see it once, not twice (it was refused as over the cap before, at random under load).
    std::atomic<qint64> borrowed{0};
    ConnectionQueue queue(2, 0, &borrowed);
    const auto opened = openedAtExit(m_gate);
    QCOMPARE(connect(queue, true, true).get(), false);
    QCOMPARE(m_lent.load(), 1);
    QCOMPARE(borrowed.load(), 1);
    // The first job's thread is still inside it; the second connection is under the cap.
    QCOMPARE(connect(queue, true, true).get(), false);
    QCOMPARE(borrowed.load(), 2);
    // Two lent: the third is over the cap, although both threads are about to be free.
    m_gate.release(2);
    QCOMPARE(connect(queue, false).get(), true);
    // The borrower ends one: room for one more.
    --borrowed;
    QCOMPARE(connect(queue, false).get(), false);
    queue.shutdown();
}

void TestConnectionQueue::reclaimCountsItAsRunningAgain()
{
    std::atomic<qint64> borrowed{0};
    ConnectionQueue queue(1, 0, &borrowed);
    const auto opened = openedAtExit(m_gate);
    auto lane = std::make_shared<std::promise<qint64>>();
    std::future<qint64> seen = lane->get_future();
    queue.enqueue([this, lane, &borrowed] {
        ConnectionQueue::lendCurrent();
        ConnectionQueue::reclaimCurrent(); // the hand-over failed: this thread serves it
        lane->set_value(borrowed.load());
        m_gate.acquire();
    });
    QCOMPARE(seen.get(), qint64(0));
    // The one thread is serving it: the next connection is over the cap.
    QCOMPARE(connect(queue, false).get(), true);
    m_gate.release(1);
    queue.shutdown();
}

void TestConnectionQueue::lendingOnlyWorksOnTheMainLane()
{
    QVERIFY(!ConnectionQueue::lendCurrent()); // not a queue's thread
    std::atomic<qint64> borrowed{0};
    ConnectionQueue queue(1, 0, &borrowed);
    const auto opened = openedAtExit(m_gate);
    std::future<bool> running = connect(queue, true);
    QCOMPARE(running.get(), false);
    QCOMPARE(connect(queue, false, true).get(), true); // on the overflow thread
    QCOMPARE(m_lent.load(), 0);
    QCOMPARE(borrowed.load(), qint64(0));
    // Without a borrowed counter there is nothing to lend to.
    ConnectionQueue plain(1, 0);
    QCOMPARE(connect(plain, false, true).get(), false);
    QCOMPARE(m_lent.load(), 0);
    m_gate.release(1);
    queue.shutdown();
    plain.shutdown();
}

void TestConnectionQueue::aFloodWaitsInTheBacklog()
{
    // One thread, held; one connection over the cap holds the overflow thread; MaxOverflowWaiting
    // more wait for it. The next enqueue (the listener's) waits until one of those is taken, so
    // the listener accepts nothing meanwhile.
    ConnectionQueue queue(1, 0);
    const auto opened = openedAtExit(m_gate);
    QCOMPARE(connect(queue, true).get(), false);
    QCOMPARE(connect(queue, true).get(), true); // on the overflow thread, held there
    std::vector<std::future<bool>> waiting;
    for (size_t i = 0; i < ConnectionQueue::MaxOverflowWaiting; ++i)
        waiting.push_back(connect(queue, false));
    std::promise<void> enqueued;
    std::future<void> returned = enqueued.get_future();
    std::thread listener([&] {
        queue.enqueue([] {});
        enqueued.set_value();
    });
    const bool early = returned.wait_for(std::chrono::milliseconds(200)) == std::future_status::ready;
    m_gate.release(2); // the held connections end: the overflow thread takes the waiting ones
    listener.join();
    QVERIFY2(!early, "a connection was queued beyond MaxOverflowWaiting");
    QVERIFY(returned.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    for (std::future<bool> &lane : waiting)
        QCOMPARE(lane.get(), true);
    queue.shutdown();
}

QTEST_GUILESS_MAIN(TestConnectionQueue)
#include "TestConnectionQueue.moc"
