#include "SessionGuard.h"

#include "common/Clock.h"

namespace Lexecon {

SessionGuard::SessionGuard(const Clock &clock, qint64 idleTimeoutMs)
    : m_clock(clock)
    , m_idleTimeoutMs(idleTimeoutMs)
{
}

void SessionGuard::begin(const Principal &user)
{
    m_principal = user;
    m_lockedExplicitly = false;
    m_lastActivityMs = m_clock.nowMs();
}

void SessionGuard::activity()
{
    // Input after the idle limit must not unlock: only a re-auth does.
    if (!m_principal || isLocked())
        return;
    m_lastActivityMs = m_clock.nowMs();
}

void SessionGuard::lock()
{
    if (m_principal)
        m_lockedExplicitly = true;
}

Result<void> SessionGuard::unlock(const Principal &reauthenticated)
{
    if (!m_principal)
        return Error::conflict(QStringLiteral("nobody is signed in; sign in instead of unlocking"));
    if (reauthenticated.kind() != Principal::Kind::User ||
        reauthenticated.name().compare(m_principal->name(), Qt::CaseInsensitive) != 0)
        return Error::forbidden(QStringLiteral("the workstation is locked for %1; sign in as %1, or sign out first")
                                    .arg(m_principal->name()));
    m_principal = reauthenticated; // the role may have changed meanwhile
    m_lockedExplicitly = false;
    m_lastActivityMs = m_clock.nowMs();
    return {};
}

void SessionGuard::signOut()
{
    m_principal.reset();
    m_lockedExplicitly = false;
}

bool SessionGuard::isLocked() const
{
    if (!m_principal)
        return false;
    if (m_lockedExplicitly)
        return true;
    return m_idleTimeoutMs > 0 && m_clock.nowMs() - m_lastActivityMs >= m_idleTimeoutMs;
}

qint64 SessionGuard::msUntilLock() const
{
    if (!m_principal || isLocked())
        return 0;
    if (m_idleTimeoutMs <= 0)
        return -1;
    return m_idleTimeoutMs - (m_clock.nowMs() - m_lastActivityMs);
}

} // namespace Lexecon
