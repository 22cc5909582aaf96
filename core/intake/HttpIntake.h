#pragma once

#include "IntakeOptions.h"
#include "common/Result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Lexecon {

class IntakeTelemetry;
class JsonLog;
class Metrics;
class Workspace;

// The embedded HTTP intake (SPEC section 6) on cpp-httplib: AI systems ask for decisions, the
// desktop shows its state. The listener runs on its own threads; start() returns once it is
// listening (or with the reason it cannot, e.g. the port is taken), stop() drains and joins.
// The workspace must outlive the intake. Used by `lexecon-cli serve` and the desktop.
class HttpIntake : public QObject
{
    Q_OBJECT
public:
    // log: where startup, shutdown, errors (info) and one line per request (debug) go; null = stderr at info.
    explicit HttpIntake(Workspace &workspace, JsonLog *log = nullptr, QObject *parent = nullptr);
    ~HttpIntake() override;

    Result<void> start(const IntakeOptions &options);
    void stop();
    bool isRunning() const;
    // "http://127.0.0.1:8787" while running (the bound port when options.port was 0), else empty.
    QString address() const;
    int port() const;
    // Requests a second, averaged over the last few seconds.
    double requestsPerSecond() const;
    const Metrics &metrics() const;

Q_SIGNALS:
    // Emitted from the thread that called start()/stop() (the listener's own threads emit nothing).
    void runningChanged(bool running);

private:
    struct Running;
    Workspace &m_workspace;
    std::unique_ptr<JsonLog> m_ownLog;
    JsonLog *m_log;
    std::unique_ptr<Running> m_running;
    std::unique_ptr<IntakeTelemetry> m_telemetry;
};

} // namespace Lexecon
