#include "DataVersionWatcher.h"

#include "Database.h"

#include <QSqlQuery>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Lexecon {

struct DataVersionWatcher::State
{
    mutable std::mutex mutex;
    std::condition_variable changed; // waiters wait here
    std::condition_variable wanted;  // the poller sleeps here while nobody waits
    quint64 generation = 0;
    int waiters = 0;
    bool stopping = false;
    std::thread poller;
};

DataVersionWatcher::DataVersionWatcher(std::shared_ptr<Database> db, int intervalMs)
    : m_db(std::move(db)), m_intervalMs(qMax(5, intervalMs)), m_state(std::make_unique<State>())
{
    m_state->poller = std::thread([this] { run(); });
}

DataVersionWatcher::~DataVersionWatcher()
{
    stop();
    if (m_state->poller.joinable())
        m_state->poller.join();
}

quint64 DataVersionWatcher::generation() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->generation;
}

bool DataVersionWatcher::waitForChange(quint64 seen, std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock lock(m_state->mutex);
    if (m_state->stopping)
        return false;
    ++m_state->waiters;
    m_state->wanted.notify_one();
    const bool changed = m_state->changed.wait_until(
        lock, deadline, [&] { return m_state->generation > seen || m_state->stopping; });
    --m_state->waiters;
    return changed && m_state->generation > seen;
}

void DataVersionWatcher::stop()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->changed.notify_all();
    m_state->wanted.notify_all();
}

bool DataVersionWatcher::stopped() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->stopping;
}

void DataVersionWatcher::run()
{
    // The connection belongs to this thread (QtSql's rule) and closes when the thread ends.
    // It never writes, so every commit anywhere moves its data_version.
    QSqlDatabase conn = m_db->connection();
    QSqlQuery query(conn);
    auto readVersion = [&]() -> qint64 {
        if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
            return -1;
        const qint64 v = query.value(0).toLongLong();
        query.finish();
        return v;
    };
    qint64 last = readVersion();
    std::unique_lock lock(m_state->mutex);
    while (!m_state->stopping) {
        if (m_state->waiters == 0) {
            m_state->wanted.wait(lock, [&] { return m_state->waiters > 0 || m_state->stopping; });
            continue;
        }
        lock.unlock();
        const qint64 now = readVersion();
        lock.lock();
        if (now != last) {
            last = now;
            ++m_state->generation;
            m_state->changed.notify_all();
        }
        m_state->wanted.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [&] { return m_state->stopping; });
    }
}

} // namespace Lexecon
