#include "RateLimiter.h"

#include "common/Clock.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <mutex>
#include <vector>

namespace Lexecon {

namespace {

constexpr int kShards = 16;
// A shard is swept for full (idle) buckets at least this often, and whenever it has doubled
// since the last sweep, so the sweep costs O(1) per take on average.
constexpr qint64 kSweepIntervalMs = 10000;

struct Bucket
{
    double tokens = 0;
    qint64 lastMs = 0;
    double rate = 1;
    double burst = 1;
};

struct Shard
{
    std::mutex mutex;
    QHash<QString, Bucket> buckets;
    qint64 lastSweepMs = 0;
    qsizetype sizeAfterSweep = 0;
};

// Tokens a bucket holds at nowMs, refilled since it was last touched.
double refilled(const Bucket &b, qint64 nowMs)
{
    const double elapsed = double(std::max<qint64>(0, nowMs - b.lastMs)) / 1000.0;
    return std::min(b.burst, b.tokens + elapsed * b.rate);
}

} // namespace

struct RateLimiter::Shards
{
    std::array<Shard, kShards> shards;
    std::atomic<qint64> maxBuckets{100000};

    // Drops every bucket that is full again (it behaves exactly like a new one); if the shard is
    // still over its share of maxBuckets, drops the longest idle ones as well. Forgetting a bucket
    // only ever lets its owner start again from a full burst, never blocks anyone.
    void sweep(Shard &s, qint64 nowMs)
    {
        for (auto it = s.buckets.begin(); it != s.buckets.end();) {
            if (refilled(it.value(), nowMs) >= it.value().burst)
                it = s.buckets.erase(it);
            else
                ++it;
        }
        const qsizetype cap = std::max<qint64>(1, maxBuckets.load() / kShards);
        if (s.buckets.size() >= cap) {
            std::vector<std::pair<qint64, QString>> byAge;
            byAge.reserve(size_t(s.buckets.size()));
            for (auto it = s.buckets.cbegin(); it != s.buckets.cend(); ++it)
                byAge.emplace_back(it.value().lastMs, it.key());
            const size_t drop = size_t(s.buckets.size() - cap * 3 / 4); // some headroom before the next sweep
            std::nth_element(byAge.begin(), byAge.begin() + qsizetype(drop), byAge.end());
            for (size_t i = 0; i < drop; ++i)
                s.buckets.remove(byAge[i].second);
        }
        s.lastSweepMs = nowMs;
        s.sizeAfterSweep = s.buckets.size();
    }
};

RateLimiter::RateLimiter(const Clock &clock)
    : m_clock(clock)
    , m_shards(std::make_unique<Shards>())
{
}

RateLimiter::~RateLimiter() = default;

void RateLimiter::setMaxBuckets(qint64 max)
{
    m_shards->maxBuckets = std::max<qint64>(kShards, max);
}

RateLimiter::Verdict RateLimiter::take(const QString &bucket, double ratePerSecond, double burst)
{
    // A nonsensical limit refuses rather than lets everything through (fail closed).
    if (!(ratePerSecond > 0) || !(burst >= 1) || !std::isfinite(ratePerSecond) || !std::isfinite(burst))
        return {false, 1};
    const qint64 nowMs = m_clock.nowMs();
    Shard &s = m_shards->shards[size_t(qHash(bucket) % kShards)];
    std::lock_guard lock(s.mutex);

    const qsizetype cap = std::max<qint64>(1, m_shards->maxBuckets.load() / kShards);
    if (s.buckets.size() >= cap || s.buckets.size() > 2 * std::max<qsizetype>(64, s.sizeAfterSweep) ||
        nowMs - s.lastSweepMs >= kSweepIntervalMs) {
        if (!s.buckets.contains(bucket))
            m_shards->sweep(s, nowMs);
    }

    auto it = s.buckets.find(bucket);
    if (it == s.buckets.end())
        it = s.buckets.insert(bucket, Bucket{burst, nowMs, ratePerSecond, burst});
    Bucket &b = it.value();
    // A changed limit (the key's rate was edited) applies from now on, tokens capped to the new burst.
    b.tokens = refilled(b, nowMs);
    b.lastMs = std::max(b.lastMs, nowMs);
    b.rate = ratePerSecond;
    b.burst = burst;
    b.tokens = std::min(b.tokens, burst);
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return {true, 0};
    }
    const double wait = (1 - b.tokens) / ratePerSecond;
    return {false, std::max(1, int(std::ceil(wait)))};
}

qint64 RateLimiter::bucketCount() const
{
    qint64 n = 0;
    for (Shard &s : m_shards->shards) {
        std::lock_guard lock(s.mutex);
        n += s.buckets.size();
    }
    return n;
}

} // namespace Lexecon
