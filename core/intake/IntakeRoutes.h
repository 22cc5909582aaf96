#pragma once

#include "auth/ApiKey.h"
#include "common/Result.h"
#include "decision/DecisionRequest.h"

#include <functional>

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
struct DecisionRecord;
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

    // POST /v1/decisions in halves, for the event loop (postDecision runs them in turn):
    // beginDecision authenticates and parses and, if all is well, starts the asynchronous decision
    // whose outcome goes to done (true); false when res holds the answer (a refusal) already.
    // endDecision renders an outcome into res.
    struct DecisionCall
    {
        QByteArrayView authorization;
        QByteArrayView traceparent;
        QByteArrayView body;
        QString remoteAddress;
    };
    using DecisionDone = std::function<void(Result<DecisionRecord> &&)>;
    bool beginDecision(const DecisionCall &call, httplib::Response &res, DecisionDone done);
    void endDecision(Result<DecisionRecord> &&record, httplib::Response &res);

    static void sendJson(httplib::Response &res, int status, const QJsonObject &body);
    static void sendProblem(httplib::Response &res, const Problem &problem);

private:
    // The caller's key when the request may go on; otherwise nullopt and res holds the refusal.
    std::optional<ApiKey> authorize(const httplib::Request &req, httplib::Response &res, const QString &scope);
    // The request and who asks, or nullopt with the refusal in res.
    std::optional<std::pair<DecisionRequest, ApiKey>> decisionRequest(const DecisionCall &call, httplib::Response &res);
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
