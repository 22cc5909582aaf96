#include "auth/SessionGuard.h"
#include "mock/MockClock.h"

#include <QTest>

using namespace Lexecon;

class TestSessionGuard : public QObject
{
    Q_OBJECT

    const Principal m_ann = Principal::user(QStringLiteral("ann"), Role::Auditor);

private Q_SLOTS:
    void locksAfterIdleTime()
    {
        MockClock clock;
        SessionGuard guard(clock);
        QVERIFY(!guard.isLocked());
        guard.begin(m_ann);
        QCOMPARE(guard.msUntilLock(), qint64(15 * 60 * 1000));
        clock.advanceMinutes(14);
        QVERIFY(!guard.isLocked());
        guard.activity();
        clock.advanceMinutes(14);
        QVERIFY(!guard.isLocked());
        QCOMPARE(guard.msUntilLock(), qint64(60 * 1000));
        clock.advanceMinutes(1);
        QVERIFY(guard.isLocked());
        QCOMPARE(guard.msUntilLock(), qint64(0));
        // Locked keeps the user (and their open work); input does not unlock.
        QCOMPARE(guard.principal()->name(), QStringLiteral("ann"));
        guard.activity();
        QVERIFY(guard.isLocked());
    }

    void unlocksOnlyForTheSameUser()
    {
        MockClock clock;
        SessionGuard guard(clock, 5 * 60 * 1000);
        guard.begin(m_ann);
        guard.lock();
        QVERIFY(guard.isLocked());
        auto other = guard.unlock(Principal::user(QStringLiteral("bob"), Role::Admin));
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, Error::Code::Forbidden);
        QVERIFY(guard.isLocked());
        QVERIFY(guard.unlock(Principal::user(QStringLiteral("Ann"), Role::Auditor)).ok());
        QVERIFY(!guard.isLocked());
        QCOMPARE(guard.msUntilLock(), qint64(5 * 60 * 1000));
    }

    void configurableAndSignOut()
    {
        MockClock clock;
        SessionGuard guard(clock, 0);
        guard.begin(m_ann);
        clock.advanceHours(48);
        QVERIFY(!guard.isLocked());
        QCOMPARE(guard.msUntilLock(), qint64(-1));
        guard.setIdleTimeoutMs(60 * 1000);
        QVERIFY(guard.isLocked());
        guard.signOut();
        QVERIFY(!guard.isSignedIn());
        QVERIFY(!guard.isLocked());
        QVERIFY(!guard.principal().has_value());
        QVERIFY(!guard.unlock(m_ann).ok());
    }
};

QTEST_GUILESS_MAIN(TestSessionGuard)
#include "TestSessionGuard.moc"
