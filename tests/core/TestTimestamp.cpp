#include "common/Timestamp.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Lexecon;

namespace {

// What Timestamp::format returned before it had its own formatter: QDateTime's ISO text.
QString qtFormat(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 utcMs(int y, int m, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

// Instants around every boundary the hand-written formatter has: the epoch, days, months, leap
// days, centuries (1900 and 2100 are not leap years, 2000 is), the year 9999 and beyond.
QList<qint64> trickyInstants()
{
    QList<qint64> out{0, 1, 999, 1000, 86399999, 86400000, -1, -999, -1000, -1001, -86400000, -86400001,
                      qint64(1795341600000), qint64(1795341600007), 253402300799999LL, 253402300800000LL,
                      -62135596800000LL, -62135596800001LL, 4102444800000LL};
    const int years[] = {1600, 1899, 1900, 1901, 1969, 1970, 1971, 1972, 1999, 2000, 2001, 2023, 2024, 2025, 2026,
                         2038, 2099, 2100, 2101, 2399, 2400, 9998, 9999};
    for (int y : years) {
        for (int m = 1; m <= 12; ++m) {
            const qint64 first = utcMs(y, m, 1);
            out << first << first - 1 << first + 1 << first + 999 << first - 1000;
        }
        if (QDate::isLeapYear(y))
            out << utcMs(y, 2, 29, 23, 59, 59, 999) << utcMs(y, 2, 29, 12, 0, 0, 5);
        out << utcMs(y, 12, 31, 23, 59, 59, 999) << utcMs(y, 2, 28, 23, 59, 59, 999);
    }
    return out;
}

} // namespace

class TestTimestamp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsUtcWithMilliseconds()
    {
        QCOMPARE(Timestamp::format(qint64(1795341600000)), QStringLiteral("2026-11-22T10:00:00.000Z"));
        QCOMPARE(Timestamp::format(qint64(1795341600007)), QStringLiteral("2026-11-22T10:00:00.007Z"));
    }

    void formatsLikeQDateTimeAtBoundaries()
    {
        for (qint64 ms : trickyInstants()) {
            QCOMPARE(Timestamp::format(ms), qtFormat(ms));
            QCOMPARE(Timestamp::formatAscii(ms), qtFormat(ms).toLatin1());
        }
    }

    void formatsLikeQDateTimeAtRandom()
    {
        QRandomGenerator random(20261123);
        for (int i = 0; i < 200000; ++i) {
            // Mostly 1970-2200, some over the whole range QDateTime formats, some before 1970.
            const qint64 ms = i % 4 == 0   ? qint64(random.bounded(qint64(-62135596800000LL), qint64(253402300799999LL)))
                              : i % 4 == 1 ? -qint64(random.bounded(qint64(4102444800000LL)))
                                           : qint64(random.bounded(qint64(7258118400000LL)));
            QCOMPARE(Timestamp::format(ms), qtFormat(ms));
        }
    }

    void formatsDateTimes()
    {
        const QDateTime t(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
        QCOMPARE(Timestamp::format(t), QStringLiteral("2024-02-29T23:59:59.999Z"));
        // A local time is the same instant in UTC.
        QCOMPARE(Timestamp::format(t.toTimeZone(QTimeZone(3600))), QStringLiteral("2024-02-29T23:59:59.999Z"));
    }

    void parsesWhatItFormats()
    {
        for (qint64 ms : trickyInstants()) {
            const QString text = qtFormat(ms);
            if (text.isEmpty())
                continue;
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
            QCOMPARE(Timestamp::parse(text), std::optional<qint64>(qt.toMSecsSinceEpoch()));
            QCOMPARE(Timestamp::parse(text).value_or(-1), ms);
        }
    }

    void parsesOutOfRangeFieldsLikeQDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("Feb 29 non-leap") << QStringLiteral("2025-02-29T10:00:00.000Z");
        QTest::newRow("Feb 29 1900") << QStringLiteral("1900-02-29T10:00:00.000Z");
        QTest::newRow("Feb 29 2000") << QStringLiteral("2000-02-29T10:00:00.000Z");
        QTest::newRow("month 13") << QStringLiteral("2025-13-01T10:00:00.000Z");
        QTest::newRow("month 0") << QStringLiteral("2025-00-01T10:00:00.000Z");
        QTest::newRow("day 0") << QStringLiteral("2025-01-00T10:00:00.000Z");
        QTest::newRow("April 31") << QStringLiteral("2025-04-31T10:00:00.000Z");
        QTest::newRow("hour 24") << QStringLiteral("2025-01-01T24:00:00.000Z");
        QTest::newRow("minute 60") << QStringLiteral("2025-01-01T10:60:00.000Z");
        QTest::newRow("second 60") << QStringLiteral("2025-01-01T10:00:60.000Z");
        QTest::newRow("1969") << QStringLiteral("1969-12-31T23:59:59.999Z");
        QTest::newRow("year 0001") << QStringLiteral("0001-01-01T00:00:00.000Z");
        QTest::newRow("sign in ms") << QStringLiteral("2025-01-01T10:00:00.-12Z");
        QTest::newRow("space in year") << QStringLiteral(" 025-01-01T10:00:00.000Z");
        QTest::newRow("Arabic-Indic digit") << QStringLiteral("2025-01-01T10:00:00.00\u0661Z");
        QTest::newRow("lower-case z") << QStringLiteral("2025-01-01T10:00:00.000z");
        QTest::newRow("offset") << QStringLiteral("2025-01-01T10:00:00.000+02:00");
    }
    void parsesOutOfRangeFieldsLikeQDateTime()
    {
        QFETCH(QString, text);
        std::optional<qint64> expected;
        if (text.size() >= 20 && text.at(10) == QLatin1Char('T')) {
            const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (qt.isValid() && qt.timeSpec() != Qt::LocalTime)
                expected = qt.toMSecsSinceEpoch();
        }
        QCOMPARE(Timestamp::parse(text), expected);
    }

    void addsYearsLikeQDateTime()
    {
        const int yearsToAdd[] = {0, 1, 3, 4, 7, 10, 100, 400, -1, -4, -55, -60, 8000, 9000};
        for (qint64 ms : trickyInstants()) {
            for (int years : yearsToAdd) {
                const qint64 expected = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).addYears(years).toMSecsSinceEpoch();
                QCOMPARE(Timestamp::addYears(ms, years), expected);
            }
        }
        // 29 February plus a year is 28 February, as in QDateTime.
        QCOMPARE(Timestamp::format(Timestamp::addYears(utcMs(2024, 2, 29, 8, 30), 1)),
                 QStringLiteral("2025-02-28T08:30:00.000Z"));
        QCOMPARE(Timestamp::format(Timestamp::addYears(utcMs(2024, 2, 29, 8, 30), 4)),
                 QStringLiteral("2028-02-29T08:30:00.000Z"));
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
