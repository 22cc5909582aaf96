#include "Timestamp.h"

#include <QTimeZone>

namespace Lexecon::Timestamp {

namespace {

// Every decision formats several timestamps and QDateTime::toString costs microseconds each, so
// the common range is written by hand: 1970-01-01 to 9999-12-31, the civil-date arithmetic of
// H. Hinnant's "chrono-compatible low-level date algorithms" (proleptic Gregorian, as QDateTime).
// Anything outside that range goes through QDateTime, whose output is the contract; tests compare
// the two over boundaries and random instants.
constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kFastMinMs = 0;                 // 1970-01-01T00:00:00.000Z
constexpr qint64 kFastMaxMs = 253402300799999LL; // 9999-12-31T23:59:59.999Z

struct Civil
{
    int year;
    int month; // 1-12
    int day;   // 1-31
};

Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(qint64(yoe) + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(month > 2 ? month - 3 : month + 9) + 2) / 5 + unsigned(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

inline void put2(char *p, int v)
{
    p[0] = char('0' + v / 10);
    p[1] = char('0' + v % 10);
}

// Writes the 24 characters of an instant in the fast range.
void formatFast(qint64 ms, char out[24])
{
    const qint64 days = ms / kMsPerDay;
    int rest = int(ms % kMsPerDay);
    const Civil c = civilFromDays(days);
    put2(out, c.year / 100);
    put2(out + 2, c.year % 100);
    out[4] = '-';
    put2(out + 5, c.month);
    out[7] = '-';
    put2(out + 8, c.day);
    out[10] = 'T';
    const int millis = rest % 1000;
    rest /= 1000;
    put2(out + 11, rest / 3600);
    out[13] = ':';
    put2(out + 14, rest / 60 % 60);
    out[16] = ':';
    put2(out + 17, rest % 60);
    out[19] = '.';
    out[20] = char('0' + millis / 100);
    put2(out + 21, millis % 100);
    out[23] = 'Z';
}

QString formatQt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

int digits(const QChar *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// The canonical form format() writes, "YYYY-MM-DDTHH:MM:SS.mmmZ" within the fast range and with
// every field in range; empty otherwise (QDateTime then decides).
std::optional<qint64> parseCanonical(const QString &text)
{
    if (text.size() != 24)
        return std::nullopt;
    const QChar *p = text.constData();
    if (p[4] != u'-' || p[7] != u'-' || p[10] != u'T' || p[13] != u':' || p[16] != u':' || p[19] != u'.' ||
        p[23] != u'Z')
        return std::nullopt;
    const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2), hour = digits(p + 11, 2),
              minute = digits(p + 14, 2), second = digits(p + 17, 2), millis = digits(p + 20, 3);
    if (year < 1970 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59 || millis < 0)
        return std::nullopt;
    if (day > daysInMonth(year, month))
        return std::nullopt;
    return daysFromCivil(year, month, day) * kMsPerDay + ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + millis;
}

} // namespace

QString format(qint64 msSinceEpoch)
{
    if (msSinceEpoch < kFastMinMs || msSinceEpoch > kFastMaxMs)
        return formatQt(msSinceEpoch);
    char text[24];
    formatFast(msSinceEpoch, text);
    return QString::fromLatin1(text, sizeof text);
}

QString format(const QDateTime &time)
{
    return format(time.toMSecsSinceEpoch());
}

QByteArray formatAscii(qint64 msSinceEpoch)
{
    if (msSinceEpoch < kFastMinMs || msSinceEpoch > kFastMaxMs)
        return formatQt(msSinceEpoch).toLatin1();
    QByteArray out(24, Qt::Uninitialized);
    formatFast(msSinceEpoch, out.data());
    return out;
}

std::optional<qint64> parse(const QString &text)
{
    if (auto fast = parseCanonical(text))
        return fast;
    if (text.size() < 20 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

qint64 addYears(qint64 msSinceEpoch, int years)
{
    if (msSinceEpoch >= kFastMinMs && msSinceEpoch <= kFastMaxMs && years > -1000 && years < 10000) {
        const qint64 days = msSinceEpoch / kMsPerDay;
        const Civil c = civilFromDays(days);
        const int year = c.year + years;
        if (year >= 1970 && year <= 9999) {
            const int day = qMin(c.day, daysInMonth(year, c.month));
            return daysFromCivil(year, c.month, day) * kMsPerDay + msSinceEpoch % kMsPerDay;
        }
    }
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).addYears(years).toMSecsSinceEpoch();
}

} // namespace Lexecon::Timestamp
