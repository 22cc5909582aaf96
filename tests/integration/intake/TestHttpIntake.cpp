#include "HttpClient.h"

#include "auth/ApiKeyStore.h"
#include "auth/Principal.h"
#include "common/Clock.h"
#include "crypto/NodeIdentity.h"
#include "decision/DecisionService.h"
#include "decision/DecisionStore.h"
#include "escalation/EscalationService.h"
#include "intake/HttpIntake.h"
#include "observability/JsonLog.h"
#include "observability/Metrics.h"
#include "policy/PolicyService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/HeldSync.h"
#include "support/TestSecret.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace Lexecon;
using namespace Lexecon::Test;

// The intake against real clients: curl on 127.0.0.1, promtool on /metrics, and a second
// workspace on the same database file acting as the desktop beside the server.
class TestHttpIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void decides_data();
    void decides();
    void refusesWithoutValidKey();
    void refusesMissingScope();
    void authFailuresReachTheLedgerOnce();
    void badRequests_data();
    void badRequests();
    void unknownPathsAreProblems_data();
    void unknownPathsAreProblems();
    void rateLimitsAKey();
    void retryWithRequestIdReturnsTheFirstDecision();
    void longPollReturnsWhenAnotherConnectionResolves();
    void longPollEndsAtTheWait();
    void aReadWaitsForTheLedgersSync();
    void verifiesTokens();
    void servesJwksWithoutKey();
    void servesCheckpointAndProof();
    void servesNode();
    void healthAndReady();
    void securityHeaders();
    void recordsValidTraceparentOnly();
    void metricsPassPromtool();
    void reportsAddressAndRate();
    void capsConnections();
    void dropsSlowClients();

private:
    QJsonObject decide(const QJsonObject &body, int expectStatus = 200);
    qint64 ledgerCount(const QString &type);
    // Quick requests with the slow key (1 a second, burst 2) until one is not a 200: its 429.
    HttpReply overTheSlowKeysRate(int tries);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<JsonLog> m_log;
    std::unique_ptr<HttpIntake> m_intake;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_bot;    // decide, verify, read
    QByteArray m_reader; // read only
    QByteArray m_slow;   // read, 1 request a second
};

namespace {

const char PolicyJson[] = "{\"name\": \"minimal\", \"version\": \"1.0.0\", \"mode\": \"strict\", \"terms\": ["
                      "{\"id\": \"assistant\", \"type\": \"actor\", \"name\": \"Assistant\"},"
                      "{\"id\": \"read\", \"type\": \"action\", \"name\": \"Read\"},"
                      "{\"id\": \"delete\", \"type\": \"action\", \"name\": \"Delete\"}],"
                      "\"relations\": ["
                      "{\"type\": \"permits\", \"subject\": \"actor:assistant\", \"action\": \"action:read\"},"
                      "{\"type\": \"forbids\", \"subject\": \"actor:assistant\", \"action\": \"action:delete\","
                      " \"justification\": \"Deletion is a human decision.\"}]}";

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject readRequest(const QString &requestId = QString())
{
    QJsonObject o{{"actor", "assistant"}, {"action", "read"}};
    if (!requestId.isEmpty())
        o.insert("request_id", requestId);
    return o;
}

QJsonObject escalatingRequest()
{
    return {{"actor", "assistant"}, {"action", "read"}, {"risk", QJsonObject{{"privacy", 70}}}};
}

} // namespace

void TestHttpIntake::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(useSecretFileIfUnset(m_dir.path(), "intake test secret"));
    auto ws = Workspace::open(m_dir.filePath("data"), Clock::system(), true);
    QVERIFY2(ws.ok(), qPrintable(ws.error().message));
    m_ws = std::move(ws.value());
    const Principal admin = Principal::user("admin", Role::Admin);
    auto loaded = m_ws->policies().load(QByteArray(PolicyJson), admin);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    const QStringList all = ApiKey::allScopes();
    auto bot = m_ws->apiKeys().create("bot", all, 5000, admin);
    auto reader = m_ws->apiKeys().create("reader", {"read"}, 5000, admin);
    auto slow = m_ws->apiKeys().create("slow", {"read"}, 1, admin);
    QVERIFY2(bot.ok() && reader.ok() && slow.ok(), "API keys could not be created");
    m_bot = bot->secret.toLatin1();
    m_reader = reader->secret.toLatin1();
    m_slow = slow->secret.toLatin1();

    m_log = std::make_unique<JsonLog>(stderr, JsonLog::Level::Warning);
    m_intake = std::make_unique<HttpIntake>(*m_ws, m_log.get());
    IntakeOptions options;
    options.port = 0;
    options.threads = 16;
    options.readTimeoutSeconds = 1; // so that dropsSlowClients need not wait long
    auto started = m_intake->start(options);
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QVERIFY(m_intake->isRunning());
    m_http = std::make_unique<HttpClient>(m_intake->address());
}

