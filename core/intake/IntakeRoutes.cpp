#include "IntakeRoutes.h"

#include "CompactJson.h"
#include "DecisionResponse.h"
#include "IntakeAuth.h"
#include "IntakeOptions.h"
#include "IntakeTelemetry.h"
#include "Problem.h"
#include "ReadinessProbe.h"
#include "RequestParser.h"
#include "TraceParent.h"
#include "common/Clock.h"
#include "crypto/NodeIdentity.h"
#include "decision/DecisionService.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerWriter.h"
#include "policy/PolicyService.h"
#include "storage/DataVersionWatcher.h"
#include "token/TokenStore.h"
#include "token/TokenVerifier.h"
#include "workspace/Workspace.h"

#include <httplib.h>

#include <chrono>

namespace Lexecon {

namespace {

const QString ScopeDecide = QStringLiteral("decide");
const QString ScopeVerify = QStringLiteral("verify");
const QString ScopeRead = QStringLiteral("read");

QByteArrayView headerView(const httplib::Request &req, const char *name)
{
    auto it = req.headers.find(name);
    if (it == req.headers.end())
        return {};
    return QByteArrayView(it->second.data(), qsizetype(it->second.size()));
}

QByteArrayView bodyView(const httplib::Request &req)
{
    return QByteArrayView(req.body.data(), qsizetype(req.body.size()));
}

// res.set_content copies the body; this moves it in.
void setJsonBody(httplib::Response &res, int status, std::string body)
{
    res.status = status;
    res.body = std::move(body);
    res.headers.erase("Content-Type");
    res.set_header("Content-Type", "application/json");
}

void sendText(httplib::Response &res, const QByteArray &text, const char *contentType)
{
    res.status = 200;
    res.set_content(text.constData(), size_t(text.size()), contentType);
}

} // namespace

IntakeRoutes::IntakeRoutes(Workspace &workspace, IntakeAuth &auth, IntakeTelemetry &telemetry,
                           DataVersionWatcher &watcher, const IntakeOptions &options)
    : m_ws(workspace), m_auth(auth), m_telemetry(telemetry), m_watcher(watcher), m_options(options)
{
}

void IntakeRoutes::install(httplib::Server &server)
{
    using Member = void (IntakeRoutes::*)(const httplib::Request &, httplib::Response &);
    auto to = [this](Member member) -> httplib::Server::Handler {
        return [this, member](const httplib::Request &req, httplib::Response &res) { (this->*member)(req, res); };
    };
    server.Post("/v1/decisions", to(&IntakeRoutes::postDecision));
    server.Get("/v1/decisions/([^/]+)", to(&IntakeRoutes::getDecision));
    server.Post("/v1/tokens/verify", to(&IntakeRoutes::verifyToken));
    server.Get("/v1/node", to(&IntakeRoutes::node));
    server.Get("/.well-known/jwks.json", to(&IntakeRoutes::jwks));
    server.Get("/v1/ledger/checkpoint", to(&IntakeRoutes::checkpoint));
    server.Get("/v1/ledger/proof/([^/]+)", to(&IntakeRoutes::proof));
    server.Get("/health", to(&IntakeRoutes::health));
    server.Get("/ready", to(&IntakeRoutes::ready));
    server.Get("/metrics", to(&IntakeRoutes::metrics));
}

void IntakeRoutes::sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    setJsonBody(res, status, CompactJson::write(body));
}

void IntakeRoutes::sendProblem(httplib::Response &res, const Problem &problem)
{
    const QByteArray bytes = problem.body();
    res.status = problem.status;
    if (problem.status == 401)
        res.set_header("WWW-Authenticate", IntakeAuth::Challenge);
    if (problem.retryAfterSeconds > 0)
        res.set_header("Retry-After", std::to_string(problem.retryAfterSeconds));
    res.set_content(bytes.constData(), size_t(bytes.size()), Problem::ContentType);
}

