#include "Ulid.h"

#include "Clock.h"
#include "crypto/RandomPool.h"

#include <array>
#include <mutex>

namespace Lexecon {

namespace {

constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

struct MonotonicState
{
    std::mutex mutex;
    qint64 lastMs = -1;
    std::array<quint8, 10> lastRandom{}; // 80 bits
};

MonotonicState &state()
{
    static MonotonicState s;
    return s;
}

// Crockford values of ASCII characters (either case), -1 for the rest.
constexpr std::array<qint8, 128> kAsciiValues = [] {
    std::array<qint8, 128> values{};
    for (auto &v : values)
        v = -1;
    for (int i = 0; i < 32; ++i) {
        values[size_t(kCrockford[i])] = qint8(i);
        if (kCrockford[i] >= 'A')
            values[size_t(kCrockford[i] - 'A' + 'a')] = qint8(i);
    }
    return values;
}();

int decodeChar(QChar c)
{
    if (c.unicode() < 128)
        return kAsciiValues[c.unicode()];
    // Outside ASCII as before: upper-cased first (U+017F, the long s, upper-cases to S).
    const char ch = c.toUpper().toLatin1();
    for (int i = 0; i < 32; ++i) {
        if (kCrockford[i] == ch)
            return i;
    }
    return -1;
}

} // namespace

QString Ulid::make(const QString &prefix, const Clock &clock)
{
    return make(prefix, clock.nowMs());
}

QString Ulid::make(const QString &prefix, qint64 msSinceEpoch)
{
    std::array<quint8, 16> bytes{};
    {
        MonotonicState &s = state();
        std::lock_guard lock(s.mutex);
        if (msSinceEpoch == s.lastMs) {
            // Same millisecond: increment the random part so ids keep their order.
            for (int i = 9; i >= 0; --i) {
                if (++s.lastRandom[i] != 0)
                    break;
            }
        } else {
            s.lastMs = msSinceEpoch;
            RandomPool::fill(s.lastRandom.data(), s.lastRandom.size());
            s.lastRandom[0] &= 0x7f; // leave room to increment without overflow
        }
        for (int i = 0; i < 6; ++i)
            bytes[i] = quint8(quint64(msSinceEpoch) >> (8 * (5 - i)));
        std::copy(s.lastRandom.begin(), s.lastRandom.end(), bytes.begin() + 6);
    }

    // 128 bits -> 26 characters, 5 bits each, most significant first (2 leading pad bits).
    unsigned __int128 bits = 0;
    for (quint8 b : bytes)
        bits = (bits << 8) | b;
    QString out(prefix.size() + 26, Qt::Uninitialized);
    QChar *p = out.data();
    std::copy(prefix.constBegin(), prefix.constEnd(), p);
    p += prefix.size();
    for (int i = 25; i >= 0; --i) {
        p[i] = QLatin1Char(kCrockford[unsigned(bits) & 31]);
        bits >>= 5;
    }
    return out;
}

bool Ulid::isValid(const QString &id, const QString &prefix)
{
    if (!id.startsWith(prefix) || id.size() != prefix.size() + 26)
        return false;
    if (decodeChar(id.at(prefix.size())) > 7)
        return false;
    for (int i = prefix.size(); i < id.size(); ++i) {
        if (decodeChar(id.at(i)) < 0)
            return false;
    }
    return true;
}

Result<void> Ulid::checkField(const QString &field, const QString &value, const QString &prefix, bool required)
{
    if (value.isEmpty() && !required)
        return {};
    if (!isValid(value, prefix))
        return Error::invalid(field, QStringLiteral("%1 \"%2\" is not valid; send a %3 id.").arg(field, value, prefix));
    return {};
}

qint64 Ulid::timestampOf(const QString &id)
{
    const int underscore = id.indexOf(QLatin1Char('_'));
    const QString body = id.mid(underscore + 1);
    if (body.size() != 26)
        return -1;
    qint64 ms = 0;
    for (int i = 0; i < 10; ++i) {
        const int v = decodeChar(body.at(i));
        if (v < 0)
            return -1;
        ms = (ms << 5) | v;
    }
    return ms;
}

QString Ulid::rePrefixed(const QString &id, QLatin1String from, QLatin1String to)
{
    if (!id.startsWith(from))
        return QString();
    return to + id.mid(from.size());
}

} // namespace Lexecon