void TestHttpIntake::cleanupTestCase()
{
    if (m_intake)
        m_intake->stop();
    QVERIFY(!m_intake || !m_intake->isRunning());
    m_intake.reset();
    m_ws.reset();
}

QJsonObject TestHttpIntake::decide(const QJsonObject &body, int expectStatus)
{
    const HttpReply r = m_http->post("/v1/decisions", compact(body), m_bot);
    if (r.status != expectStatus)
        qWarning("%s", r.describe().constData());
    return r.status == expectStatus ? r.json() : QJsonObject{{"unexpected_status", r.status}};
}

qint64 TestHttpIntake::ledgerCount(const QString &type)
{
    QSqlDatabase conn = m_ws->database()->connection();
    auto q = Sql::exec(conn, "SELECT COUNT(*) FROM ledger_entries WHERE type = ?", {type});
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

HttpReply TestHttpIntake::overTheSlowKeysRate(int tries)
{
    HttpReply r;
    for (int i = 0; i < tries; ++i) {
        r = m_http->get("/v1/node", m_slow);
        if (r.status != 200)
            break;
    }
    return r;
}

void TestHttpIntake::decides_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("approved") << compact(readRequest()) << "approved";
    QTest::newRow("denied") << compact({{"actor", "assistant"}, {"action", "delete"}}) << "denied";
    QTest::newRow("escalated by risk") << compact(escalatingRequest()) << "escalated";
    QTest::newRow("unknown actor fails closed") << compact({{"actor", "stranger"}, {"action", "read"}}) << "denied";
}

void TestHttpIntake::decides()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, outcome);
    const HttpReply r = m_http->post("/v1/decisions", body, m_bot);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    const QJsonObject record = r.json();
    QCOMPARE(record.value("outcome").toString(), outcome);
    QVERIFY(record.value("decision_id").toString().startsWith("dec_"));
    QVERIFY(record.value("ledger").toObject().value("index").toInteger() > 0);
    QCOMPARE(record.value("capability_token").isString(), outcome == "approved");
    QCOMPARE(record.value("escalation").isObject(), outcome == "escalated");
    // The record on disk is the one answered.
    auto stored = m_ws->decisionStore()->get(record.value("decision_id").toString());
    QVERIFY(stored.ok());
    QCOMPARE(stored->requester, QString("apikey:bot"));
}

void TestHttpIntake::refusesWithoutValidKey()
{
    for (const QByteArray &key : {QByteArray(), QByteArray("lxk_not-a-real-key")}) {
        const HttpReply r = m_http->post("/v1/decisions", compact(readRequest()), key);
        QVERIFY2(r.status == 401, r.describe().constData());
        QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(r.json().value("status").toInt(), 401);
        QCOMPARE(r.json().value("field").toString(), QString("Authorization"));
    }
    const double missing = m_intake->metrics().counterValue("lexecon_auth_failures_total", {{"reason", "missing_key"}});
    const double unknown = m_intake->metrics().counterValue("lexecon_auth_failures_total", {{"reason", "unknown_key"}});
    QVERIFY(missing >= 1);
    QVERIFY(unknown >= 1);
}

void TestHttpIntake::refusesMissingScope()
{
    const HttpReply r = m_http->post("/v1/decisions", compact(readRequest()), m_reader);
    QVERIFY2(r.status == 403, r.describe().constData());
    QVERIFY(r.json().value("detail").toString().contains("decide"));
    const HttpReply verify = m_http->post("/v1/tokens/verify", compact({{"token", "x"}, {"action", "read"}}), m_reader);
    QCOMPARE(verify.status, 403);
    // The read scope is enough to read; the scheme name is case-insensitive.
    QCOMPARE(m_http->get("/v1/node", m_reader).status, 200);
    QCOMPARE(m_http->get("/v1/node", {}, {"Authorization: bearer " + QString::fromLatin1(m_reader)}).status, 200);
}

