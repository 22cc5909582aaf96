#include "RawHttp.h"
#include "auth/ApiKeyStore.h"
#include "auth/Principal.h"
#include "common/Clock.h"
#include "intake/HttpIntake.h"
#include "ledger/LedgerVerifier.h"
#include "observability/JsonLog.h"
#include "policy/PolicyService.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/TestSecret.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>
#include <vector>

using namespace Lexecon;
using namespace Lexecon::Test;

namespace {

const char PolicyJson[] = "{\"name\": \"minimal\", \"version\": \"1.0.0\", \"mode\": \"strict\", \"terms\": ["
                          "{\"id\": \"assistant\", \"type\": \"actor\", \"name\": \"Assistant\"},"
                          "{\"id\": \"read\", \"type\": \"action\", \"name\": \"Read\"}],"
                          "\"relations\": ["
                          "{\"type\": \"permits\", \"subject\": \"actor:assistant\", \"action\": \"action:read\"}]}";

const QByteArray Body = "{\"actor\":\"assistant\",\"action\":\"read\"}";

// Ids, hashes, tokens, times and ledger positions differ from one decision to the next.
QByteArray masked(QByteArray response)
{
    QString text = QString::fromUtf8(response);
    text.replace(QRegularExpression(QStringLiteral("\"(decision_id|capability_token|entry_hash|timestamp)\":\"[^\"]*\"")),
                 QStringLiteral("\"\\1\":\"*\""));
    text.replace(QRegularExpression(QStringLiteral("\"index\":\\d+")), QStringLiteral("\"index\":0"));
    text.replace(QRegularExpression(QStringLiteral("Content-Length: \\d+")), QStringLiteral("Content-Length: *"));
    return text.toUtf8();
}

} // namespace