std::optional<ApiKey> IntakeRoutes::authorize(const httplib::Request &req, httplib::Response &res,
                                              const QString &scope)
{
    IntakeAuth::Verdict verdict =
        m_auth.authorize(headerView(req, "Authorization"), QString::fromStdString(req.remote_addr), scope);
    if (verdict.problem) {
        sendProblem(res, *verdict.problem);
        return std::nullopt;
    }
    return verdict.key;
}

bool IntakeRoutes::limitAnonymous(const httplib::Request &req, httplib::Response &res)
{
    if (auto limited = m_auth.limitAddress(QString::fromStdString(req.remote_addr))) {
        sendProblem(res, *limited);
        return false;
    }
    return true;
}

std::optional<std::pair<DecisionRequest, ApiKey>> IntakeRoutes::decisionRequest(const DecisionCall &call,
                                                                                 httplib::Response &res)
{
    IntakeAuth::Verdict verdict = m_auth.authorize(call.authorization, call.remoteAddress, ScopeDecide);
    if (verdict.problem) {
        sendProblem(res, *verdict.problem);
        return std::nullopt;
    }
    auto request = RequestParser::decisionRequest(call.body);
    if (!request) {
        sendProblem(res, Problem::fromError(request.error()));
        return std::nullopt;
    }
    // W3C: an invalid traceparent is ignored, not refused.
    if (TraceParent::isValid(call.traceparent))
        request.value().traceParent = QString::fromLatin1(call.traceparent);
    return std::make_pair(std::move(request).value(), std::move(*verdict.key));
}

bool IntakeRoutes::beginDecision(const DecisionCall &call, httplib::Response &res, DecisionDone done)
{
    auto asked = decisionRequest(call, res);
    if (!asked)
        return false;
    m_ws.decisions().decideAsync(asked->first, asked->second.principal(), std::move(done));
    return true;
}

void IntakeRoutes::endDecision(Result<DecisionRecord> &&record, httplib::Response &res)
{
    if (!record) {
        if (record.error().code == Error::Code::Internal)
            m_telemetry.log().write(JsonLog::Level::Error, QStringLiteral("decision failed"),
                                    {{QStringLiteral("error"), record.error().message}});
        return sendProblem(res, Problem::fromError(record.error()));
    }
    m_telemetry.decided(record->outcome);
    if (!DecisionResponse::rendersAsIs(*record))
        return sendJson(res, 200, m_ws.decisions().render(*record));
    setJsonBody(res, 200, DecisionResponse::write(*record));
}

void IntakeRoutes::postDecision(const httplib::Request &req, httplib::Response &res)
{
    const DecisionCall call{headerView(req, "Authorization"), headerView(req, "traceparent"), bodyView(req),
                            QString::fromStdString(req.remote_addr)};
    auto asked = decisionRequest(call, res);
    if (!asked)
        return;
    endDecision(m_ws.decisions().decide(asked->first, asked->second.principal()), res);
}

void IntakeRoutes::getDecision(const httplib::Request &req, httplib::Response &res)
{
    if (!authorize(req, res, ScopeRead))
        return;
    const QString id = QString::fromStdString(req.matches[1]);
    int waitSeconds = 0;
    if (req.has_param("wait")) {
        bool ok = false;
        waitSeconds = QString::fromStdString(req.get_param_value("wait")).toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > m_options.maxWaitSeconds)
            return sendProblem(res, Problem::make(400, QStringLiteral("invalid-request"),
                                                  QStringLiteral("The request is not valid"),
                                                  QStringLiteral("wait must be whole seconds from 0 to %1")
                                                      .arg(m_options.maxWaitSeconds),
                                                  QStringLiteral("wait")));
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(waitSeconds);
    for (;;) {
        // The generation is taken before the read, so a change after the read always wakes us.
        const quint64 seen = m_watcher.generation();
        auto record = m_ws.decisions().get(id);
        if (!record)
            return sendProblem(res, Problem::fromError(record.error()));
        const bool settled = record->finalOutcome != QLatin1String("pending");
        if (settled || waitSeconds == 0 || std::chrono::steady_clock::now() >= deadline || m_watcher.stopped()) {
            // What was read may not be on disk yet (the ledger's sync follows its commit); a
            // client acting on a resolution must not see one a power cut could take back.
            if (auto synced = m_ws.ledger().awaitSynced(); !synced)
                return sendProblem(res, Problem::fromError(synced.error()));
            return sendJson(res, 200, m_ws.decisions().render(*record));
        }
        m_watcher.waitForChange(seen, deadline);
    }
}