void TestHttpIntake::authFailuresReachTheLedgerOnce()
{
    // Earlier tests failed from 127.0.0.1 already: the first failure wrote one entry, the rest
    // of the minute only count.
    const qint64 before = ledgerCount("auth_failures");
    QVERIFY(before >= 1);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_http->get("/v1/node", "lxk_wrong").status, 401);
    QCOMPARE(ledgerCount("auth_failures"), before);
}

void TestHttpIntake::badRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("over 64 KiB") << QByteArray(70 * 1024, ' ') << "application/json" << 413 << "body";
    QTest::newRow("not JSON content type") << compact(readRequest()) << "text/plain" << 415 << "Content-Type";
    QTest::newRow("form content type") << QByteArray("actor=a") << "application/x-www-form-urlencoded" << 415
                                       << "Content-Type";
    QTest::newRow("JSON type prefix only") << compact(readRequest()) << "application/jsonx" << 415 << "Content-Type";
    QTest::newRow("JSON type cased, spaced") << compact({{"actor", "assistant"}}) << "Application/JSON ; charset=utf-8"
                                             << 400 << "action";
    QTest::newRow("actor not a string") << compact({{"actor", 5}, {"action", "read"}}) << "application/json" << 400
                                        << "actor";
    QTest::newRow("missing action") << compact({{"actor", "assistant"}}) << "application/json" << 400 << "action";
    QTest::newRow("unknown field") << compact({{"actor", "assistant"}, {"action", "read"}, {"colour", "red"}})
                                   << "application/json" << 400 << "colour";
    QTest::newRow("risk out of range") << compact({{"actor", "assistant"}, {"action", "read"},
                                                   {"risk", QJsonObject{{"privacy", 700}}}})
                                       << "application/json; charset=utf-8" << 400 << "risk";
    QTest::newRow("broken JSON") << QByteArray("{\"actor\": ") << "application/json" << 400 << "body";
    QTest::newRow("too deep") << QByteArray(40, '[') + QByteArray(40, ']') << "application/json" << 400 << "body";
}

void TestHttpIntake::badRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, contentType);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpReply r = m_http->post("/v1/decisions", body, m_bot, contentType);
    QVERIFY2(r.status == status, r.describe().constData());
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    const QJsonObject problem = r.json();
    QCOMPARE(problem.value("status").toInt(), status);
    QVERIFY(!problem.value("detail").toString().isEmpty());
    QVERIFY2(problem.value("field").toString().startsWith(field), r.body.constData());
    QCOMPARE(problem.value("errors").toArray().first().toObject().value("field").toString(),
             problem.value("field").toString());
}

void TestHttpIntake::unknownPathsAreProblems_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown path") << "GET" << "/v1/nothing" << 404;
    QTest::newRow("unknown decision") << "GET" << "/v1/decisions/dec_00000000000000000000000000" << 404;
    QTest::newRow("wrong method") << "DELETE" << "/v1/decisions" << 405;
    QTest::newRow("GET on a POST path") << "GET" << "/v1/tokens/verify" << 405;
}

void TestHttpIntake::unknownPathsAreProblems()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const HttpReply r = m_http->request(method, path, {}, m_bot, {}, {});
    QVERIFY2(r.status == status, r.describe().constData());
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(r.json().value("status").toInt(), status);
    QVERIFY(r.json().value("type").toString().startsWith("https://"));
}

void TestHttpIntake::rateLimitsAKey()
{
    // Rate 1 a second, burst 2: a quick run of requests hits the limit.
    const HttpReply refused = overTheSlowKeysRate(6);
    QVERIFY2(refused.status == 429, refused.describe().constData());
    QVERIFY(refused.header("retry-after").toInt() >= 1);
    QCOMPARE(refused.header("content-type"), QByteArray("application/problem+json"));
    QVERIFY(m_intake->metrics().counterValue("lexecon_rate_limited_total", {{"limit", "key"}}) >= 1);
}

void TestHttpIntake::retryWithRequestIdReturnsTheFirstDecision()
{
    const QJsonObject first = decide(readRequest("retry-1"));
    const QJsonObject again = decide(readRequest("retry-1"));
    QVERIFY(first.value("decision_id").toString().startsWith("dec_"));
    QCOMPARE(again.value("decision_id").toString(), first.value("decision_id").toString());
    const QJsonObject other = decide(readRequest("retry-2"));
    QVERIFY(other.value("decision_id").toString() != first.value("decision_id").toString());
}

