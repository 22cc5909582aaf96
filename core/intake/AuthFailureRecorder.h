#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <optional>
#include <vector>

namespace Lexecon {

class Clock;
class LedgerWriter;

// Writes failed authentications to the ledger without letting a flood fill it: per source
// address at most one "auth_failures" entry a minute, carrying how many failures (by reason)
// it stands for. The rest wait in memory until that address's minute is over or flush().
// At most MaxSources addresses are tracked separately; beyond that they share one bucket "*".
class AuthFailureRecorder
{
public:
    AuthFailureRecorder(LedgerWriter &ledger, const Clock &clock);
    // Waits for its asynchronous writes.
    ~AuthFailureRecorder();

    // Asynchronous: record() queues its ledger entry (LedgerWriter::appendAsync) instead of
    // waiting for the commit, so an event loop thread may call it. Off by default.
    void setAsync(bool async);
    void record(const QString &source, const QString &reason);
    // Writes everything pending and waits for what is being written (shutdown).
    void flush();
    qint64 entriesWritten() const;

    static constexpr qint64 WindowMs = 60 * 1000;
    static constexpr int MaxSources = 4096;

private:
    struct Pending
    {
        qint64 lastWrittenMs = -1;
        qint64 firstPendingMs = 0;
        QHash<QString, qint64> byReason;
    };
    // One entry to write: a source's counts taken out of its Pending.
    struct Write
    {
        QString source;
        QHash<QString, qint64> byReason;
        qint64 firstPendingMs = 0;
    };
    Write take(const QString &source, Pending &pending, qint64 nowMs);
    // Outside the lock: appendAsync may answer on this very thread.
    void write(Write w, bool async);
    void finished(const Write &w, bool written);

    LedgerWriter &m_ledger;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Pending> m_sources;
    qint64 m_written = 0;
    bool m_async = false;
    int m_inFlight = 0;
    QWaitCondition m_idle;
};

} // namespace Lexecon
