#include "HttpIntake.h"

#include "AuthFailureRecorder.h"
#include "ConnectionQueue.h"
#include "HttpHead.h"
#include "IntakeAuth.h"
#include "IntakeRoutes.h"
#include "IntakeServer.h"
#include "IntakeTelemetry.h"
#include "IntakeTlsServer.h"
#include "Problem.h"
#include "RateLimiter.h"
#include "storage/DataVersionWatcher.h"
#include "workspace/Workspace.h"

#include <httplib.h>

#include <QThread>

#include <chrono>
#include <thread>

#include <sys/socket.h>

namespace Lexecon {

namespace {

thread_local std::chrono::steady_clock::time_point t_requestStart;

bool isJson(const httplib::Request &req)
{
    const auto header = req.headers.find("Content-Type");
    return HttpHead::isJsonContentType(header == req.headers.end() ? std::string_view() : header->second);
}

// Paths that exist, for telling 405 (wrong method) from 404 (no such path).
bool knownPath(const QString &route)
{
    return route != QLatin1String("other");
}

} // namespace

struct HttpIntake::Running
{
    IntakeOptions options;
    std::unique_ptr<httplib::Server> server;
    IntakeServer *plain = nullptr; // server when it is plain HTTP (our keep-alive loop), else null
    IntakeTlsServer *tls = nullptr; // server when it is HTTPS, else null
    std::unique_ptr<DataVersionWatcher> watcher;
    std::unique_ptr<RateLimiter> limiter;
    std::unique_ptr<AuthFailureRecorder> failures;
    std::unique_ptr<IntakeAuth> auth;
    std::unique_ptr<IntakeRoutes> routes;
    std::thread listener;
    int port = 0;
    QString address;
};

HttpIntake::HttpIntake(Workspace &workspace, JsonLog *log, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_ownLog(log ? nullptr : std::make_unique<JsonLog>()),
      m_log(log ? log : m_ownLog.get()), m_telemetry(std::make_unique<IntakeTelemetry>(workspace, *m_log))
{
}

HttpIntake::~HttpIntake()
{
    stop();
}

Result<void> HttpIntake::start(const IntakeOptions &options)
{
    if (m_running)
        return Error::conflict(QStringLiteral("the intake is already listening on %1").arg(address()));
    if (auto valid = options.validate(); !valid)
        return valid;

    auto running = std::make_unique<Running>();
    running->options = options;
    if (options.tls()) {
        auto ssl = std::make_unique<IntakeTlsServer>(options.tlsCertFile.toLocal8Bit().constData(),
                                                     options.tlsKeyFile.toLocal8Bit().constData());
        if (!ssl->is_valid())
            return Error::invalid(QStringLiteral("tls_cert"),
                                  QStringLiteral("cannot load the TLS certificate %1 with key %2: give a PEM "
                                                 "certificate and its unencrypted PEM private key")
                                      .arg(options.tlsCertFile, options.tlsKeyFile));
        running->tls = ssl.get();
        running->server = std::move(ssl);
    } else {
        auto plain = std::make_unique<IntakeServer>();
        running->plain = plain.get();
        running->server = std::move(plain);
    }
    running->watcher = std::make_unique<DataVersionWatcher>(m_workspace.database());
    running->limiter = std::make_unique<RateLimiter>(m_workspace.clock());
    running->failures = std::make_unique<AuthFailureRecorder>(m_workspace.ledger(), m_workspace.clock());
    // The event loops authenticate on their own thread, which must never wait for the ledger.
    running->failures->setAsync(true);
    running->auth = std::make_unique<IntakeAuth>(m_workspace.apiKeys(), *running->limiter, m_telemetry->metrics(),
                                                 *running->failures, running->options);
    running->routes = std::make_unique<IntakeRoutes>(m_workspace, *running->auth, *m_telemetry, *running->watcher,
                                                     running->options);

    httplib::Server &server = *running->server;
    const int threads = options.threads;
    const int queued = options.maxQueuedConnections;
    std::atomic<qint64> *borrowed = running->plain ? running->plain->borrowedConnections() : nullptr;
    server.new_task_queue = [threads, queued, borrowed] { return new ConnectionQueue(threads, queued, borrowed); };
    // Without TCP_NODELAY small responses wait for the peer's delayed ACK (~300 req/s).
    server.set_tcp_nodelay(true);
    server.set_keep_alive_max_count(1000000);
    server.set_keep_alive_timeout(options.keepAliveSeconds);
    server.set_read_timeout(options.readTimeoutSeconds, 0);
    server.set_write_timeout(options.writeTimeoutSeconds, 0);
    server.set_payload_max_length(size_t(options.maxBodyBytes));
    httplib::Headers headers{{"X-Content-Type-Options", "nosniff"}, {"Cache-Control", "no-store"}};
    if (options.tls())
        headers.emplace("Strict-Transport-Security", "max-age=31536000");
    server.set_default_headers(headers);

    const bool tls = options.tls();
    server.set_pre_routing_handler([tls](const httplib::Request &req, httplib::Response &res) {
        t_requestStart = std::chrono::steady_clock::now();
        // No gzip over TLS either (IntakeServer says why). SSLServer offers no hook before
        // routing; the request is process_request's own non-const object, so this is defined.
        if (tls)
            const_cast<httplib::Request &>(req).headers.erase("Accept-Encoding");
        if (ConnectionQueue::overflowing()) {
            res.set_header("Connection", "close");
            IntakeServer::closeAfterResponse();
            IntakeRoutes::sendProblem(res, Problem::forStatus(503));
            return httplib::Server::HandlerResponse::Handled;
        }
        if ((req.method == "POST" || req.method == "PUT" || req.method == "PATCH")
            && !isJson(req)) {
            // The body is left unread, so nothing after it on this connection is a request.
            res.set_header("Connection", "close");
            IntakeServer::closeAfterResponse();
            IntakeRoutes::sendProblem(res, Problem::make(415, QStringLiteral("unsupported-media-type"),
                                                         QStringLiteral("Unsupported media type"),
                                                         QStringLiteral("Send the body as JSON with the header "
                                                                        "Content-Type: application/json."),
                                                         QStringLiteral("Content-Type")));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Every error gets a problem+json body, also those the listener produces itself (404, 413).
    server.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request &req, httplib::Response &res) {
        if (!res.body.empty())
            return httplib::Server::HandlerResponse::Unhandled;
        int status = res.status;
        if (status == 404 && knownPath(IntakeTelemetry::routeOf(req.path))) {
            status = 405;
            const bool post = req.path == "/v1/decisions" || req.path == "/v1/tokens/verify";
            res.set_header("Allow", post ? "POST" : "GET");
        }
        IntakeRoutes::sendProblem(res, Problem::forStatus(status));
        return httplib::Server::HandlerResponse::Handled;
    }));
    JsonLog *log = m_log;
    server.set_exception_handler([log](const httplib::Request &, httplib::Response &res, std::exception_ptr ep) {
        QString what = QStringLiteral("unknown exception");
        try {
            if (ep)
                std::rethrow_exception(ep);
        } catch (const std::exception &e) {
            what = QString::fromUtf8(e.what());
        } catch (...) {
        }
        log->write(JsonLog::Level::Error, QStringLiteral("request failed"), {{QStringLiteral("error"), what}});
        IntakeRoutes::sendProblem(res, Problem::fromError(Error::internal(what)));
    });
    IntakeTelemetry *telemetry = m_telemetry.get();
    server.set_logger([telemetry](const httplib::Request &req, const httplib::Response &res) {
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t_requestStart).count();
        telemetry->requestDone(req.method, IntakeTelemetry::routeOf(req.path), res.status, seconds, req.remote_addr);
    });
    running->routes->install(server);
#ifdef __linux__
    if (running->plain) {
        const int loops = options.eventLoopCount();
        if (loops > 0)
            running->plain->enableEventLoops(loops, *running->routes, *m_telemetry, size_t(options.maxBodyBytes),
                                               headers);
    }
#endif

    const std::string host = options.host.toStdString();
    int port = options.port;
    if (port == 0) {
        port = server.bind_to_any_port(host);
    } else if (!server.bind_to_port(host, port)) {
        port = -1;
    }
    if (port <= 0)
        return Error::invalid(QStringLiteral("listen"),
                              QStringLiteral("cannot listen on %1:%2: the port is in use or the address is not "
                                             "this machine's; choose another --listen address or port")
                                  .arg(options.host)
                                  .arg(options.port));
    if (running->plain)
        running->plain->setListenBacklog(SOMAXCONN);
    if (running->tls)
        running->tls->setListenBacklog(SOMAXCONN);
    running->port = port;
    running->address = options.url(port);
    running->listener = std::thread([&server] { server.listen_after_bind(); });
    // listen_after_bind marks the server running before it accepts; wait for that, briefly.
    for (int i = 0; i < 400 && !server.is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    m_running = std::move(running);
    m_log->write(JsonLog::Level::Info, QStringLiteral("intake listening"),
                 {{QStringLiteral("address"), m_running->address},
                  {QStringLiteral("threads"), options.threads},
                  {QStringLiteral("tls"), options.tls()}});
    Q_EMIT runningChanged(true);
    return {};
}

void HttpIntake::stop()
{
    if (!m_running)
        return;
    // Long-polls return first, then the listener stops accepting, finishes the requests in
    // flight and joins its threads.
    m_running->watcher->stop();
    m_running->server->stop();
    if (m_running->plain)
        m_running->plain->closeIdleConnections();
    if (m_running->listener.joinable())
        m_running->listener.join();
    m_running->failures->flush();
    const QString address = m_running->address;
    m_running.reset();
    m_log->write(JsonLog::Level::Info, QStringLiteral("intake stopped"), {{QStringLiteral("address"), address}});
    Q_EMIT runningChanged(false);
}

bool HttpIntake::isRunning() const
{
    return m_running && m_running->server->is_running();
}

QString HttpIntake::address() const
{
    return m_running ? m_running->address : QString();
}

int HttpIntake::port() const
{
    return m_running ? m_running->port : 0;
}

double HttpIntake::requestsPerSecond() const
{
    return m_telemetry->requestsPerSecond();
}

const Metrics &HttpIntake::metrics() const
{
    return m_telemetry->metrics();
}

} // namespace Lexecon
