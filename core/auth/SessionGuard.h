#pragma once

#include "Principal.h"
#include "common/Result.h"

#include <optional>

namespace Lexecon {

class Clock;

// The desktop's session of one signed-in user, without any GUI: it locks after idle time
// (AuthSettings::idleLockMs, 15 minutes by default) measured on the injected Clock. The UI
// feeds user input into activity(), polls isLocked() (msUntilLock() says when to look again),
// shows a re-auth dialog while locked and keeps all open work: locking does not sign out.
class SessionGuard
{
public:
    explicit SessionGuard(const Clock &clock, qint64 idleTimeoutMs = 15 * 60 * 1000);

    // 0 disables the idle lock. Takes effect from the last activity.
    void setIdleTimeoutMs(qint64 ms) { m_idleTimeoutMs = ms; }
    qint64 idleTimeoutMs() const { return m_idleTimeoutMs; }

    // Starts a session for the principal AuthService::signIn returned (unlocked, active now).
    void begin(const Principal &user);
    // Input from the user; ignored while locked or signed out.
    void activity();
    // Locks now (the user chose "Lock").
    void lock();
    // Unlocks when reauthenticated is the same user as the session's (from a fresh
    // AuthService::signIn); a different user is a Forbidden error (they must sign out first).
    Result<void> unlock(const Principal &reauthenticated);
    // Ends the session; principal() is empty afterwards.
    void signOut();

    bool isSignedIn() const { return m_principal.has_value(); }
    // True when locked by lock() or by idle time; false when signed out.
    bool isLocked() const;
    // Milliseconds until the idle lock; 0 when locked or signed out, -1 when it never locks.
    qint64 msUntilLock() const;
    // The signed-in user, also while locked (their open work stays theirs). Check isLocked()
    // before acting for them.
    std::optional<Principal> principal() const { return m_principal; }

private:
    const Clock &m_clock;
    qint64 m_idleTimeoutMs;
    qint64 m_lastActivityMs = 0;
    bool m_lockedExplicitly = false;
    std::optional<Principal> m_principal;
};

} // namespace Lexecon
