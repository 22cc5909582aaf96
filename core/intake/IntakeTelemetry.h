#pragma once

#include "observability/JsonLog.h"
#include "observability/Metrics.h"

#include <QString>

#include <array>
#include <atomic>
#include <string_view>

namespace Lexecon {

class Workspace;

// The intake's metrics families (Prometheus, GET /metrics), its request log and the recent
// request rate the desktop status bar shows. Gauges read the workspace at scrape time.
class IntakeTelemetry
{
public:
    IntakeTelemetry(Workspace &workspace, JsonLog &log);

    Metrics &metrics() { return m_metrics; }
    const Metrics &metrics() const { return m_metrics; }
    JsonLog &log() { return m_log; }

    // Counts and times one answered request; logs it at debug level.
    void requestDone(std::string_view method, const QString &route, int status, double seconds,
                     std::string_view remoteAddress);
    void decided(const QString &outcome);
    // Requests a second over the last few whole seconds.
    double requestsPerSecond() const;

    // The route template for a path ("/v1/decisions/{id}"), so labels stay few whatever is asked.
    static const QString &routeOf(std::string_view path);

private:
    static constexpr int Slots = 8;
    static constexpr int Window = 5; // seconds averaged
    Metrics m_metrics;
    JsonLog &m_log;
    std::array<std::atomic<qint64>, Slots> m_second{};
    std::array<std::atomic<qint64>, Slots> m_count{};
};

} // namespace Lexecon