// The intake's event loop (IntakeEventLoop) over raw sockets: the bytes it sends equal the
// blocking path's, pipelining, requests split across packets, timeouts, clients that leave,
// other routes on the same connection, many connections, stopping with decisions in flight.
class TestIntakeEventLoop : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<JsonLog> m_log;
    QByteArray m_key;

    std::unique_ptr<HttpIntake> start(int loops, int keepAliveSeconds = 5)
    {
        auto intake = std::make_unique<HttpIntake>(*m_ws, m_log.get());
        IntakeOptions options;
        options.port = 0;
        options.threads = 16;
        options.eventLoops = loops;
        options.readTimeoutSeconds = 1;
        options.keepAliveSeconds = keepAliveSeconds;
        auto started = intake->start(options);
        if (!started)
            qWarning("%s", qPrintable(started.error().message));
        return intake;
    }

    QByteArray post(const QByteArray &body = Body, const QByteArray &extra = {}, const QByteArray &key = {})
    {
        return "POST /v1/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + (key.isEmpty() ? m_key : key)
               + "\r\nContent-Type: application/json\r\n" + extra + "Content-Length: " + QByteArray::number(body.size())
               + "\r\n\r\n" + body;
    }

    static bool connect(QTcpSocket &socket, const HttpIntake &intake)
    {
        socket.connectToHost(QHostAddress::LocalHost, quint16(intake.port()));
        return socket.waitForConnected(5000);
    }

    // One whole response (head and Content-Length body), or empty on timeout.
    static QByteArray readResponse(QTcpSocket &socket, int timeoutMs = 10000)
    {
        return Test::readRawResponse(socket, timeoutMs);
    }

    static bool closedWithin(QTcpSocket &socket, int ms)
    {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            if (socket.waitForDisconnected(50) || socket.state() == QAbstractSocket::UnconnectedState)
                return true;
            socket.readAll();
        }
        return false;
    }

    qint64 decisionCount()
    {
        QSqlDatabase conn = m_ws->database()->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM decisions"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(useSecretFileIfUnset(m_dir.path(), "event loop test secret"));
        auto ws = Workspace::open(m_dir.filePath("data"), Clock::system(), true);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws.value());
        const Principal admin = Principal::user("admin", Role::Admin);
        QVERIFY(m_ws->policies().load(QByteArray(PolicyJson), admin).ok());
        auto bot = m_ws->apiKeys().create("bot", ApiKey::allScopes(), 100000, admin);
        QVERIFY(bot.ok());
        m_key = bot->secret.toLatin1();
        m_log = std::make_unique<JsonLog>(stderr, JsonLog::Level::Warning);
    }

    void cleanupTestCase()
    {
        m_ws.reset();
    }

    void sameBytesAsTheBlockingPath_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("approved") << post();
        QTest::newRow("traced") << post(Body, "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\n");
        QTest::newRow("connection close") << post(Body, "Connection: close\r\n");
        QTest::newRow("unknown key") << post(Body, {}, "lxk_wrong");
        QTest::newRow("bad json") << post("{\"actor\":");
        QTest::newRow("missing field") << post("{\"actor\":\"assistant\"}");
        QTest::newRow("charset") << post(Body, {}).replace("application/json", "application/json; charset=utf-8");
    }

    void sameBytesAsTheBlockingPath()
    {
        QFETCH(QByteArray, request);
        auto loop = start(2);
        auto blocking = start(0);
        QVERIFY(loop->isRunning() && blocking->isRunning());
        QByteArray answers[2];
        HttpIntake *intakes[2] = {loop.get(), blocking.get()};
        for (int i = 0; i < 2; ++i) {
            QTcpSocket socket;
            QVERIFY(connect(socket, *intakes[i]));
            socket.write(request);
            answers[i] = readResponse(socket);
            QVERIFY2(!answers[i].isEmpty(), "no response");
        }
        QCOMPARE(masked(answers[0]), masked(answers[1]));
        // Content-Length is right on both.
        for (const QByteArray &a : answers) {
            const QByteArray body = a.mid(a.indexOf("\r\n\r\n") + 4);
            QVERIFY2(a.contains("Content-Length: " + QByteArray::number(body.size()) + "\r\n"), a.constData());
        }
    }

    void answersPipelinedRequestsInOrderAcrossRoutes()
    {
        auto intake = start(2);
        QTcpSocket socket;
        QVERIFY(connect(socket, *intake));
        const QByteArray health = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        // Decisions on the loop, then /health (handed to the blocking loop), then a decision there.
        socket.write(post() + post() + post("{\"actor\":\"nobody\",\"action\":\"read\"}") + health + post());
        QStringList outcomes;
        for (int i = 0; i < 5; ++i) {
            const QByteArray r = readResponse(socket);
            QVERIFY2(r.startsWith("HTTP/1.1 200 OK\r\n"), r.constData());
            if (i == 3)
                QVERIFY2(r.contains("\"status\":\"ok\""), r.constData());
            else
                outcomes << QString::fromUtf8(r.contains("\"outcome\":\"approved\"") ? "approved" : "denied");
        }
        QCOMPARE(outcomes, (QStringList{"approved", "approved", "denied", "approved"}));
    }

    void assemblesRequestsSplitAcrossSends()
    {
        auto intake = start(2);
        QTcpSocket socket;
        QVERIFY(connect(socket, *intake));
        const QByteArray request = post();
        const qsizetype cuts[] = {0, 7, 40, request.indexOf("\r\n\r\n") + 2, request.size() - 5, request.size()};
        for (size_t i = 0; i + 1 < std::size(cuts); ++i) {
            socket.write(request.mid(cuts[i], cuts[i + 1] - cuts[i]));
            QVERIFY(socket.waitForBytesWritten(3000));
            QTest::qWait(60);
        }
        const QByteArray r = readResponse(socket);
        QVERIFY2(r.startsWith("HTTP/1.1 200 OK\r\n"), r.constData());
    }

    void closesIdleConnectionsAfterKeepAlive()
    {
        auto intake = start(2, 1);
        QTcpSocket socket;
        QVERIFY(connect(socket, *intake));
        socket.write(post());
        QVERIFY(readResponse(socket).startsWith("HTTP/1.1 200"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(closedWithin(socket, 4000), "an idle connection outlived the keep-alive timeout");
        QVERIFY(timer.elapsed() >= 700);
    }

    void dropsSilentHalfRequests()
    {
        auto intake = start(2);
        QTcpSocket socket;
        QVERIFY(connect(socket, *intake));
        socket.write(post().left(60));
        QVERIFY(socket.waitForBytesWritten(3000));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(closedWithin(socket, 5000), "a half request was held past the read timeout");
        QVERIFY(timer.elapsed() >= 500);
    }

    void decidesForClientsThatLeave()
    {
        auto intake = start(2);
        const qint64 before = decisionCount();
        {
            QTcpSocket socket;
            QVERIFY(connect(socket, *intake));
            socket.write(post() + post());
            QVERIFY(socket.waitForBytesWritten(3000));
            socket.abort();
        }
        // The loop goes on serving; what was asked may or may not have been decided, but a
        // decision is never half recorded.
        QTcpSocket next;
        QVERIFY(connect(next, *intake));
        next.write(post());
        QVERIFY(readResponse(next).startsWith("HTTP/1.1 200"));
        QVERIFY(decisionCount() >= before + 1);
        auto report = LedgerVerifier(m_ws->database()).verify();
        QVERIFY(report.ok() && report->ok);
    }

    void servesManyConnections()
    {
        auto intake = start(2);
        // Enough rounds that completions race the loop's wake-ups (a lost wake-up stalls a round).
        constexpr int connections = 40, each = 16;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < connections; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(connect(*sockets.back(), *intake));
        }
        const qint64 before = decisionCount();
        for (int round = 0; round < each; ++round) {
            for (auto &s : sockets)
                s->write(post() + post());
            for (auto &s : sockets) {
                for (int k = 0; k < 2; ++k) {
                    const QByteArray r = readResponse(*s);
                    QVERIFY2(r.startsWith("HTTP/1.1 200 OK\r\n"), r.constData());
                }
            }
        }
        QCOMPARE(decisionCount(), before + connections * each * 2);
    }

    void stopAnswersDecisionsInFlight()
    {
        auto intake = start(2);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 8; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(connect(*sockets.back(), *intake));
            sockets.back()->write(post() + post() + post());
            QVERIFY(sockets.back()->waitForBytesWritten(3000));
        }
        QElapsedTimer timer;
        timer.start();
        intake->stop();
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!intake->isRunning());
        // Whatever was answered is whole; every connection ends.
        for (auto &s : sockets) {
            for (;;) {
                const QByteArray r = readResponse(*s, 2000);
                if (r.isEmpty())
                    break;
                QVERIFY2(r.startsWith("HTTP/1.1 200 OK\r\n"), r.constData());
            }
            QVERIFY(closedWithin(*s, 3000));
        }
        auto report = LedgerVerifier(m_ws->database()).verify();
        QVERIFY(report.ok() && report->ok);
    }
};

QTEST_GUILESS_MAIN(TestIntakeEventLoop)
#include "TestIntakeEventLoop.moc"