void TestHttpIntake::longPollReturnsWhenAnotherConnectionResolves()
{
    const QJsonObject escalated = decide(escalatingRequest());
    QCOMPARE(escalated.value("outcome").toString(), QString("escalated"));
    const QString id = escalated.value("decision_id").toString();
    const QString escalationId = escalated.value("escalation").toObject().value("escalation_id").toString();

    QElapsedTimer timer;
    timer.start();
    auto poll = m_http->start("/v1/decisions/" + id + "?wait=30", m_bot);
    QTest::qWait(500);
    QCOMPARE(poll->state(), QProcess::Running); // still held: nothing resolved yet

    // The desktop beside the server: its own workspace, connections and ledger writer.
    {
        auto desktop = Workspace::open(m_dir.filePath("data"), Clock::system(), false);
        QVERIFY2(desktop.ok(), qPrintable(desktop.error().message));
        auto resolved = (*desktop)->escalations().resolve(escalationId, "approved", "Checked the request by hand.",
                                                          Principal::user("carol", Role::ComplianceOfficer));
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
    }
    const HttpReply r = HttpClient::finish(*poll, 40000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY2(elapsed < 10000, qPrintable(QString("the long-poll took %1 ms").arg(elapsed)));
    QVERIFY(r.json().value("escalation").toObject().value("status").toString() != "pending");
}

void TestHttpIntake::longPollEndsAtTheWait()
{
    const QString id = decide(escalatingRequest()).value("decision_id").toString();
    QElapsedTimer timer;
    timer.start();
    const HttpReply r = m_http->get("/v1/decisions/" + id + "?wait=1", m_bot);
    QCOMPARE(r.status, 200);
    QVERIFY(timer.elapsed() >= 900);
    QCOMPARE(r.json().value("escalation").toObject().value("status").toString(), QString("pending"));
    QCOMPARE(m_http->get("/v1/decisions/" + id + "?wait=61", m_bot).json().value("field").toString(),
             QString("wait"));
}

// A decision is readable before the ledger's sync makes it durable; GET answers only after.
void TestHttpIntake::aReadWaitsForTheLedgersSync()
{
    HeldSync held;
    std::thread deciding([&] { // joined below, before any check can return
        (void)m_ws->decisions().decideJson(readRequest("held-read"), Principal::apiKey("bot", {Permission::Decide}));
    });
    const bool holding = held.waitUntilHeld();
    QString id;
    if (holding) {
        QSqlDatabase conn = m_ws->database()->connection();
        auto q = Sql::exec(conn, "SELECT decision_id FROM decisions WHERE request_id = ?", {QString("held-read")});
        if (q && q->next())
            id = q->value(0).toString();
    }
    auto poll = holding && !id.isEmpty() ? m_http->start("/v1/decisions/" + id, m_bot) : nullptr;
    if (poll)
        QTest::qWait(300);
    const bool answeredEarly = poll && poll->state() != QProcess::Running;
    held.release();
    deciding.join();
    QVERIFY(holding);
    QVERIFY2(!id.isEmpty(), "the held decision is not readable");
    QVERIFY(!answeredEarly);
    const HttpReply r = HttpClient::finish(*poll, 10000);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value("decision_id").toString(), id);
}

void TestHttpIntake::verifiesTokens()
{
    const QString token = decide(readRequest()).value("capability_token").toString();
    QVERIFY(!token.isEmpty());
    HttpReply r = m_http->post("/v1/tokens/verify", compact({{"token", token}, {"action", "read"}}), m_bot);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value("valid").toBool(), true);
    r = m_http->post("/v1/tokens/verify", compact({{"token", token}, {"action", "delete"}}), m_bot);
    QCOMPARE(r.json().value("valid").toBool(), false);
    QVERIFY(!r.json().value("reason").toString().isEmpty());
    r = m_http->post("/v1/tokens/verify", compact({{"action", "read"}}), m_bot);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("field").toString(), QString("token"));
}

void TestHttpIntake::servesJwksWithoutKey()
{
    const HttpReply r = m_http->get("/.well-known/jwks.json");
    QVERIFY2(r.status == 200, r.describe().constData());
    const QJsonObject key = r.json().value("keys").toArray().first().toObject();
    QCOMPARE(key.value("kid").toString(), m_ws->node().fingerprint());
    QCOMPARE(key.value("crv").toString(), QString("Ed25519"));
}

