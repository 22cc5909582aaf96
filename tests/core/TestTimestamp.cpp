#include "common/Timestamp.h"

#include <QTest>

using namespace Lexecon;

class TestTimestamp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsUtcWithMilliseconds()
    {
        QCOMPARE(Timestamp::format(qint64(1795341600000)), QStringLiteral("2026-11-22T10:00:00.000Z"));
        QCOMPARE(Timestamp::format(qint64(1795341600007)), QStringLiteral("2026-11-22T10:00:00.007Z"));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms Z") << QStringLiteral("2026-11-22T10:00:00.000Z") << qint64(1795341600000);
        QTest::newRow("no fraction") << QStringLiteral("2026-11-22T10:00:00Z") << qint64(1795341600000);
        QTest::newRow("offset") << QStringLiteral("2026-11-22T11:00:00+01:00") << qint64(1795341600000);
        QTest::newRow("no zone") << QStringLiteral("2026-11-22T10:00:00") << qint64(-1);
        QTest::newRow("date only") << QStringLiteral("2026-11-22") << qint64(-1);
        QTest::newRow("garbage") << QStringLiteral("tomorrow at noon") << qint64(-1);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(Timestamp::parse(text).value_or(-1), ms);
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "TestTimestamp.moc"
