#pragma once

#include <QString>

#include <memory>

namespace Lexecon {

class Clock;

// Token buckets by name ("key:<name>", "ip:<address>"): each holds at most burst tokens and
// refills ratePerSecond a second. Thread-safe (sharded locks). Buckets idle long enough to be
// full again are evicted, so a flood from random addresses cannot grow memory without bound.
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // when refused: whole seconds until one token is back (>= 1)
    };

    explicit RateLimiter(const Clock &clock);
    ~RateLimiter();

    Verdict take(const QString &bucket, double ratePerSecond, double burst);
    qint64 bucketCount() const; // for tests and metrics
    // Upper bound on buckets kept (default 100000); beyond it the longest idle ones are forgotten.
    void setMaxBuckets(qint64 max);

private:
    struct Shards;
    const Clock &m_clock;
    std::unique_ptr<Shards> m_shards;
};

} // namespace Lexecon
