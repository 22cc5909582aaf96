#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>

namespace Lexecon {

// Lockout bookkeeping for names that have no account. A real account says "locked" after five
// failures; if an unknown name kept answering "wrong password" instead, the difference would
// tell a stranger which names exist. So unknown names are counted the same way, in memory (no
// row is written for a name that does not exist), and lock the same way. The table holds at
// most Capacity names; the oldest is forgotten first, so a flood of made-up names cannot grow it.
class DecoyLockout
{
public:
    static constexpr int Capacity = 4096;

    DecoyLockout(int maxFailures, qint64 lockoutMs);

    // Counts one failure of name at nowMs and returns when its lockout ends, or 0 if not locked.
    qint64 recordFailure(const QString &name, qint64 nowMs);
    // When name's lockout ends, or 0 if it is not locked at nowMs.
    qint64 lockedUntil(const QString &name, qint64 nowMs) const;

private:
    struct Entry
    {
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };
    static QString keyOf(const QString &name);

    const int m_maxFailures;
    const qint64 m_lockoutMs;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
    std::deque<QString> m_order; // insertion order, for forgetting the oldest
};

} // namespace Lexecon
