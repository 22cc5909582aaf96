#include "ConnectionQueue.h"

#include <QtGlobal>

namespace Lexecon {

namespace {
thread_local bool t_overflow = false;
// On a main-lane thread: its queue, and whether the running job has lent its connection.
thread_local ConnectionQueue *t_queue = nullptr;
thread_local bool t_lent = false;
} // namespace

ConnectionQueue::ConnectionQueue(int threads, int maxQueued, std::atomic<qint64> *borrowed)
    : m_threads(size_t(qMax(0, threads))), m_maxQueued(size_t(qMax(0, maxQueued))), m_borrowed(borrowed)
{
    for (int i = 0; i < threads; ++i)
        m_main.threads.emplace_back([this] { work(m_main, false); });
    m_overflow.threads.emplace_back([this] { work(m_overflow, true); });
}

ConnectionQueue::~ConnectionQueue()
{
    shutdown();
}

void ConnectionQueue::enqueue(std::function<void()> job)
{
    {
        std::lock_guard lock(m_main.mutex);
        // Connections on threads, on event loops and waiting: at most threads + maxQueued.
        const size_t held = size_t(qMax<qint64>(0, m_running.load() + (m_borrowed ? m_borrowed->load() : 0)));
        if (held + m_main.jobs.size() < m_threads + m_maxQueued) {
            m_main.jobs.push_back(std::move(job));
            m_main.ready.notify_one();
            return;
        }
    }
    std::unique_lock lock(m_overflow.mutex);
    m_overflow.room.wait(lock, [this] { return m_overflow.jobs.size() < MaxOverflowWaiting || m_overflow.stopping; });
    m_overflow.jobs.push_back(std::move(job));
    m_overflow.ready.notify_one();
}

void ConnectionQueue::shutdown()
{
    stopLane(m_main);
    stopLane(m_overflow);
}

bool ConnectionQueue::overflowing()
{
    return t_overflow;
}

bool ConnectionQueue::lendCurrent()
{
    if (!t_queue || !t_queue->m_borrowed || t_lent)
        return false;
    t_queue->moveCount(1);
    t_lent = true;
    return true;
}

void ConnectionQueue::reclaimCurrent()
{
    if (!t_queue || !t_lent)
        return;
    t_queue->moveCount(-1);
    t_lent = false;
}

void ConnectionQueue::moveCount(int toBorrowed)
{
    // enqueue() reads both under this lock: it sees the connection on one side or the other.
    std::lock_guard lock(m_main.mutex);
    *m_borrowed += toBorrowed;
    m_running -= toBorrowed;
}

void ConnectionQueue::work(Lane &lane, bool overflow)
{
    t_overflow = overflow;
    t_queue = overflow ? nullptr : this;
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(lane.mutex);
            lane.ready.wait(lock, [&] { return !lane.jobs.empty() || lane.stopping; });
            // Queued connections are still served on shutdown (drain): each closes its socket.
            if (lane.jobs.empty())
                return;
            job = std::move(lane.jobs.front());
            lane.jobs.pop_front();
            if (overflow)
                lane.room.notify_one();
            else
                ++m_running;
        }
        t_lent = false;
        job();
        // A lent connection's count left with it; the borrower ends it.
        if (!overflow && !t_lent)
            --m_running;
    }
}

void ConnectionQueue::stopLane(Lane &lane)
{
    {
        std::lock_guard lock(lane.mutex);
        lane.stopping = true;
    }
    lane.ready.notify_all();
    lane.room.notify_all();
    for (std::thread &t : lane.threads) {
        if (t.joinable())
            t.join();
    }
    lane.threads.clear();
}

} // namespace Lexecon
