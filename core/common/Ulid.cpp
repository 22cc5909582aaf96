#include "Ulid.h"

#include "Clock.h"

#include <sodium.h>

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

int decodeChar(QChar c)
{
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
            randombytes_buf(s.lastRandom.data(), s.lastRandom.size());
            s.lastRandom[0] &= 0x7f; // leave room to increment without overflow
        }
        for (int i = 0; i < 6; ++i)
            bytes[i] = quint8(quint64(msSinceEpoch) >> (8 * (5 - i)));
        std::copy(s.lastRandom.begin(), s.lastRandom.end(), bytes.begin() + 6);
    }

    // 128 bits -> 26 characters, 5 bits each, most significant first (2 leading pad bits).
    QString out = prefix;
    out.reserve(prefix.size() + 26);
    for (int i = 0; i < 26; ++i) {
        const int bitPos = i * 5 - 2; // position of the first bit of this char within the 128 bits
        int value = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = bitPos + b;
            if (bit < 0)
                continue;
            const int set = (bytes[bit / 8] >> (7 - bit % 8)) & 1;
            value |= set << (4 - b);
        }
        out.append(QLatin1Char(kCrockford[value]));
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

} // namespace Lexecon
