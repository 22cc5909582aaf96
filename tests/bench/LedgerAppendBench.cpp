#include "Bench.h"

#include "common/Clock.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <atomic>
#include <numeric>
#include <cstdio>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Lexecon;

namespace {

// Latencies in a fixed histogram (1 us buckets up to 100 ms), so that memory stays flat however
// many entries are appended: the RSS figures then show the writer's memory, not the benchmark's.
class LatencyHistogram
{
public:
    void add(qint64 us)
    {
        m_counts[size_t(std::clamp<qint64>(us, 0, Buckets - 1))].fetch_add(1, std::memory_order_relaxed);
    }
    double percentile(double p) const
    {
        qint64 total = 0;
        for (const auto &c : m_counts)
            total += c.load();
        const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * double(total))));
        qint64 seen = 0;
        for (size_t i = 0; i < m_counts.size(); ++i) {
            seen += m_counts[i].load();
            if (seen >= rank)
                return double(i);
        }
        return double(Buckets - 1);
    }

private:
    static constexpr qint64 Buckets = 100000;
    std::array<std::atomic<qint64>, Buckets> m_counts{};
};

// CPU time of the whole process (every thread, user + system) and its context switches.
std::pair<double, qint64> processCpu()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const double us = double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e6 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
    return {us, qint64(u.ru_nvcsw + u.ru_nivcsw)};
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The disk's own floor: 4 KB overwrites + fdatasync of a file in dir, which is what one COMMIT
// costs at the least (SQLite rewrites its WAL in place the same way). {p50, mean} in us. With W
// writers each waiting for its own answer, W / mean is a ceiling on entries per second.
std::pair<double, double> fdatasyncUs(const QString &dir, int rounds = 200)
{
    const QByteArray path = QFile::encodeName(dir + QStringLiteral("/fdatasync-probe"));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return {-1, -1};
    std::vector<char> page(4096, 'x');
    std::vector<qint64> us;
    bool ok = ::pwrite(fd, page.data(), page.size(), 0) == qint64(page.size()) && ::fsync(fd) == 0;
    QElapsedTimer timer;
    for (int i = 0; ok && i < rounds; ++i) {
        timer.start();
        ok = ::pwrite(fd, page.data(), page.size(), 0) == qint64(page.size()) && ::fdatasync(fd) == 0;
        us.push_back(timer.nsecsElapsed() / 1000);
    }
    ::close(fd);
    ::unlink(path.constData());
    if (!ok || us.empty())
        return {-1, -1};
    const double mean = double(std::accumulate(us.begin(), us.end(), qint64(0))) / double(us.size());
    std::nth_element(us.begin(), us.begin() + qsizetype(us.size() / 2), us.end());
    return {double(us[us.size() / 2]), mean};
}

