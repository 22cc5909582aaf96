#include "Bench.h"

#include "auth/Principal.h"
#include "common/Clock.h"
#include "decision/DecisionService.h"
#include "ledger/LedgerWriter.h"
#include "policy/PolicyService.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <atomic>
#include <ctime>
#include <thread>
#include <vector>

using namespace Lexecon;

namespace {

// The policy the benchmark decides under, next to the sources (CMake passes the path).
QString policyPath(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--policy"));
    if (at >= 0 && at + 1 < args.size())
        return args.at(at + 1);
    return QStringLiteral(LEXECON_BENCH_POLICY);
}

// The node key needs a secret. Without LEXECON_SECRET_FILE (the test suites set it) the bench
// writes a private one into its temporary dir, so it never touches the keychain.
bool ensureSecret(const QString &dir)
{
    if (!qEnvironmentVariableIsEmpty("LEXECON_SECRET_FILE"))
        return true;
    QFile f(QDir(dir).filePath(QStringLiteral("secret")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write("bench-only secret, thrown away with the temporary dir");
    f.close();
    qputenv("LEXECON_SECRET_FILE", f.fileName().toLocal8Bit());
    return true;
}

// A support desk's traffic under customer-support-ai.json: mostly approvals (each gets a signed
// token), some denials (forbidden actions) and some escalations (high-risk PII lookups).
DecisionRequest requestFor(qint64 n)
{
    DecisionRequest r;
    r.actor = QStringLiteral("support_bot");
    switch (n % 10) {
    case 0:
    case 1: // GDPR Art. 17: erasure is a human decision -> denied
        r.action = QStringLiteral("delete_record");
        r.resource = QStringLiteral("crm");
        break;
    case 2: // PII with a high privacy risk given -> escalated
        r.action = QStringLiteral("lookup_customer");
        r.dataClasses = {QStringLiteral("pii")};
        r.risk = {{QStringLiteral("privacy"), 80}};
        r.intent = QStringLiteral("Verify the caller before answering ticket %1").arg(n);
        break;
    case 3:
    case 4:
        r.action = QStringLiteral("reply_customer");
        r.intent = QStringLiteral("Answer ticket %1").arg(n);
        break;
    default: // approved
        r.action = QStringLiteral("read_ticket");
        r.resource = QStringLiteral("ticket_system");
        r.tool = QStringLiteral("zendesk");
        r.context = {{QStringLiteral("ticket"), QStringLiteral("T-%1").arg(n)}};
        break;
    }
    return r;
}

// CPU seconds the whole process has used so far (all threads: callers and the ledger writer).
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds the calling thread has used so far.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// T threads decide N requests in all through the real pipeline (policy, risk, token signing,
// evidence, one group-committed ledger entry per decision, synchronous=FULL).
QJsonObject decide(const QStringList &args)
{
    const int threads = int(std::max<qint64>(1, benchOption(args, QStringLiteral("threads"), 32)));
    const qint64 decisions = std::max<qint64>(1, benchOption(args, QStringLiteral("decisions"), 20000));
    const qsizetype dirAt = args.indexOf(QStringLiteral("--dir"));
    QTemporaryDir dir(dirAt >= 0 && dirAt + 1 < args.size()
                          ? args.at(dirAt + 1) + QStringLiteral("/decide-bench-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/decide-bench-XXXXXX"));
    // --keep leaves the workspace behind for a look at its tables (sizes, pages per decision).
    dir.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    if (!dir.isValid() || !ensureSecret(dir.path()))
        return {{QStringLiteral("error"), QStringLiteral("cannot create the temporary workspace dir")}};
    auto ws = Workspace::open(dir.filePath(QStringLiteral("workspace")), Clock::system(), true);
    if (!ws)
        return {{QStringLiteral("error"), ws.error().message}};
    QFile policyFile(policyPath(args));
    if (!policyFile.open(QIODevice::ReadOnly))
        return {{QStringLiteral("error"), QStringLiteral("cannot read %1").arg(policyFile.fileName())}};
    if (auto loaded = (*ws)->policies().load(policyFile.readAll(), Principal::system()); !loaded)
        return {{QStringLiteral("error"), loaded.error().message}};

    DecisionService &service = (*ws)->decisions();
    const Principal bot = Principal::apiKey(QStringLiteral("bench"), {Permission::Decide});
    std::vector<std::vector<double>> latencies(static_cast<size_t>(threads));
    std::atomic<qint64> next{0}, approved{0}, denied{0}, escalated{0}, failures{0}, withToken{0};
    std::vector<double> callerCpu(static_cast<size_t>(threads), 0.0);
    QElapsedTimer wall;
    const double cpuBefore = processCpuSeconds();
    const LedgerWriterStats statsBefore = (*ws)->ledger().stats();
    wall.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            std::vector<double> &mine = latencies[size_t(t)];
            mine.reserve(size_t(decisions / threads + 1));
            QElapsedTimer timer;
            const double cpuStart = threadCpuSeconds();
            for (qint64 n = next++; n < decisions; n = next++) {
                const DecisionRequest request = requestFor(n);
                timer.start();
                auto record = service.decide(request, bot);
                mine.push_back(double(timer.nsecsElapsed()) / 1000.0);
                if (!record || record->ledgerIndex < 0) {
                    ++failures;
                    continue;
                }
                if (record->outcome == QLatin1String("approved")) {
                    ++approved;
                    withToken += record->capabilityToken.isEmpty() ? 0 : 1;
                } else if (record->outcome == QLatin1String("escalated")) {
                    ++escalated;
                } else {
                    ++denied;
                }
            }
            callerCpu[size_t(t)] = threadCpuSeconds() - cpuStart;
        });
    }
    for (auto &th : pool)
        th.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpuSeconds = processCpuSeconds() - cpuBefore;
    double callerSeconds = 0;
    for (double c : callerCpu)
        callerSeconds += c;
    std::vector<double> all;
    all.reserve(size_t(decisions));
    for (const auto &v : latencies)
        all.insert(all.end(), v.begin(), v.end());
    const LedgerWriterStats stats = (*ws)->ledger().stats();
    QJsonObject result{{QStringLiteral("threads"), threads},
            {QStringLiteral("decisions"), decisions},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("decisions_per_s"), qint64(double(decisions) / seconds)},
            // The figure of merit on shared cores: process CPU (callers, writer, everything) per
            // decision, and the part of it spent on the deciding threads themselves.
            {QStringLiteral("cpu_us_per_decision"), cpuSeconds * 1e6 / double(decisions)},
            {QStringLiteral("caller_cpu_us_per_decision"), callerSeconds * 1e6 / double(decisions)},
            {QStringLiteral("p50_us"), qint64(benchPercentile(all, 50))},
            {QStringLiteral("p99_us"), qint64(benchPercentile(all, 99))},
            {QStringLiteral("approved"), approved.load()},
            {QStringLiteral("approved_with_token"), withToken.load()},
            {QStringLiteral("denied"), denied.load()},
            {QStringLiteral("escalated"), escalated.load()},
            {QStringLiteral("failures"), failures.load()},
            {QStringLiteral("batches"), stats.batches},
            {QStringLiteral("mean_batch"), double(stats.committed) / double(std::max<qint64>(1, stats.batches))},
            {QStringLiteral("synchronous"), stats.synchronous},
            // Where the single writer thread's wall time went, per batch: writing the requests
            // (ledger rows, Merkle nodes and every decision's alsoWrite) and the COMMIT (WAL
            // frames plus fdatasync). Their sum times batches against seconds shows whether the
            // writer is the bottleneck.
            {QStringLiteral("writer_write_us_per_batch"), double(stats.writeNs) / 1000.0 / double(std::max<qint64>(1, stats.batches))},
            // The writer thread's CPU, the serial part of every decision (its rows, COMMIT, checkpoints).
            {QStringLiteral("writer_cpu_us_per_decision"), double(stats.cpuNs - statsBefore.cpuNs) / 1000.0 / double(decisions)},
            {QStringLiteral("wal_frames_per_batch"), double(stats.walFrames) / double(std::max<qint64>(1, stats.batches))},
            {QStringLiteral("wal_kib_per_decision"), double(stats.walFrames) * 4.0 / double(std::max<qint64>(1, stats.committed))},
            {QStringLiteral("writer_commit_us_per_batch"), double(stats.commitNs) / 1000.0 / double(std::max<qint64>(1, stats.batches))},
            {QStringLiteral("writer_busy_share"), double(stats.writeNs + stats.commitNs + stats.answerNs) / 1e9 / seconds}};
    if (!dir.autoRemove())
        result.insert(QStringLiteral("workspace"), dir.filePath(QStringLiteral("workspace")));
    return result;
}

const BenchRegistration registration(QStringLiteral("decide"), decide);

} // namespace
