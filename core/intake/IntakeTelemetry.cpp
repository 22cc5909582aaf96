#include "IntakeTelemetry.h"

#include "escalation/EscalationService.h"
#include "ledger/LedgerWriter.h"
#include "ledger/LedgerStore.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonObject>

namespace Lexecon {

IntakeTelemetry::IntakeTelemetry(Workspace &workspace, JsonLog &log) : m_log(log)
{
    m_metrics.defineCounter(QStringLiteral("lexecon_decisions_total"), QStringLiteral("Decisions answered, by outcome."));
    m_metrics.defineCounter(QStringLiteral("lexecon_http_requests_total"),
                            QStringLiteral("HTTP requests answered, by route and status code."));
    m_metrics.defineHistogram(QStringLiteral("lexecon_http_request_duration_seconds"),
                              QStringLiteral("Time from request to response, by route."),
                              {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60});
    m_metrics.defineCounter(QStringLiteral("lexecon_auth_failures_total"),
                            QStringLiteral("Refused authentications, by reason."));
    m_metrics.defineCounter(QStringLiteral("lexecon_rate_limited_total"),
                            QStringLiteral("Requests refused with 429, by limit (key or ip)."));
    Workspace *ws = &workspace;
    m_metrics.defineGauge(QStringLiteral("lexecon_ledger_entries"), QStringLiteral("Entries in the ledger."), [ws] {
        auto size = LedgerStore(ws->database()).size();
        return size ? double(*size) : -1.0;
    });
    // The ledger's group commit, for whoever watches the disk: entries per commit is
    // appends / commits, a sync's mean time fsync_seconds / fsyncs, its size wal_frames x 4 KiB.
    const auto writer = [ws] { return ws->ledger().stats(); };
    m_metrics.defineCounter(QStringLiteral("lexecon_ledger_appends_total"),
                            QStringLiteral("Ledger entries committed by this process."),
                            [writer] { return double(writer().committed); });
    m_metrics.defineCounter(QStringLiteral("lexecon_ledger_commits_total"),
                            QStringLiteral("Ledger transactions (group commits), each of one entry or more."),
                            [writer] { return double(writer().batches); });
    m_metrics.defineCounter(QStringLiteral("lexecon_ledger_fsyncs_total"),
                            QStringLiteral("fdatasync calls the ledger writer made on its write-ahead log after commits; "
                                           "one may cover several commits."),
                            [writer] { return double(writer().syncs); });
    m_metrics.defineCounter(QStringLiteral("lexecon_ledger_fsync_seconds_total"),
                            QStringLiteral("Time spent in those fdatasync calls."),
                            [writer] { return double(writer().syncNs) / 1e9; });
    m_metrics.defineCounter(QStringLiteral("lexecon_ledger_wal_frames_total"),
                            QStringLiteral("Pages (4 KiB each) the ledger's commits wrote to the write-ahead log."),
                            [writer] { return double(writer().walFrames); });
    m_metrics.defineGauge(QStringLiteral("lexecon_escalations_open"), QStringLiteral("Escalations waiting for a person."),
                          [ws] {
                              auto counts = ws->escalations().counts();
                              return counts ? double(counts->open) : -1.0;
                          });
    m_metrics.defineGauge(QStringLiteral("lexecon_escalations_breached"),
                          QStringLiteral("Open escalations past their SLA deadline."), [ws] {
                              auto counts = ws->escalations().counts();
                              return counts ? double(counts->breached) : -1.0;
                          });
}

namespace {

// The code label of a status, made once per code: QString::number for every request was an
// allocation the counter's label lookup does not need.
const QString &statusLabel(int status)
{
    static const std::array<QString, 500> labels = [] {
        std::array<QString, 500> made;
        for (int i = 0; i < 500; ++i)
            made[size_t(i)] = QString::number(100 + i);
        return made;
    }();
    static const QString other = QStringLiteral("other");
    return status >= 100 && status < 600 ? labels[size_t(status - 100)] : other;
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace

void IntakeTelemetry::requestDone(std::string_view method, const QString &route, int status, double seconds,
                                  std::string_view remoteAddress)
{
    m_metrics.increment(QStringLiteral("lexecon_http_requests_total"),
                        {{QStringLiteral("route"), route}, {QStringLiteral("code"), statusLabel(status)}});
    m_metrics.observe(QStringLiteral("lexecon_http_request_duration_seconds"), {{QStringLiteral("route"), route}},
                      seconds);
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    const int slot = int(second % Slots);
    qint64 seen = m_second[slot].load(std::memory_order_relaxed);
    if (seen != second && m_second[slot].compare_exchange_strong(seen, second))
        m_count[slot].store(0, std::memory_order_relaxed);
    m_count[slot].fetch_add(1, std::memory_order_relaxed);
    if (m_log.enabled(JsonLog::Level::Debug))
        m_log.write(JsonLog::Level::Debug, QStringLiteral("request"),
                    {{QStringLiteral("method"), latin1(method)},
                     {QStringLiteral("route"), route},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("ms"), seconds * 1000.0},
                     {QStringLiteral("remote"), latin1(remoteAddress)}});
}

void IntakeTelemetry::decided(const QString &outcome)
{
    m_metrics.increment(QStringLiteral("lexecon_decisions_total"), {{QStringLiteral("outcome"), outcome}});
}

double IntakeTelemetry::requestsPerSecond() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 total = 0;
    for (int back = 1; back <= Window; ++back) {
        const int slot = int((now - back) % Slots);
        if (m_second[slot].load(std::memory_order_relaxed) == now - back)
            total += m_count[slot].load(std::memory_order_relaxed);
    }
    return double(total) / Window;
}

const QString &IntakeTelemetry::routeOf(std::string_view path)
{
    static const QString known[] = {QStringLiteral("/v1/decisions"),     QStringLiteral("/v1/tokens/verify"),
                                    QStringLiteral("/v1/node"),          QStringLiteral("/.well-known/jwks.json"),
                                    QStringLiteral("/v1/ledger/checkpoint"), QStringLiteral("/health"),
                                    QStringLiteral("/ready"),            QStringLiteral("/metrics")};
    static const QString decision = QStringLiteral("/v1/decisions/{id}");
    static const QString proof = QStringLiteral("/v1/ledger/proof/{index}");
    static const QString other = QStringLiteral("other");
    for (const QString &route : known) {
        if (QLatin1String(path.data(), qsizetype(path.size())) == route)
            return route;
    }
    if (path.starts_with("/v1/decisions/"))
        return decision;
    if (path.starts_with("/v1/ledger/proof/"))
        return proof;
    return other;
}

} // namespace Lexecon
