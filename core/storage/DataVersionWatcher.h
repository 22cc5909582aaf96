#pragma once

#include <QtGlobal>

#include <chrono>
#include <memory>

namespace Lexecon {

class Database;

// Tells waiting threads that the database changed, whichever process or connection changed it.
// One poller thread reads SQLite's `PRAGMA data_version` on its own connection (the value moves
// whenever any other connection commits) every intervalMs while somebody waits, and wakes the
// waiters through a condition variable. Long-polling HTTP requests use it to notice that a
// person resolved an escalation in the desktop beside a headless server, without each request
// busy-looping on the database. Waiters re-read what they wait for; a wake-up may be spurious.
class DataVersionWatcher
{
public:
    explicit DataVersionWatcher(std::shared_ptr<Database> db, int intervalMs = 50);
    ~DataVersionWatcher();
    DataVersionWatcher(const DataVersionWatcher &) = delete;
    DataVersionWatcher &operator=(const DataVersionWatcher &) = delete;

    // Counts observed changes. Take it before reading the state you then wait on.
    quint64 generation() const;
    // Blocks until generation() > seen, the deadline passes or stop() is called; true on a change.
    bool waitForChange(quint64 seen, std::chrono::steady_clock::time_point deadline);
    // Wakes every waiter at once and makes later waits return immediately (server shutdown).
    void stop();
    bool stopped() const;

private:
    struct State;
    void run();

    std::shared_ptr<Database> m_db;
    int m_intervalMs;
    std::unique_ptr<State> m_state;
};

} // namespace Lexecon
