#pragma once

#include "auth/ApiKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace httplib {
class Server;
struct Request;
struct Response;
}

namespace Lexecon {

class DataVersionWatcher;
class IntakeAuth;
class IntakeTelemetry;
class Workspace;
struct IntakeOptions;
struct Problem;

// The endpoints of SPEC section 6, each a thin adapter: authenticate, parse, call the
// workspace service the CLI calls too, and render JSON or problem+json.
class IntakeRoutes
{
public:
    IntakeRoutes(Workspace &workspace, IntakeAuth &auth, IntakeTelemetry &telemetry, DataVersionWatcher &watcher,
                 const IntakeOptions &options);

    void install(httplib::Server &server);

    static void sendJson(httplib::Response &res, int status, const QJsonObject &body);
    static void sendProblem(httplib::Response &res, const Problem &problem);

private:
    // The caller's key when the request may go on; otherwise nullopt and res holds the refusal.
    std::optional<ApiKey> authorize(const httplib::Request &req, httplib::Response &res, const QString &scope);
    bool limitAnonymous(const httplib::Request &req, httplib::Response &res);

    void postDecision(const httplib::Request &req, httplib::Response &res);
    void getDecision(const httplib::Request &req, httplib::Response &res);
    void verifyToken(const httplib::Request &req, httplib::Response &res);
    void node(const httplib::Request &req, httplib::Response &res);
    void jwks(const httplib::Request &req, httplib::Response &res);
    void checkpoint(const httplib::Request &req, httplib::Response &res);
    void proof(const httplib::Request &req, httplib::Response &res);
    void health(const httplib::Request &req, httplib::Response &res);
    void ready(const httplib::Request &req, httplib::Response &res);
    void metrics(const httplib::Request &req, httplib::Response &res);

    Workspace &m_ws;
    IntakeAuth &m_auth;
    IntakeTelemetry &m_telemetry;
    DataVersionWatcher &m_watcher;
    const IntakeOptions &m_options;
};

} // namespace Lexecon