// W threads append N entries in all (decision-sized payloads, no service rows) through the real
// writer: group commit, synchronous=FULL, Merkle leaves. --dir puts the database on a chosen disk.
QJsonObject ledgerAppend(const QStringList &args)
{
    const int writers = int(std::max<qint64>(1, benchOption(args, QStringLiteral("writers"), 32)));
    const qint64 entries = std::max<qint64>(1, benchOption(args, QStringLiteral("entries"), 100000));
    const qsizetype dirAt = args.indexOf(QStringLiteral("--dir"));
    QTemporaryDir dir(dirAt >= 0 && dirAt + 1 < args.size()
                          ? args.at(dirAt + 1) + QStringLiteral("/ledger-bench-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/ledger-bench-XXXXXX"));
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!db)
        return {{QStringLiteral("error"), db.error().message}};
    auto writer = std::make_unique<LedgerWriter>(*db, Clock::system());
    if (auto genesis = writer->ensureGenesis({{QStringLiteral("node_id"), QStringLiteral("bench")}}); !genesis)
        return {{QStringLiteral("error"), genesis.error().message}};

    const auto fsyncBefore = fdatasyncUs(dir.path());
    auto histogram = std::make_unique<LatencyHistogram>();
    std::atomic<qint64> next{0};
    std::atomic<qint64> failures{0};
    std::atomic<qint64> rssMiddle{-1};
    const qint64 rssStart = rssKb();
    const auto cpuStart = processCpu();
    const qint64 writerCpuStart = writer->stats().cpuNs;
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int t = 0; t < writers; ++t) {
        threads.emplace_back([&, t] {
            // Built once per thread; only "n" changes per entry (in place), so the benchmark's own
            // CPU is not four key insertions and their allocations per append.
            LedgerAppend append{QStringLiteral("decision"),
                                QStringLiteral("apikey:bench-%1").arg(t),
                                {{QStringLiteral("decision_id"), QStringLiteral("dec_01JD0000000000000000000000")},
                                 {QStringLiteral("outcome"), QStringLiteral("approved")},
                                 {QStringLiteral("risk_score"), 12},
                                 {QStringLiteral("n"), 0}},
                                {}};
            const QString nKey = QStringLiteral("n");
            QElapsedTimer timer;
            for (qint64 n = next++; n < entries; n = next++) {
                append.payload[nKey] = n;
                timer.start();
                const bool ok = writer->append(append).ok();
                histogram->add(timer.nsecsElapsed() / 1000);
                if (!ok)
                    ++failures;
                if (n == entries / 2)
                    rssMiddle = rssKb();
                // Long runs show progress on stderr, so flat memory can be watched along the way.
                if (entries >= 1000000 && n > 0 && n % (entries / 10) == 0)
                    std::fprintf(stderr, "%lld entries, %.0f s, VmRSS %lld kB\n", static_cast<long long>(n),
                                 double(wall.nsecsElapsed()) / 1e9, static_cast<long long>(rssKb()));
            }
        });
    }
    for (auto &th : threads)
        th.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const auto cpuEnd = processCpu();
    const qint64 rssEnd = rssKb();
    const LedgerWriterStats stats = writer->stats();
    writer.reset();
    const auto fsyncAfter = fdatasyncUs(dir.path());
    const double batches = double(std::max<qint64>(1, stats.batches));
    return {{QStringLiteral("writers"), writers},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("failures"), failures.load()},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("entries_per_s"), qint64(double(entries) / seconds)},
            {QStringLiteral("p50_us"), histogram->percentile(50)},
            {QStringLiteral("p99_us"), histogram->percentile(99)},
            {QStringLiteral("batches"), stats.batches},
            {QStringLiteral("mean_batch"), double(stats.committed) / double(std::max<qint64>(1, stats.batches))},
            {QStringLiteral("rss_start_kb"), rssStart},
            {QStringLiteral("rss_middle_kb"), rssMiddle.load()},
            {QStringLiteral("rss_end_kb"), rssEnd},
            {QStringLiteral("synchronous"), stats.synchronous},
            // Per batch, on the writer thread: requests written (the transaction open, also while it
            // waits for the sync thread), COMMIT, and the WAL checkpoints (run between batches every
            // ~1,000 frames); on the sync thread: callers answered. Averaged over all batches.
            {QStringLiteral("batch_write_us"), double(stats.writeNs) / batches / 1000.0},
            {QStringLiteral("batch_commit_us"), double(stats.commitNs) / batches / 1000.0},
            {QStringLiteral("batch_answer_us"), double(stats.answerNs) / batches / 1000.0},
            {QStringLiteral("batch_wal_checkpoint_us"), double(stats.walCheckpointNs) / batches / 1000.0},
            // The sync thread's fdatasync of the log: how many, and how long each took on average.
            {QStringLiteral("syncs"), stats.syncs},
            {QStringLiteral("sync_us"), double(stats.syncNs) / double(std::max<qint64>(1, stats.syncs)) / 1000.0},
            {QStringLiteral("wal_frames_per_batch"), double(stats.walFrames) / batches},
            // CPU per entry: the whole process (callers, writer, kernel work on their behalf) and the
            // writer thread alone, whose time is the serial part; context switches per entry.
            {QStringLiteral("cpu_us_per_entry"), (cpuEnd.first - cpuStart.first) / double(entries)},
            {QStringLiteral("writer_cpu_us_per_entry"), double(stats.cpuNs - writerCpuStart) / 1000.0 / double(entries)},
            {QStringLiteral("switches_per_entry"), double(cpuEnd.second - cpuStart.second) / double(entries)},
            {QStringLiteral("fdatasync_p50_us_before"), fsyncBefore.first},
            {QStringLiteral("fdatasync_mean_us_before"), fsyncBefore.second},
            {QStringLiteral("fdatasync_p50_us_after"), fsyncAfter.first},
            {QStringLiteral("fdatasync_mean_us_after"), fsyncAfter.second}};
}

const BenchRegistration registration(QStringLiteral("ledger-append"), ledgerAppend);

} // namespace
