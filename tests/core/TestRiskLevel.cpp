#include "risk/RiskLevel.h"

#include <QTest>

using namespace Lexecon;

class TestRiskLevel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelFor_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("level");
        QTest::newRow("0") << 0 << QStringLiteral("low");
        QTest::newRow("25") << 25 << QStringLiteral("low");
        QTest::newRow("26") << 26 << QStringLiteral("medium");
        QTest::newRow("50") << 50 << QStringLiteral("medium");
        QTest::newRow("51") << 51 << QStringLiteral("high");
        QTest::newRow("75") << 75 << QStringLiteral("high");
        QTest::newRow("76") << 76 << QStringLiteral("critical");
        QTest::newRow("100") << 100 << QStringLiteral("critical");
    }
    void levelFor()
    {
        QFETCH(int, score);
        QFETCH(QString, level);
        QCOMPARE(RiskLevel::levelFor(score), level);
    }

    void rankOrdersLevels()
    {
        QVERIFY(RiskLevel::rank(QStringLiteral("low")) < RiskLevel::rank(QStringLiteral("medium")));
        QVERIFY(RiskLevel::rank(QStringLiteral("medium")) < RiskLevel::rank(QStringLiteral("high")));
        QVERIFY(RiskLevel::rank(QStringLiteral("high")) < RiskLevel::rank(QStringLiteral("critical")));
        QCOMPARE(RiskLevel::rank(QStringLiteral("High")), -1);
        QVERIFY(!RiskLevel::isLevel(QStringLiteral("urgent")));
    }

    void raisedStopsAtCritical_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("low") << QStringLiteral("low") << QStringLiteral("medium");
        QTest::newRow("medium") << QStringLiteral("medium") << QStringLiteral("high");
        QTest::newRow("high") << QStringLiteral("high") << QStringLiteral("critical");
        QTest::newRow("critical") << QStringLiteral("critical") << QStringLiteral("critical");
    }
    void raisedStopsAtCritical()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QCOMPARE(RiskLevel::raised(from), to);
    }
};

QTEST_GUILESS_MAIN(TestRiskLevel)
#include "TestRiskLevel.moc"
