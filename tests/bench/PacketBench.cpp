#include "Bench.h"

#include "audit/PacketBuilder.h"
#include "audit/PacketScope.h"
#include "audit/PacketVerifier.h"
#include "audit/PacketWorkspace.h"
#include "auth/Principal.h"
#include "common/Clock.h"
#include "decision/DecisionService.h"
#include "decision/DecisionStore.h"
#include "policy/PolicyService.h"
#include "workspace/Workspace.h"

#include "HtmlPdfRenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace Lexecon;

namespace {

// Peak resident memory since the last reset, in KiB (Linux: VmHWM, reset by clear_refs 5).
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// CPU seconds (user + system, all threads) of this process so far: on a shared machine the wall
// time depends on the neighbours, this does not.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray();
}

DecisionRequest requestFor(qint64 n)
{
    DecisionRequest r;
    r.actor = QStringLiteral("support_bot");
    switch (n % 10) {
    case 0: r.action = QStringLiteral("delete_record"); r.resource = QStringLiteral("crm"); break;
    case 1:
        r.action = QStringLiteral("lookup_customer");
        r.dataClasses = {QStringLiteral("pii")};
        r.risk = {{QStringLiteral("privacy"), 80}};
        break;
    case 2: case 3: r.action = QStringLiteral("reply_customer"); break;
    default:
        r.action = QStringLiteral("read_ticket");
        r.resource = QStringLiteral("ticket_system");
        r.tool = QStringLiteral("zendesk");
        break;
    }
    return r;
}

// Fills ws up to `decisions` decisions through the real pipeline (16 threads, group commit).
QString fill(Workspace &ws, qint64 decisions)
{
    auto counted = ws.decisionStore()->count({});
    const qint64 have = counted ? *counted : 0;
    const Principal bot = Principal::apiKey(QStringLiteral("bench"), {Permission::Decide});
    std::atomic<qint64> next{have}, failures{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < 16; ++t)
        pool.emplace_back([&] {
            for (qint64 n = next++; n < decisions; n = next++)
                if (!ws.decisions().decide(requestFor(n), bot))
                    ++failures;
        });
    for (auto &th : pool)
        th.join();
    return failures > 0 ? QStringLiteral("%1 decisions failed").arg(failures.load()) : QString();
}

