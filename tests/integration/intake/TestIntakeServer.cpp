#include "RawHttp.h"
#include "intake/IntakeServer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <chrono>
#include <memory>
#include <thread>

using namespace Lexecon;

// IntakeServer's own keep-alive loop over raw sockets: what curl (one request a connection)
// does not show. Keep-alive and pipelining, closing after a response, 100-continue, big
// responses, the peer's address, and stop() with idle and busy connections.
class TestIntakeServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void servesManyRequestsOnOneConnection();
    void answersPipelinedRequestsInOrder();
    void closesWhenAHandlerAsks();
    void closesWhenTheClientAsks();
    void answersExpectContinue();
    void sendsLargeResponsesWhole();
    void doesNotCompress();
    void reportsThePeerAddress();
    void queuesABurstOfConnections();
    void stopEndsIdleConnectionsPromptly();
    void stopAnswersRequestsInFlight();

private:
    void start(int keepAliveSeconds = 5);
    void stop();
    bool connect(QTcpSocket &socket);
    // Reads one response (head and Content-Length body); empty when none came in time.
    static QByteArray readResponse(QTcpSocket &socket, int timeoutMs = 5000);
    static QByteArray bodyOf(const QByteArray &response);

    std::unique_ptr<IntakeServer> m_server;
    std::thread m_listener;
    int m_port = 0;
};

namespace {

QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

} // namespace

void TestIntakeServer::init()
{
    start();
}

void TestIntakeServer::cleanup()
{
    stop();
}

void TestIntakeServer::start(int keepAliveSeconds)
{
    m_server = std::make_unique<IntakeServer>();
    m_server->set_keep_alive_max_count(1000);
    m_server->set_keep_alive_timeout(keepAliveSeconds);
    m_server->set_read_timeout(5, 0);
    m_server->Get("/echo/(.*)", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.matches[1].str(), "text/plain");
    });
    m_server->Get("/close", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("Connection", "close");
        IntakeServer::closeAfterResponse();
        res.set_content("bye", "text/plain");
    });
    m_server->Get("/big", [](const httplib::Request &, httplib::Response &res) {
        std::string body(200 * 1024, 'x');
        for (size_t i = 0; i < body.size(); i += 1000)
            body[i] = char('a' + (i / 1000) % 26);
        res.set_content(body, "text/plain");
    });
    m_server->Get("/peer", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.remote_addr + " " + std::to_string(req.remote_port), "text/plain");
    });
    m_server->Get("/slow", [](const httplib::Request &, httplib::Response &res) {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        res.set_content("late", "text/plain");
    });
    m_server->Post("/echo", [](const httplib::Request &req, httplib::Response &res) {
        res.set_content(req.body, "text/plain");
    });
    m_port = m_server->bind_to_any_port("127.0.0.1");
    QVERIFY(m_port > 0);
    IntakeServer *server = m_server.get();
    m_listener = std::thread([server] { server->listen_after_bind(); });
    for (int i = 0; i < 400 && !m_server->is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QVERIFY(m_server->is_running());
}

void TestIntakeServer::stop()
{
    if (!m_server)
        return;
    m_server->stop();
    m_server->closeIdleConnections();
    if (m_listener.joinable())
        m_listener.join();
    m_server.reset();
}

bool TestIntakeServer::connect(QTcpSocket &socket)
{
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
    return socket.waitForConnected(5000);
}

QByteArray TestIntakeServer::readResponse(QTcpSocket &socket, int timeoutMs)
{
    return Test::readRawResponse(socket, timeoutMs);
}

QByteArray TestIntakeServer::bodyOf(const QByteArray &response)
{
    const qsizetype at = response.indexOf("\r\n\r\n");
    return at < 0 ? QByteArray() : response.mid(at + 4);
}

void TestIntakeServer::servesManyRequestsOnOneConnection()
{
    QTcpSocket socket;
    QVERIFY(connect(socket));
    for (int i = 0; i < 20; ++i) {
        const QByteArray word = "w" + QByteArray::number(i);
        socket.write(get("/echo/" + word));
        const QByteArray response = readResponse(socket);
        QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
        QCOMPARE(bodyOf(response), word);
    }
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestIntakeServer::answersPipelinedRequestsInOrder()
{
    // Three requests in one segment: the loop must serve the second and third from its buffer.
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write(get("/echo/one") + "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                 "Content-Length: 3\r\n\r\ntwo" + get("/echo/three"));
    for (const QByteArray expected : {QByteArray("one"), QByteArray("two"), QByteArray("three")}) {
        const QByteArray response = readResponse(socket);
        QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
        QCOMPARE(bodyOf(response), expected);
    }
}

void TestIntakeServer::closesWhenAHandlerAsks()
{
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write(get("/close") + get("/echo/never"));
    const QByteArray response = readResponse(socket);
    QCOMPARE(bodyOf(response), QByteArray("bye"));
    QVERIFY(response.toLower().contains("connection: close"));
    QVERIFY2(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(3000),
             "the connection stayed open after a handler asked to close it");
    QVERIFY2(!socket.readAll().contains("never"), "a request after the close was served");
}

void TestIntakeServer::closesWhenTheClientAsks()
{
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write(get("/echo/last", "Connection: close\r\n"));
    QCOMPARE(bodyOf(readResponse(socket)), QByteArray("last"));
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(3000));
}

void TestIntakeServer::answersExpectContinue()
{
    // The interim 100 has to leave before the server waits for the body, or the client stalls.
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
                 "Expect: 100-continue\r\n\r\n");
    QElapsedTimer timer;
    timer.start();
    QByteArray interim;
    while (!interim.contains("\r\n\r\n") && timer.elapsed() < 3000) {
        if (socket.bytesAvailable() || socket.waitForReadyRead(100))
            interim += socket.read(1);
    }
    QVERIFY2(interim.startsWith("HTTP/1.1 100"), interim.constData());
    socket.write("hello");
    const QByteArray response = readResponse(socket);
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
    QCOMPARE(bodyOf(response), QByteArray("hello"));
}