void TestHttpIntake::servesCheckpointAndProof()
{
    const HttpReply checkpoint = m_http->get("/v1/ledger/checkpoint", m_reader);
    QVERIFY2(checkpoint.status == 200, checkpoint.describe().constData());
    QVERIFY(checkpoint.body.startsWith("lexecon/" + m_ws->nodeId().toLatin1() + "\n"));
    QVERIFY(checkpoint.body.contains("\n\n\xe2\x80\x94 ")); // the note's signature line
    const HttpReply proof = m_http->get("/v1/ledger/proof/1", m_reader);
    QVERIFY2(proof.status == 200, proof.describe().constData());
    QVERIFY(proof.body.startsWith("c2sp.org/tlog-proof@v1\n"));
    const HttpReply bad = m_http->get("/v1/ledger/proof/first", m_reader);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value("field").toString(), QString("index"));
    QVERIFY(m_http->get("/v1/ledger/proof/99999999", m_reader).status >= 400);
}

void TestHttpIntake::servesNode()
{
    const HttpReply r = m_http->get("/v1/node", m_bot);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.json().value("node_id").toString(), m_ws->nodeId());
    QVERIFY(r.json().value("public_key_pem").toString().startsWith("-----BEGIN PUBLIC KEY-----"));
    QVERIFY(r.json().value("note_verifier_key").toString().startsWith("lexecon/"));
    QVERIFY(r.json().contains("checkpoint"));
}

void TestHttpIntake::healthAndReady()
{
    QCOMPARE(m_http->get("/health").json().value("status").toString(), QString("ok"));
    const HttpReply ready = m_http->get("/ready");
    QVERIFY2(ready.status == 200, ready.describe().constData());
    QCOMPARE(ready.json().value("ready").toBool(), true);
    QCOMPARE(ready.json().value("checks").toObject().value("ledger").toObject().value("ok").toBool(), true);
}

void TestHttpIntake::securityHeaders()
{
    for (const HttpReply &r : {m_http->get("/health"), m_http->get("/v1/node", m_bot), m_http->get("/v1/none")}) {
        QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        // HSTS only makes sense over TLS (TestServeCommand checks it there).
        QVERIFY(!r.headers.contains("strict-transport-security"));
    }
}

void TestHttpIntake::recordsValidTraceparentOnly()
{
    const QString valid = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    HttpReply r = m_http->post("/v1/decisions", compact(readRequest()), m_bot, "application/json",
                               {"traceparent: " + valid});
    QCOMPARE(r.status, 200);
    QVERIFY2(r.json().value("traceparent").toString() == valid, r.describe().constData());
    auto stored = m_ws->decisionStore()->get(r.json().value("decision_id").toString());
    QVERIFY(stored.ok());
    QCOMPARE(stored->request.traceParent, valid);
    // All-zero trace id: invalid, so ignored (not refused).
    r = m_http->post("/v1/decisions", compact(readRequest()), m_bot, "application/json",
                     {"traceparent: 00-00000000000000000000000000000000-00f067aa0ba902b7-01"});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().contains("traceparent"));
}

void TestHttpIntake::metricsPassPromtool()
{
    // What the families below count, made here so that this test does not rely on the ones
    // before it: an approved decision, a request without a key, and the slow key over its rate.
    QCOMPARE(decide(readRequest()).value("outcome").toString(), QString("approved"));
    QCOMPARE(m_http->get("/v1/node").status, 401);
    QCOMPARE(overTheSlowKeysRate(10).status, 429);
    const HttpReply r = m_http->get("/metrics");
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(r.header("content-type").startsWith("text/plain"));
    for (const char *family : {"lexecon_decisions_total{outcome=\"approved\"}", "lexecon_http_requests_total{",
                               "lexecon_http_request_duration_seconds_bucket{", "lexecon_ledger_entries ",
                               "lexecon_escalations_open ", "lexecon_escalations_breached ",
                               "lexecon_auth_failures_total{reason=", "lexecon_rate_limited_total{limit=\"key\"}"})
        QVERIFY2(r.body.contains(family), family);
    // The ledger's group commit, read from the writer: the decisions made so far were committed
    // and synced, each commit wrote at least a page, and no commit holds more than its entries.
    const auto value = [&](const QByteArray &name) {
        const QByteArray line = "\n" + name + ' ';
        const qsizetype at = r.body.indexOf(line);
        return at < 0 ? -1.0 : r.body.mid(at + line.size(), r.body.indexOf('\n', at + 1) - at - line.size()).toDouble();
    };
    const double appends = value("lexecon_ledger_appends_total"), commits = value("lexecon_ledger_commits_total");
    QVERIFY2(appends >= 1 && commits >= 1 && commits <= appends, r.body.constData());
    QVERIFY(value("lexecon_ledger_fsyncs_total") >= 1);
    QVERIFY(value("lexecon_ledger_fsync_seconds_total") > 0);
    QVERIFY(value("lexecon_ledger_wal_frames_total") >= commits);
    if (QStandardPaths::findExecutable("promtool").isEmpty())
        QSKIP("promtool is not installed (Debian package prometheus)");
    QProcess promtool;
    promtool.start("promtool", {"check", "metrics"});
    promtool.write(r.body);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(30000));
    QVERIFY2(promtool.exitCode() == 0,
             (promtool.readAllStandardOutput() + promtool.readAllStandardError()).constData());
}