// `packet --decisions N [--workspace DIR] [--scope S] [--formats F] [--keep FILE]`: builds a packet of N
// decisions (default json,csv,html,pdf, scope all) and verifies it. --workspace keeps the
// generated workspace for the next run. Figures: build_s, verify_s, peak RSS of each phase.
// `packet --verify FILE` only verifies an existing packet (to profile the verifier alone).
QJsonObject packet(const QStringList &args)
{
    const qint64 decisions = std::max<qint64>(1, benchOption(args, QStringLiteral("decisions"), 10000));
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(QStringLiteral("--") + name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    if (const QString file = option(QStringLiteral("verify"), {}); !file.isEmpty()) {
        resetPeakRss();
        QElapsedTimer clock;
        clock.start();
        const double cpu = cpuSeconds();
        auto verified = PacketVerifier::verify(file);
        if (!verified)
            return {{QStringLiteral("error"), verified.error().message}};
        return {{QStringLiteral("verify_s"), double(clock.nsecsElapsed()) / 1e9},
                {QStringLiteral("verify_cpu_s"), cpuSeconds() - cpu},
                {QStringLiteral("verify_peak_rss_kb"), peakRssKb()},
                {QStringLiteral("verified"), verified->ok()},
                {QStringLiteral("load_average"), QString::fromLatin1(loadAverage())}};
    }
    QTemporaryDir tmp;
    const QString wsDir = option(QStringLiteral("workspace"), tmp.filePath(QStringLiteral("workspace")));
    if (qEnvironmentVariableIsEmpty("LEXECON_SECRET_FILE")) {
        QFile f(QDir(tmp.path()).filePath(QStringLiteral("secret")));
        if (f.open(QIODevice::WriteOnly)) {
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            f.write("bench-only secret");
            qputenv("LEXECON_SECRET_FILE", f.fileName().toLocal8Bit());
        }
    }
    const bool fresh = !Workspace::exists(wsDir);
    auto ws = Workspace::open(wsDir, Clock::system(), true);
    if (!ws)
        return {{QStringLiteral("error"), ws.error().message}};
    if (fresh) {
        QFile policy(QStringLiteral(LEXECON_BENCH_POLICY));
        if (!policy.open(QIODevice::ReadOnly))
            return {{QStringLiteral("error"), QStringLiteral("cannot read %1").arg(policy.fileName())}};
        if (auto loaded = (*ws)->policies().load(policy.readAll(), Principal::system()); !loaded)
            return {{QStringLiteral("error"), loaded.error().message}};
    }
    QElapsedTimer timer;
    timer.start();
    if (const QString problem = fill(**ws, decisions); !problem.isEmpty())
        return {{QStringLiteral("error"), problem}};
    const double fillS = double(timer.nsecsElapsed()) / 1e9;

    PacketTerms terms;
    terms.scope = option(QStringLiteral("scope"), QStringLiteral("all"));
    auto formats = PacketScope::parseFormats(option(QStringLiteral("formats"), QStringLiteral("json,csv,html,pdf")));
    if (!formats)
        return {{QStringLiteral("error"), formats.error().message}};
    terms.formats = *formats;
    PacketBuilder builder(packetSources(**ws, nullptr),
                          [](const QString &html) { return HtmlPdfRenderer::render(html, QStringLiteral("bench")); });
    // CPU seconds per build stage (decisions, escalations, ..., proofs, archive), from the progress calls.
    QJsonObject stageCpu;
    QString stage;
    double stageStart = 0;
    builder.setProgress([&](const QString &now, double) {
        if (now != stage) {
            const double t = cpuSeconds();
            if (!stage.isEmpty())
                stageCpu.insert(stage, stageCpu.value(stage).toDouble() + t - stageStart);
            stage = now;
            stageStart = t;
        }
        return true;
    });
    const QString out = tmp.filePath(QStringLiteral("packet.zip"));
    resetPeakRss();
    const qint64 rssBefore = peakRssKb();
    timer.restart();
    double cpu = cpuSeconds();
    auto built = builder.build(terms, out, Principal::system(QStringLiteral("bench")));
    const double buildS = double(timer.nsecsElapsed()) / 1e9;
    const double buildCpu = cpuSeconds() - cpu;
    if (!stage.isEmpty())
        stageCpu.insert(stage + QStringLiteral("_and_after"), cpuSeconds() - stageStart);
    const qint64 buildPeak = peakRssKb();
    if (!built)
        return {{QStringLiteral("error"), built.error().message}};
    resetPeakRss();
    timer.restart();
    cpu = cpuSeconds();
    auto verified = PacketVerifier::verify(out);
    const double verifyS = double(timer.nsecsElapsed()) / 1e9;
    const double verifyCpu = cpuSeconds() - cpu;
    const qint64 verifyPeak = peakRssKb();
    if (!verified)
        return {{QStringLiteral("error"), verified.error().message}};
    // --keep FILE: keep the packet (to look at its report).
    if (const QString keep = option(QStringLiteral("keep"), {}); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(out, keep);
    }
    return {{QStringLiteral("decisions"), built->summary.decisions},
            {QStringLiteral("scope"), terms.scope},
            {QStringLiteral("formats"), PacketScope::joinFormats(terms.formats)},
            {QStringLiteral("fill_s"), fillS},
            {QStringLiteral("build_s"), buildS},
            {QStringLiteral("verify_s"), verifyS},
            {QStringLiteral("build_cpu_s"), buildCpu},
            {QStringLiteral("verify_cpu_s"), verifyCpu},
            {QStringLiteral("build_stage_cpu_s"), stageCpu},
            {QStringLiteral("load_average"), QString::fromLatin1(loadAverage())},
            {QStringLiteral("verified"), verified->ok()},
            {QStringLiteral("files"), built->files},
            {QStringLiteral("proofs"), built->proofs},
            {QStringLiteral("packet_bytes"), built->bytes},
            {QStringLiteral("rss_before_build_kb"), rssBefore},
            {QStringLiteral("build_peak_rss_kb"), buildPeak},
            {QStringLiteral("verify_peak_rss_kb"), verifyPeak}};
}

const BenchRegistration registration(QStringLiteral("packet"), packet);

} // namespace
