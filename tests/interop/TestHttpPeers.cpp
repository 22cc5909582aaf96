// Independent peers against the real listener: `lexecon-cli serve` on 127.0.0.1 answers npm
// `jose` (a capability token verified with nothing but the JWKS it serves), and a conformance
// run that holds every response to docs/api/openapi.yaml, which Redocly's linter must accept.
// The npm peers are pinned in tests/interop/node/package-lock.json and installed by
// scripts/install-deps.sh; without them these tests fail and say so.

#include "support/ServeProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kSourceDir = QStringLiteral(LEXECON_SOURCE_DIR);
const QString kNodeDir = kSourceDir + QStringLiteral("/tests/interop/node");
const QString kOpenApi = kSourceDir + QStringLiteral("/docs/api/openapi.yaml");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("cannot start %1: %2").arg(program, p.errorString()).toUtf8();
        return r;
    }
    p.waitForFinished(timeoutMs);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestHttpPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void openApiDescriptionLints();
    void serverConformsToOpenApi();
    void joseVerifiesCapabilityToken();

private:
    QJsonObject cli(const QStringList &args);
    QProcessEnvironment nodeEnv() const;

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_url;
    QString m_key;
    QString m_decideKey;
    QString m_nodeId;
    QProcess m_server;
};

QJsonObject TestHttpPeers::cli(const QStringList &args)
{
    const Run r = run(m_cli, QStringList{QStringLiteral("--data-dir"), m_dir.path()} + args);
    if (r.exitCode != 0)
        qWarning("lexecon-cli %s: exit %d\n%s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode, r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QProcessEnvironment TestHttpPeers::nodeEnv() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LEXECON_URL"), m_url);
    env.insert(QStringLiteral("LEXECON_KEY"), m_key);
    env.insert(QStringLiteral("LEXECON_DECIDE_KEY"), m_decideKey);
    env.insert(QStringLiteral("LEXECON_NODE_ID"), m_nodeId);
    return env;
}

void TestHttpPeers::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kNodeDir + QStringLiteral("/node_modules/jose")),
             "the npm peers are missing: run scripts/install-deps.sh (npm ci in tests/interop/node)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty(), "node is not installed: run scripts/install-deps.sh");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(), "curl is not installed: run scripts/install-deps.sh");
    m_cli = QStringLiteral(LEXECON_CLI_BINARY);
    QVERIFY(m_dir.isValid());

    QVERIFY(!cli({QStringLiteral("init")}).isEmpty());
    m_nodeId = cli({QStringLiteral("node"), QStringLiteral("key")}).value(QStringLiteral("note_verifier_key")).toString().section(QLatin1Char('+'), 0, 0).section(QLatin1Char('/'), 1);
    QVERIFY2(m_nodeId.startsWith(QLatin1String("node-")), qPrintable(m_nodeId));
    QVERIFY(!cli({QStringLiteral("policy"), QStringLiteral("load"), kSourceDir + QStringLiteral("/resources/policies/customer-support-ai.json")}).isEmpty());
    m_key = cli({QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("peer-full"), QStringLiteral("--scopes"),
                 QStringLiteral("decide,verify,read"), QStringLiteral("--rate"), QStringLiteral("1000")})
                .value(QStringLiteral("key")).toString();
    m_decideKey = cli({QStringLiteral("apikey"), QStringLiteral("create"), QStringLiteral("peer-decide"), QStringLiteral("--scopes"),
                       QStringLiteral("decide")})
                      .value(QStringLiteral("key")).toString();
    QVERIFY2(m_key.startsWith(QLatin1String("lxk_")) && m_decideKey.startsWith(QLatin1String("lxk_")), "apikey create gave no key");

    m_url = startServe(m_server, m_cli, m_dir.path(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY2(!m_url.isEmpty(), m_server.readAllStandardError().constData());
}

void TestHttpPeers::cleanupTestCase()
{
    if (m_server.state() == QProcess::Running) {
        m_server.terminate(); // SIGTERM: the server drains and exits 0
        QVERIFY(m_server.waitForFinished(20000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
    }
}

void TestHttpPeers::openApiDescriptionLints()
{
    const Run r = run(QStringLiteral("node"), {kNodeDir + QStringLiteral("/lint-openapi.mjs"), kOpenApi});
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY2(r.out.contains("valid"), r.out.constData());
}

void TestHttpPeers::serverConformsToOpenApi()
{
    const Run r = run(QStringLiteral("node"), {kNodeDir + QStringLiteral("/conformance.mjs"), kOpenApi}, nodeEnv());
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY2(r.out.contains("every response matched"), r.out.constData());
}

void TestHttpPeers::joseVerifiesCapabilityToken()
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("actor"), QStringLiteral("support_bot")},
                                                      {QStringLiteral("action"), QStringLiteral("search_kb")},
                                                      {QStringLiteral("data_classes"), QJsonArray{QStringLiteral("public")}}})
                                .toJson(QJsonDocument::Compact);
    const Run posted = run(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("-X"), QStringLiteral("POST"),
                                                    QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + m_key,
                                                    QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                                    QStringLiteral("--data-binary"), QString::fromUtf8(body),
                                                    m_url + QStringLiteral("/v1/decisions")});
    QCOMPARE(posted.exitCode, 0);
    const QJsonObject decision = QJsonDocument::fromJson(posted.out).object();
    QCOMPARE(decision.value(QStringLiteral("outcome")).toString(), QStringLiteral("approved"));
    const QString token = decision.value(QStringLiteral("capability_token")).toString();
    QVERIFY(token.count(QLatin1Char('.')) == 2);

    QProcessEnvironment env = nodeEnv();
    env.insert(QStringLiteral("LEXECON_DECISION_ID"), decision.value(QStringLiteral("decision_id")).toString());
    env.insert(QStringLiteral("LEXECON_ACTION"), QStringLiteral("search_kb"));
    const Run r = run(QStringLiteral("node"), {kNodeDir + QStringLiteral("/jose-verify.mjs"), token}, env);
    QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    QVERIFY2(r.out.contains("tampered and forged tokens refused"), r.out.constData());

    // And a token of another decision's action is refused by the same library: the claims bind it.
    env.insert(QStringLiteral("LEXECON_ACTION"), QStringLiteral("export"));
    const Run wrong = run(QStringLiteral("node"), {kNodeDir + QStringLiteral("/jose-verify.mjs"), token}, env);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("act search_kb"), wrong.err.constData());
}

QTEST_GUILESS_MAIN(TestHttpPeers)
#include "TestHttpPeers.moc"
