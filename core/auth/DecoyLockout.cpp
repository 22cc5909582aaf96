#include "DecoyLockout.h"

#include <QMutexLocker>

namespace Lexecon {

DecoyLockout::DecoyLockout(int maxFailures, qint64 lockoutMs)
    : m_maxFailures(maxFailures)
    , m_lockoutMs(lockoutMs)
{
}

QString DecoyLockout::keyOf(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

qint64 DecoyLockout::recordFailure(const QString &name, qint64 nowMs)
{
    const QString key = keyOf(name);
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        if (m_entries.size() >= Capacity) {
            m_entries.remove(m_order.front());
            m_order.pop_front();
        }
        it = m_entries.insert(key, {});
        m_order.push_back(key);
    }
    Entry &e = it.value();
    if (e.lockedUntilMs > 0 && e.lockedUntilMs <= nowMs)
        e = {}; // a lockout that ran out starts the count afresh, as for a real account
    if (e.lockedUntilMs > nowMs)
        return e.lockedUntilMs;
    if (++e.failures >= m_maxFailures)
        e.lockedUntilMs = nowMs + m_lockoutMs;
    return e.lockedUntilMs;
}

qint64 DecoyLockout::lockedUntil(const QString &name, qint64 nowMs) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(keyOf(name));
    if (it == m_entries.constEnd() || it->lockedUntilMs <= nowMs)
        return 0;
    return it->lockedUntilMs;
}

} // namespace Lexecon