void TestHttpIntake::reportsAddressAndRate()
{
    QVERIFY(m_intake->address().startsWith("http://127.0.0.1:"));
    QVERIFY(m_intake->port() > 0);
    for (int i = 0; i < 5; ++i)
        m_http->get("/health");
    QTest::qWait(1100);
    QVERIFY(m_intake->requestsPerSecond() > 0);
}

void TestHttpIntake::capsConnections()
{
    // Two threads and no queue: two idle connections take both, the third is over the cap.
    HttpIntake small(*m_ws, m_log.get());
    IntakeOptions options;
    options.port = 0;
    options.threads = 2;
    options.maxQueuedConnections = 0;
    auto started = small.start(options);
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    QTcpSocket first, second;
    for (QTcpSocket *s : {&first, &second}) {
        s->connectToHost(QHostAddress::LocalHost, quint16(small.port()));
        QVERIFY(s->waitForConnected(5000));
    }
    // The server takes the two in its own time (slow under a loaded CI machine): until it holds
    // both, a third connection is still under the cap. Once it does, it must get 503.
    HttpReply r = HttpClient(small.address()).get("/health");
    for (int tries = 0; r.status == 200 && tries < 50; ++tries) {
        QTest::qWait(100);
        r = HttpClient(small.address()).get("/health");
    }
    if (r.status != 503) {
        // Which side let go of the two idle connections: the server closing them (its idle
        // timeout, an error) shows here as a disconnect.
        for (QTcpSocket *s : {&first, &second})
            s->waitForReadyRead(10);
        const QByteArray held = QByteArray("the idle connections are ")
                                + (first.state() == QAbstractSocket::ConnectedState ? "open" : "closed") + " and "
                                + (second.state() == QAbstractSocket::ConnectedState ? "open" : "closed")
                                + "; the third got " + r.describe();
        QFAIL(held.constData());
    }
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    // An idle connection over the cap holds the one overflow thread only briefly (1 s), not for
    // the keep-alive (5 s): the server closes it, and the next one over the cap gets its 503.
    QTcpSocket idleOver;
    idleOver.connectToHost(QHostAddress::LocalHost, quint16(small.port()));
    QVERIFY(idleOver.waitForConnected(5000));
    QVERIFY2(idleOver.waitForDisconnected(4000), "an idle connection over the cap held the overflow thread");
    QCOMPARE(HttpClient(small.address()).get("/health").status, 503);
    first.abort();
    second.abort();
    small.stop();
    QVERIFY(!small.isRunning());
}

void TestHttpIntake::dropsSlowClients()
{
    // A client that sends half a request and then nothing holds a pool thread only until the read
    // timeout: the server closes the connection and keeps serving everyone else.
    QTcpSocket slowloris;
    slowloris.connectToHost(QHostAddress::LocalHost, quint16(m_intake->port()));
    QVERIFY(slowloris.waitForConnected(5000));
    slowloris.write("POST /v1/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n");
    QVERIFY(slowloris.waitForBytesWritten(5000));
    QElapsedTimer held;
    held.start();
    const bool closed = slowloris.state() == QAbstractSocket::UnconnectedState || slowloris.waitForDisconnected(10000);
    QVERIFY2(closed, "the server kept a silent half-sent request open past its read timeout");
    QVERIFY2(held.elapsed() >= 500, "the connection was closed before the client had a chance to send the rest");
    QCOMPARE(m_http->get("/health").status, 200);
}

QTEST_GUILESS_MAIN(TestHttpIntake)
#include "TestHttpIntake.moc"
