#include "intake/RateLimiter.h"
#include "mock/MockClock.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Lexecon;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenRefusedWithRetryAfter()
    {
        MockClock clock;
        RateLimiter limiter(clock);
        for (int i = 0; i < 20; ++i)
            QVERIFY2(limiter.take(QStringLiteral("key:bot"), 10, 20).allowed, qPrintable(QString::number(i)));
        const RateLimiter::Verdict refused = limiter.take(QStringLiteral("key:bot"), 10, 20);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 1); // 0.1 s rounds up to a whole second
        // Another bucket is not affected.
        QVERIFY(limiter.take(QStringLiteral("key:other"), 10, 20).allowed);
    }

    void retryAfterCountsWholeSecondsUntilOneToken_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("expected");
        QTest::newRow("10/s") << 10.0 << 1;
        QTest::newRow("1/s") << 1.0 << 1;
        QTest::newRow("0.5/s") << 0.5 << 2;
        QTest::newRow("0.1/s") << 0.1 << 10;
        QTest::newRow("1/min") << 1.0 / 60 << 60;
    }
    void retryAfterCountsWholeSecondsUntilOneToken()
    {
        QFETCH(double, rate);
        QFETCH(int, expected);
        MockClock clock;
        RateLimiter limiter(clock);
        QVERIFY(limiter.take(QStringLiteral("b"), rate, 1).allowed);
        const auto v = limiter.take(QStringLiteral("b"), rate, 1);
        QVERIFY(!v.allowed);
        QCOMPARE(v.retryAfterSeconds, expected);
    }

    void refillsAtTheRateUpToTheBurst()
    {
        MockClock clock;
        RateLimiter limiter(clock);
        const QString b = QStringLiteral("key:bot");
        for (int i = 0; i < 4; ++i)
            QVERIFY(limiter.take(b, 2, 4).allowed);
        QVERIFY(!limiter.take(b, 2, 4).allowed);
        clock.advanceMs(499); // 0.998 tokens: still not one
        QVERIFY(!limiter.take(b, 2, 4).allowed);
        clock.advanceMs(1);
        QVERIFY(limiter.take(b, 2, 4).allowed);
        QVERIFY(!limiter.take(b, 2, 4).allowed);
        clock.advanceSeconds(60); // long idle refills only to the burst, not 120 tokens
        int allowed = 0;
        while (limiter.take(b, 2, 4).allowed)
            ++allowed;
        QCOMPARE(allowed, 4);
    }

    void refusedRequestsDoNotConsume()
    {
        MockClock clock;
        RateLimiter limiter(clock);
        QVERIFY(limiter.take(QStringLiteral("b"), 1, 1).allowed);
        for (int i = 0; i < 100; ++i)
            QVERIFY(!limiter.take(QStringLiteral("b"), 1, 1).allowed);
        clock.advanceSeconds(1);
        QVERIFY(limiter.take(QStringLiteral("b"), 1, 1).allowed);
    }

    void clockGoingBackDoesNotMint()
    {
        MockClock clock;
        RateLimiter limiter(clock);
        QVERIFY(limiter.take(QStringLiteral("b"), 1, 1).allowed);
        clock.advanceSeconds(-3600);
        QVERIFY(!limiter.take(QStringLiteral("b"), 1, 1).allowed);
    }

    void nonsenseLimitsRefuse_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("burst");
        QTest::newRow("zero rate") << 0.0 << 10.0;
        QTest::newRow("negative rate") << -1.0 << 10.0;
        QTest::newRow("burst below one") << 10.0 << 0.5;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << 10.0;
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << 10.0;
    }
    void nonsenseLimitsRefuse()
    {
        QFETCH(double, rate);
        QFETCH(double, burst);
        MockClock clock;
        RateLimiter limiter(clock);
        const auto v = limiter.take(QStringLiteral("b"), rate, burst);
        QVERIFY(!v.allowed);
        QVERIFY(v.retryAfterSeconds >= 1);
    }

    void idleFullBucketsAreEvicted()
    {
        MockClock clock;
        RateLimiter limiter(clock);
        for (int i = 0; i < 5000; ++i)
            limiter.take(QStringLiteral("ip:10.0.%1.%2").arg(i / 256).arg(i % 256), 10, 20);
        QVERIFY(limiter.bucketCount() > 1000);
        // After 2 s every bucket is full again and behaves as a new one: the next sweep drops them.
        clock.advanceSeconds(11);
        for (int i = 0; i < 64; ++i)
            limiter.take(QStringLiteral("ip:192.168.0.%1").arg(i), 10, 20);
        QVERIFY2(limiter.bucketCount() <= 64, qPrintable(QString::number(limiter.bucketCount())));
    }

    void aFloodOfAddressesStaysBounded()
    {
        MockClock clock;
        RateLimiter limiter(clock);
        limiter.setMaxBuckets(1600);
        // A slow limit (buckets stay not-full for 100 s) and 50,000 addresses in one instant.
        for (int i = 0; i < 50000; ++i) {
            limiter.take(QStringLiteral("ip:flood-%1").arg(i), 0.1, 10);
            QVERIFY(limiter.bucketCount() <= 1600);
        }
        // The limit still works for a bucket in use.
        for (int i = 0; i < 10; ++i)
            QVERIFY(limiter.take(QStringLiteral("key:bot"), 0.1, 10).allowed);
        QVERIFY(!limiter.take(QStringLiteral("key:bot"), 0.1, 10).allowed);
    }

    void concurrentTakesGrantExactlyTheBurst()
    {
        MockClock clock;
        RateLimiter limiter(clock);
        std::atomic<int> allowed{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 1000; ++i) {
                    if (limiter.take(QStringLiteral("key:shared"), 1, 500).allowed)
                        ++allowed;
                    limiter.take(QStringLiteral("key:%1").arg(i), 1, 500);
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(allowed.load(), 500);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
