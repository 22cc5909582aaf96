#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

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

    void record(const QString &source, const QString &reason);
    // Writes everything pending (shutdown).
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
    void write(const QString &source, Pending &pending, qint64 nowMs);

    LedgerWriter &m_ledger;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    QHash<QString, Pending> m_sources;
    qint64 m_written = 0;
};

} // namespace Lexecon