void IntakeRoutes::verifyToken(const httplib::Request &req, httplib::Response &res)
{
    if (!authorize(req, res, ScopeVerify))
        return;
    auto request = RequestParser::tokenVerifyRequest(bodyView(req));
    if (!request)
        return sendProblem(res, Problem::fromError(request.error()));
    const auto active = m_ws.policies().activeInfo();
    const TokenVerdict verdict = TokenVerifier(m_ws.node(), m_ws.tokens())
                                     .verify(request->token, request->action, request->tool,
                                             active ? active->hash : QString(), m_ws.clock().nowMs());
    sendJson(res, 200,
             {{QStringLiteral("valid"), verdict.valid},
              {QStringLiteral("code"), verdict.code},
              {QStringLiteral("reason"), verdict.reason}});
}

void IntakeRoutes::node(const httplib::Request &req, httplib::Response &res)
{
    if (!authorize(req, res, ScopeRead))
        return;
    QJsonObject out = m_ws.node().keyInfo(m_ws.checkpoints().origin());
    out.insert(QStringLiteral("node_id"), m_ws.nodeId());
    auto latest = m_ws.checkpoints().latest();
    if (!latest)
        return sendProblem(res, Problem::fromError(latest.error()));
    out.insert(QStringLiteral("checkpoint"), latest->has_value() ? QJsonValue(QString::fromUtf8((*latest)->note))
                                                                 : QJsonValue(QJsonValue::Null));
    sendJson(res, 200, out);
}

void IntakeRoutes::jwks(const httplib::Request &req, httplib::Response &res)
{
    // No key: JWT libraries fetch the JWKS without credentials. The address limit still applies.
    if (!limitAnonymous(req, res))
        return;
    sendJson(res, 200, m_ws.node().jwks());
}

void IntakeRoutes::checkpoint(const httplib::Request &req, httplib::Response &res)
{
    if (!authorize(req, res, ScopeRead))
        return;
    auto made = m_ws.checkpoints().checkpoint();
    if (!made)
        return sendProblem(res, Problem::fromError(made.error()));
    sendText(res, made->note, "text/plain; charset=utf-8");
}

void IntakeRoutes::proof(const httplib::Request &req, httplib::Response &res)
{
    if (!authorize(req, res, ScopeRead))
        return;
    bool ok = false;
    const QString text = QString::fromStdString(req.matches[1]);
    const qint64 index = text.toLongLong(&ok);
    if (!ok || index < 0)
        return sendProblem(res, Problem::make(400, QStringLiteral("invalid-request"),
                                              QStringLiteral("The request is not valid"),
                                              QStringLiteral("the ledger index must be a whole number (0 or more), "
                                                             "not \"%1\"")
                                                  .arg(text.left(40)),
                                              QStringLiteral("index")));
    auto made = m_ws.checkpoints().inclusionProof(index);
    if (!made)
        return sendProblem(res, Problem::fromError(made.error()));
    sendText(res, made->toText(), "text/plain; charset=utf-8");
}

void IntakeRoutes::health(const httplib::Request &req, httplib::Response &res)
{
    if (!limitAnonymous(req, res))
        return;
    sendJson(res, 200, {{QStringLiteral("status"), QStringLiteral("ok")}});
}

void IntakeRoutes::ready(const httplib::Request &req, httplib::Response &res)
{
    if (!limitAnonymous(req, res))
        return;
    const QJsonObject report = ReadinessProbe::check(m_ws);
    sendJson(res, report.value(QStringLiteral("ready")).toBool() ? 200 : 503, report);
}

void IntakeRoutes::metrics(const httplib::Request &req, httplib::Response &res)
{
    if (!limitAnonymous(req, res))
        return;
    sendText(res, m_telemetry.metrics().render(), "text/plain; version=0.0.4; charset=utf-8");
}

} // namespace Lexecon