void TestIntakeServer::sendsLargeResponsesWhole()
{
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write(get("/big") + get("/echo/after"));
    const QByteArray body = bodyOf(readResponse(socket, 10000));
    QCOMPARE(body.size(), 200 * 1024);
    QCOMPARE(body.at(0), 'a');
    QCOMPARE(body.at(1000 * 27), 'b');
    QCOMPARE(body.at(body.size() - 1), 'x');
    QCOMPARE(bodyOf(readResponse(socket)), QByteArray("after"));
}

void TestIntakeServer::doesNotCompress()
{
    // cpp-httplib would gzip this text body for a client that accepts gzip.
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write(get("/big", "Accept-Encoding: gzip, deflate, br\r\n"));
    const QByteArray response = readResponse(socket, 10000);
    QVERIFY2(!response.toLower().contains("content-encoding"), response.left(300).constData());
    QCOMPARE(bodyOf(response).size(), 200 * 1024);
    QCOMPARE(bodyOf(response).at(1000 * 27), 'b');
}

void TestIntakeServer::reportsThePeerAddress()
{
    // Looked up once a connection, still right for every request on it.
    QTcpSocket socket;
    QVERIFY(connect(socket));
    const QByteArray expected = "127.0.0.1 " + QByteArray::number(socket.localPort());
    for (int i = 0; i < 2; ++i) {
        socket.write(get("/peer"));
        QCOMPARE(bodyOf(readResponse(socket)), expected);
    }
}

void TestIntakeServer::queuesABurstOfConnections()
{
    // ss shows a listening socket's backlog as its Send-Q: 5 as cpp-httplib leaves it.
    const QString ss = QStandardPaths::findExecutable(QStringLiteral("ss"));
    if (ss.isEmpty())
        QSKIP("ss (iproute2) is not installed");
    auto backlog = [&] {
        QProcess p;
        p.start(ss, {QStringLiteral("-ltnH"), QStringLiteral("sport = :%1").arg(m_port)});
        p.waitForFinished(5000);
        const QList<QByteArray> fields = p.readAllStandardOutput().simplified().split(' ');
        return fields.size() > 2 ? fields.at(2).toInt() : -1;
    };
    QCOMPARE(backlog(), 5);
    QVERIFY(m_server->setListenBacklog(256));
    QCOMPARE(backlog(), 256);
    QTcpSocket socket;
    QVERIFY(connect(socket));
    socket.write(get("/echo/still"));
    QCOMPARE(bodyOf(readResponse(socket)), QByteArray("still"));
}

void TestIntakeServer::stopEndsIdleConnectionsPromptly()
{
    // An idle keep-alive connection would hold its thread for the 5 s keep-alive timeout.
    QTcpSocket idle;
    QVERIFY(connect(idle));
    idle.write(get("/echo/x"));
    QCOMPARE(bodyOf(readResponse(idle)), QByteArray("x"));
    QElapsedTimer timer;
    timer.start();
    stop();
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("stop took %1 ms").arg(timer.elapsed())));
    QVERIFY(idle.state() == QAbstractSocket::UnconnectedState || idle.waitForDisconnected(3000));
}

void TestIntakeServer::stopAnswersRequestsInFlight()
{
    QTcpSocket busy;
    QVERIFY(connect(busy));
    busy.write(get("/slow"));
    QVERIFY(busy.waitForBytesWritten(3000));
    std::this_thread::sleep_for(std::chrono::milliseconds(100)); // the handler is sleeping now
    std::thread stopper([this] { stop(); });
    const QByteArray response = readResponse(busy);
    stopper.join();
    QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
    QCOMPARE(bodyOf(response), QByteArray("late"));
}

QTEST_GUILESS_MAIN(TestIntakeServer)
#include "TestIntakeServer.moc"
