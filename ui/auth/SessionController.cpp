#include "SessionController.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace Lexecon::Ui {

SessionController::SessionController(const Clock &clock, qint64 idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_guard(clock, idleTimeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionController::poll);
    QCoreApplication::instance()->installEventFilter(this);
}

SessionController::~SessionController()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void SessionController::begin(const Principal &user)
{
    m_guard.begin(user);
    m_reportedLocked = false;
    schedule();
}

void SessionController::lockNow()
{
    m_guard.lock();
    poll();
}

Result<void> SessionController::unlock(const Principal &reauthenticated)
{
    if (auto unlocked = m_guard.unlock(reauthenticated); !unlocked)
        return unlocked;
    m_reportedLocked = false;
    schedule();
    Q_EMIT unlocked();
    return {};
}

void SessionController::signOut()
{
    m_guard.signOut();
    m_timer.stop();
    m_reportedLocked = false;
    Q_EMIT signedOut();
}

void SessionController::poll()
{
    if (m_guard.isLocked()) {
        if (!m_reportedLocked) {
            m_reportedLocked = true;
            Q_EMIT locked();
        }
        return;
    }
    schedule();
}

void SessionController::schedule()
{
    const qint64 left = m_guard.msUntilLock();
    if (left < 0 || !m_guard.isSignedIn()) {
        m_timer.stop();
        return;
    }
    // Woken a little after the deadline; input in between only moves the deadline later, so a
    // check that finds time left simply sleeps again.
    m_timer.start(int(std::clamp<qint64>(left + 50, 50, 60 * 1000)));
}

bool SessionController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_guard.isLocked())
            m_guard.activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Lexecon::Ui
