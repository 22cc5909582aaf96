#pragma once

#include "auth/Principal.h"
#include "auth/SessionGuard.h"

#include <QObject>
#include <QTimer>

namespace Lexecon::Ui {

// Feeds the desk's keyboard and mouse input into the core's SessionGuard and says when the
// session locks after idle time. It only watches: MainWindow hides the work behind the re-auth
// dialog while locked, and nothing open is closed, so the user continues where they were.
class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(const Clock &clock, qint64 idleTimeoutMs, QObject *parent = nullptr);
    ~SessionController() override;

    SessionGuard &guard() { return m_guard; }
    void begin(const Principal &user);
    void lockNow();
    // True when reauthenticated is the session's user; the session is active again.
    Result<void> unlock(const Principal &reauthenticated);
    void signOut();
    bool isLocked() const { return m_guard.isLocked(); }

    // Looks whether the idle time ran out; the timer calls it, tests may too.
    void poll();

Q_SIGNALS:
    void locked();
    void unlocked();
    void signedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();

    SessionGuard m_guard;
    QTimer m_timer;
    bool m_reportedLocked = false;
};

} // namespace Lexecon::Ui
