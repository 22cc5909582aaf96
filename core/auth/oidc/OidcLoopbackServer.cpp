#include "OidcLoopbackServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace Lexecon {

namespace {

const char callbackPath[] = "/callback";
constexpr qsizetype MaxRequestBytes = 16 * 1024;

QByteArray response(int status, const char *reason, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray page(const QByteArray &title, const QByteArray &text)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>" + title + "</h1><p>" + text +
           "</p></body></html>";
}

} // namespace

OidcLoopbackServer::OidcLoopbackServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &OidcLoopbackServer::onNewConnection);
}

OidcLoopbackServer::~OidcLoopbackServer() = default;

bool OidcLoopbackServer::listen()
{
    m_delivered = false;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void OidcLoopbackServer::close()
{
    m_server->close();
}

bool OidcLoopbackServer::isListening() const
{
    return m_server->isListening();
}

QString OidcLoopbackServer::errorString() const
{
    return m_server->errorString();
}

QUrl OidcLoopbackServer::redirectUri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(QLatin1String(callbackPath)));
}

void OidcLoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void OidcLoopbackServer::onReadyRead(QTcpSocket *socket)
{
    // Only the request line matters; wait until the header block is complete.
    QByteArray buffered = socket->property("buffer").toByteArray() + socket->readAll();
    if (!buffered.contains("\r\n\r\n") && buffered.size() < MaxRequestBytes) {
        socket->setProperty("buffer", buffered);
        return;
    }
    const QList<QByteArray> requestLine = buffered.left(buffered.indexOf("\r\n")).split(' ');
    QByteArray reply;
    bool deliver = false;
    QUrl target;
    if (requestLine.size() == 3 && requestLine[0] == "GET")
        target = QUrl::fromEncoded(requestLine[1]);
    if (target.path() == QLatin1String(callbackPath) && !m_delivered) {
        const QUrlQuery query(target);
        const bool error = query.hasQueryItem(QStringLiteral("error"));
        reply = response(200, "OK",
                         error ? page("Sign-in failed", "The provider refused the sign-in. Return to Lexecon "
                                                        "Workstation to see why. You can close this tab.")
                               : page("Signed in", "Lexecon Workstation received the sign-in. You can close this tab."));
        deliver = true;
    } else {
        reply = response(404, "Not Found", page("Not found", "This address only receives a sign-in."));
    }
    socket->write(reply);
    socket->disconnectFromHost();
    if (deliver) {
        m_delivered = true; // a second callback (replay, reload) is ignored
        Q_EMIT callbackReceived(QUrlQuery(target));
    }
}

} // namespace Lexecon
