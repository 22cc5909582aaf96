#include "intake/IntakeOptions.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Lexecon;

// Where the intake may listen: loopback freely, a LAN address only with TLS or by explicit choice.
class TestIntakeOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesListen_data();
    void parsesListen();
    void refusesLanWithoutTls_data();
    void refusesLanWithoutTls();
    void buildsUrls();
    void countsEventLoops();
};

void TestIntakeOptions::parsesListen_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("loopback") << "127.0.0.1:8787" << true << "127.0.0.1" << 8787;
    QTest::newRow("any port") << "127.0.0.1:0" << true << "127.0.0.1" << 0;
    QTest::newRow("port only") << ":9000" << true << "127.0.0.1" << 9000;
    QTest::newRow("IPv6 loopback") << "[::1]:8787" << true << "::1" << 8787;
    QTest::newRow("localhost") << "localhost:80" << true << "localhost" << 80;
    QTest::newRow("no colon") << "127.0.0.1" << false << "" << 0;
    QTest::newRow("port too big") << "127.0.0.1:65536" << false << "" << 0;
    QTest::newRow("port not a number") << "127.0.0.1:http" << false << "" << 0;
    QTest::newRow("host name") << "example.org:80" << false << "" << 0;
}

void TestIntakeOptions::parsesListen()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    IntakeOptions options;
    const auto parsed = IntakeOptions::parseListen(text, &options);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QCOMPARE(parsed.error().field, QString("listen"));
        return;
    }
    QCOMPARE(options.host, host);
    QCOMPARE(options.port, port);
}

void TestIntakeOptions::refusesLanWithoutTls_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("insecureLan");
    QTest::addColumn<bool>("ok");
    QTest::newRow("loopback plain") << "127.0.0.1" << false << false << true;
    QTest::newRow("IPv6 loopback plain") << "::1" << false << false << true;
    QTest::newRow("all interfaces plain") << "0.0.0.0" << false << false << false;
    QTest::newRow("LAN plain") << "192.168.1.5" << false << false << false;
    QTest::newRow("LAN with TLS") << "192.168.1.5" << true << false << true;
    QTest::newRow("LAN insecure by choice") << "0.0.0.0" << false << true << true;
}

void TestIntakeOptions::refusesLanWithoutTls()
{
    QFETCH(QString, host);
    QFETCH(bool, tls);
    QFETCH(bool, insecureLan);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    IntakeOptions options;
    options.host = host;
    options.insecureLan = insecureLan;
    if (tls) {
        // validate() checks the files are readable, not that they are a certificate.
        for (const char *name : {"cert.pem", "key.pem"}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        options.tlsCertFile = dir.filePath("cert.pem");
        options.tlsKeyFile = dir.filePath("key.pem");
    }
    const auto valid = options.validate();
    QCOMPARE(valid.ok(), ok);
    if (!ok) {
        QCOMPARE(valid.error().field, QString("listen"));
        QVERIFY(valid.error().message.contains("--tls-cert"));
        QVERIFY(valid.error().message.contains("--insecure-lan"));
    }
}

void TestIntakeOptions::buildsUrls()
{
    IntakeOptions options;
    QCOMPARE(options.url(8787), QString("http://127.0.0.1:8787"));
    options.host = "::1";
    QCOMPARE(options.url(1), QString("http://[::1]:1"));
    options.tlsCertFile = "c";
    options.tlsKeyFile = "k";
    QCOMPARE(options.url(443), QString("https://[::1]:443"));
    options.tlsKeyFile.clear();
    QCOMPARE(options.validate().error().field, QString("tls_key"));
}

void TestIntakeOptions::countsEventLoops()
{
    qunsetenv("LEXECON_INTAKE_EVENT_LOOPS");
    IntakeOptions options;
    // By default one per core but the ledger writer's, and never none.
    QCOMPARE(options.eventLoopCount(), qMax(1, QThread::idealThreadCount() - 1));
    options.eventLoops = 3;
    QCOMPARE(options.eventLoopCount(), 3);
    options.eventLoops = 0;
    QCOMPARE(options.eventLoopCount(), 0);
    // The environment overrides the options; what is not a count is ignored.
    qputenv("LEXECON_INTAKE_EVENT_LOOPS", "2");
    QCOMPARE(options.eventLoopCount(), 2);
    qputenv("LEXECON_INTAKE_EVENT_LOOPS", "many");
    QCOMPARE(options.eventLoopCount(), 0);
    qputenv("LEXECON_INTAKE_EVENT_LOOPS", "-4");
    QCOMPARE(options.eventLoopCount(), 0);
    qunsetenv("LEXECON_INTAKE_EVENT_LOOPS");
    options.eventLoops = -2;
    QCOMPARE(options.validate().error().field, QString("eventLoops"));
}

QTEST_GUILESS_MAIN(TestIntakeOptions)
#include "TestIntakeOptions.moc"
