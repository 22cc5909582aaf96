#include "HttpClient.h"
#include "integration/CliRunner.h"
#include "support/ServeProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Lexecon::Test;

// `lexecon-cli serve` as an operator runs it: options checked before anything listens, one
// JSON line when listening, TLS with a certificate made by openssl, a clean exit on SIGTERM.
class TestServeCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void refusesAPortInUse();
    void servesUntilSigterm();
    void servesTls();

private:
    // Starts serve with args; returns the "listening" URL from its first stdout line.
    QString startServe(QProcess &process, const QStringList &args);

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
};

void TestServeCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(m_dir.path());
    const CliResult init = m_cli->run({"init"});
    QVERIFY2(init.exitCode == 0, init.describe().constData());
}

void TestServeCommand::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("LAN without TLS") << QStringList{"--listen", "0.0.0.0:0"} << "--tls-cert";
    QTest::newRow("LAN address without TLS") << QStringList{"--listen", "192.168.1.10:8787"} << "--insecure-lan";
    QTest::newRow("no port") << QStringList{"--listen", "127.0.0.1"} << "HOST:PORT";
    QTest::newRow("port out of range") << QStringList{"--listen", "127.0.0.1:70000"} << "65535";
    QTest::newRow("host name") << QStringList{"--listen", "example.org:80"} << "IP address";
    QTest::newRow("half a TLS pair") << QStringList{"--tls-cert", "cert.pem"} << "--tls-key";
    QTest::newRow("unreadable certificate") << QStringList{"--tls-cert", "/nonexistent.pem", "--tls-key",
                                                           "/nonexistent.key"}
                                            << "cannot read";
    QTest::newRow("bad log level") << QStringList{"--log-level", "chatty"} << "--log-level";
    QTest::newRow("unknown option") << QStringList{"--port", "80"} << "port";
}

void TestServeCommand::refusesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const CliResult r = m_cli->run(QStringList{"serve"} + args);
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY2(r.err.contains(says.toUtf8()), r.describe().constData());
    QVERIFY(r.out.isEmpty()); // never claimed to listen
}

void TestServeCommand::refusesAPortInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const CliResult r = m_cli->run({"serve", "--listen", QString("127.0.0.1:%1").arg(taken.serverPort())});
    QVERIFY2(r.exitCode == 2, r.describe().constData());
    QVERIFY2(r.err.contains("in use"), r.describe().constData());
}

QString TestServeCommand::startServe(QProcess &process, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LEXECON_SECRET_FILE", m_cli->secretFile());
    return ::startServe(process, CliRunner::binary(), m_cli->dataDir(), args, env);
}

void TestServeCommand::servesUntilSigterm()
{
    QProcess serve;
    const QString url = startServe(serve, {"--listen", "127.0.0.1:0", "--log-level", "debug"});
    if (!url.startsWith("http://127.0.0.1:"))
        QFAIL(serve.readAllStandardError().constData());
    const HttpClient http(url);
    QCOMPARE(http.get("/health").status, 200);
    // Nothing to decide with yet: no policy was loaded into this workspace.
    const HttpReply ready = http.get("/ready");
    QCOMPARE(ready.status, 503);
    QCOMPARE(ready.json().value("checks").toObject().value("policy").toObject().value("ok").toBool(), false);
    QCOMPARE(ready.json().value("checks").toObject().value("ledger").toObject().value("ok").toBool(), true);
    const HttpReply unauthorized = http.get("/v1/node");
    QCOMPARE(unauthorized.status, 401);
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    const QByteArray log = serve.readAllStandardError();
    // Startup, one line per request at debug level, and shutdown, each a JSON object.
    QVERIFY2(log.contains("\"intake listening\"") && log.contains("\"intake stopped\""), log.constData());
    QVERIFY2(log.contains("\"route\":\"/health\""), log.constData());
    for (const QByteArray &line : log.split('\n')) {
        if (!line.trimmed().isEmpty())
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
    }
    // The auth failure of /v1/node was written to the ledger before the exit.
    const CliResult entries = m_cli->run({"ledger", "entries"});
    QVERIFY(entries.out.contains("\"type\":\"auth_failures\""));
}

void TestServeCommand::servesTls()
{
    if (!CliRunner::hasTool("openssl"))
        QSKIP("openssl is not installed");
    const QString cert = m_dir.filePath("cert.pem");
    const QString key = m_dir.filePath("key.pem");
    const CliResult made = CliRunner::tool("openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt",
                                                       "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                                                       "-subj", "/CN=127.0.0.1", "-addext",
                                                       "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert});
    QVERIFY2(made.exitCode == 0, made.describe().constData());
    QProcess serve;
    const QString url = startServe(serve, {"--listen", "127.0.0.1:0", "--tls-cert", cert, "--tls-key", key});
    if (!url.startsWith("https://127.0.0.1:"))
        QFAIL(serve.readAllStandardError().constData());
    const HttpClient http(url, {"--cacert", cert});
    const HttpReply r = http.get("/health");
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(r.header("strict-transport-security").startsWith("max-age="));
    // The listener queues a burst of connections (ss shows a listening socket's backlog as Send-Q).
    if (CliRunner::hasTool("ss")) {
        const CliResult listening = CliRunner::tool("ss", {"-ltnH", QStringLiteral("sport = :%1").arg(QUrl(url).port())});
        const QList<QByteArray> fields = listening.out.simplified().split(' ');
        QVERIFY2(fields.size() > 2 && fields.at(2).toInt() > 5, listening.out.constData());
    }
    // Plain text a client accepts gzipped still comes uncompressed (as on plain HTTP).
    const HttpReply metrics = http.get("/metrics", {}, {"Accept-Encoding: gzip"});
    QVERIFY2(metrics.status == 200 && metrics.header("content-encoding").isEmpty(), metrics.describe().constData());
    // Without the CA, curl refuses the server: the certificate really is the one served.
    const HttpReply untrusted = HttpClient(url).get("/health");
    QCOMPARE(untrusted.status, 0);
    ::kill(pid_t(serve.processId()), SIGTERM);
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE(serve.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServeCommand)
#include "TestServeCommand.moc"
