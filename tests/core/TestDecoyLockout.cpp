#include "auth/DecoyLockout.h"

#include <QTest>

using namespace Lexecon;

class TestDecoyLockout : public QObject
{
    Q_OBJECT

    static constexpr qint64 Lockout = 30 * 60 * 1000;

private Q_SLOTS:
    void locksOnTheFifthFailureLikeAnAccount()
    {
        DecoyLockout decoys(5, Lockout);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(decoys.recordFailure(QStringLiteral("mallory"), 1000 * i), qint64(0));
        QCOMPARE(decoys.lockedUntil(QStringLiteral("mallory"), 4000), qint64(0));
        QCOMPARE(decoys.recordFailure(QStringLiteral("mallory"), 5000), 5000 + Lockout);
        // Case and surrounding blanks name the same user, as for real accounts.
        QCOMPARE(decoys.lockedUntil(QStringLiteral("  MALLORY "), 6000), 5000 + Lockout);
        // More failures while locked do not extend the lockout.
        QCOMPARE(decoys.recordFailure(QStringLiteral("mallory"), 7000), 5000 + Lockout);
        QCOMPARE(decoys.lockedUntil(QStringLiteral("someone-else"), 6000), qint64(0));
    }

    void aLockoutThatRanOutStartsAfresh()
    {
        DecoyLockout decoys(5, Lockout);
        for (int i = 0; i < 5; ++i)
            decoys.recordFailure(QStringLiteral("eve"), 0);
        const qint64 after = Lockout + 1;
        QCOMPARE(decoys.lockedUntil(QStringLiteral("eve"), after), qint64(0));
        QCOMPARE(decoys.recordFailure(QStringLiteral("eve"), after), qint64(0));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(decoys.recordFailure(QStringLiteral("eve"), after), qint64(0));
        QCOMPARE(decoys.recordFailure(QStringLiteral("eve"), after), after + Lockout);
    }

    void aFloodOfNamesForgetsTheOldestFirst()
    {
        DecoyLockout decoys(1, Lockout);
        QVERIFY(decoys.recordFailure(QStringLiteral("first"), 0) > 0);
        for (int i = 0; i < DecoyLockout::Capacity - 1; ++i)
            decoys.recordFailure(QStringLiteral("made-up-%1").arg(i), 0);
        QVERIFY(decoys.lockedUntil(QStringLiteral("first"), 1) > 0); // still within capacity
        decoys.recordFailure(QStringLiteral("one-more"), 0);
        QCOMPARE(decoys.lockedUntil(QStringLiteral("first"), 1), qint64(0));
        QVERIFY(decoys.lockedUntil(QStringLiteral("made-up-0"), 1) > 0);
        QVERIFY(decoys.lockedUntil(QStringLiteral("one-more"), 1) > 0);
    }
};

QTEST_GUILESS_MAIN(TestDecoyLockout)
#include "TestDecoyLockout.moc"
