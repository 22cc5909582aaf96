#pragma once

#include <httplib.h>

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Lexecon {

// cpp-httplib's task queue with a connection cap. cpp-httplib serves one connection per thread
// for its whole keep-alive life, so `threads` must exceed the expected connection count. Up to
// maxQueued further connections wait for a thread; beyond that a connection goes to one
// overflow thread, which marks it (overflowing()) so the intake answers 503 and closes it: the
// socket is still closed properly. At most MaxOverflowWaiting such connections wait for it; while
// that many do, enqueue() waits too, so the listener accepts nothing more and a flood waits in the
// kernel's backlog instead of holding descriptors here without bound.
// Connections held elsewhere (IntakeServer's event loops, and the threads they hand
// connections back to) count against the cap as a thread serving them would: borrowed, when
// given, says how many there are; threads + maxQueued connections in all. A job moves its
// connection there with lendCurrent(), which counts it as borrowed and no longer as running in
// one step, so no other connection ever sees it counted twice (or not at all).
class ConnectionQueue : public httplib::TaskQueue
{
public:
    static constexpr size_t MaxOverflowWaiting = 64;

    ConnectionQueue(int threads, int maxQueued, std::atomic<qint64> *borrowed = nullptr);
    ~ConnectionQueue() override;

    void enqueue(std::function<void()> job) override;
    void shutdown() override;

    // True on the overflow thread: the request being handled is over the connection cap.
    static bool overflowing();
    // From a job on a thread of the main lane: its connection is about to be held elsewhere and
    // counted in borrowed. Returns false (and changes nothing) on any other thread, or without
    // borrowed. reclaimCurrent() undoes it when the hand-over did not happen.
    static bool lendCurrent();
    static void reclaimCurrent();

private:
    struct Lane
    {
        std::mutex mutex;
        std::condition_variable ready;
        std::condition_variable room; // the overflow lane's: a waiting connection was taken
        std::deque<std::function<void()>> jobs;
        bool stopping = false;
        std::vector<std::thread> threads;
    };
    void work(Lane &lane, bool overflow);
    static void stopLane(Lane &lane);
    // Moves one count between running and borrowed, under the lock enqueue() counts under.
    void moveCount(int toBorrowed);

    size_t m_threads;
    size_t m_maxQueued;
    std::atomic<qint64> m_running{0};
    std::atomic<qint64> *m_borrowed;
    Lane m_main;
    Lane m_overflow;
};

} // namespace Lexecon
