#include "auth/oidc/OidcLoopbackServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Lexecon;

// The RFC 8252 redirect listener: 127.0.0.1 only, an OS-chosen port, one delivery.
class TestOidcLoopbackServer : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    QPair<int, QByteArray> get(const QUrl &url)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        const auto result = qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        reply->deleteLater();
        return result;
    }

private Q_SLOTS:
    void listensOnLoopbackWithAnEphemeralPort()
    {
        OidcLoopbackServer server;
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        const QUrl uri = server.redirectUri();
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(uri.path(), QStringLiteral("/callback"));
        QVERIFY(uri.port() > 0);
        OidcLoopbackServer other;
        QVERIFY(other.listen());
        QVERIFY(other.redirectUri().port() != uri.port());
    }

    void deliversTheCallbackOnce()
    {
        OidcLoopbackServer server;
        QVERIFY(server.listen());
        QSignalSpy received(&server, &OidcLoopbackServer::callbackReceived);
        QUrl url = server.redirectUri();

        url.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(get(url).first, 404); // a browser's side requests deliver nothing
        QCOMPARE(received.size(), 0);

        url = server.redirectUri();
        url.setQuery(QStringLiteral("code=abc%2B1&state=xyz"));
        const auto page = get(url);
        QCOMPARE(page.first, 200);
        QVERIFY(page.second.contains("You can close this tab"));
        QCOMPARE(received.size(), 1);
        const QUrlQuery query = received.first().first().value<QUrlQuery>();
        QCOMPARE(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), QStringLiteral("abc+1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));

        QCOMPARE(get(url).first, 404); // a reload or replay is not delivered again
        QCOMPARE(received.size(), 1);
    }

    void providerErrorsGetAPageToo()
    {
        OidcLoopbackServer server;
        QVERIFY(server.listen());
        QSignalSpy received(&server, &OidcLoopbackServer::callbackReceived);
        QUrl url = server.redirectUri();
        url.setQuery(QStringLiteral("error=access_denied&state=s"));
        const auto page = get(url);
        QCOMPARE(page.first, 200);
        QVERIFY(page.second.contains("Sign-in failed"));
        QCOMPARE(received.size(), 1);
    }

    void garbageDoesNotDeliver()
    {
        OidcLoopbackServer server;
        QVERIFY(server.listen());
        QSignalSpy received(&server, &OidcLoopbackServer::callbackReceived);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(server.redirectUri().port()));
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /callback?code=x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState, 3000);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 404"));
        QCOMPARE(received.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOidcLoopbackServer)
#include "TestOidcLoopbackServer.moc"
