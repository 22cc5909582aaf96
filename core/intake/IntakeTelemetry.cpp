#include "IntakeTelemetry.h"

#include "escalation/EscalationService.h"
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

void IntakeTelemetry::requestDone(const QString &method, const QString &route, int status, double seconds,
                                  const QString &remoteAddress)
{
    const QString code = QString::number(status);
    m_metrics.increment(QStringLiteral("lexecon_http_requests_total"),
                        {{QStringLiteral("route"), route}, {QStringLiteral("code"), code}});
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
                    {{QStringLiteral("method"), method},
                     {QStringLiteral("route"), route},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("ms"), seconds * 1000.0},
                     {QStringLiteral("remote"), remoteAddress}});
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

QString IntakeTelemetry::routeOf(const QString &path)
{
    static const QString known[] = {QStringLiteral("/v1/decisions"),     QStringLiteral("/v1/tokens/verify"),
                                    QStringLiteral("/v1/node"),          QStringLiteral("/.well-known/jwks.json"),
                                    QStringLiteral("/v1/ledger/checkpoint"), QStringLiteral("/health"),
                                    QStringLiteral("/ready"),            QStringLiteral("/metrics")};
    for (const QString &route : known) {
        if (path == route)
            return route;
    }
    if (path.startsWith(QLatin1String("/v1/decisions/")))
        return QStringLiteral("/v1/decisions/{id}");
    if (path.startsWith(QLatin1String("/v1/ledger/proof/")))
        return QStringLiteral("/v1/ledger/proof/{index}");
    return QStringLiteral("other");
}

} // namespace Lexecon
