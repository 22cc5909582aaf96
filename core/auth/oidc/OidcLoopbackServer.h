#pragma once

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace Lexecon {

// The redirect target of RFC 8252 section 7.3: an HTTP listener on 127.0.0.1 with a port the
// OS picks, alive for one sign-in. The first GET of the callback path delivers its query and
// gets a small page saying the tab can be closed; every other request gets 404.
class OidcLoopbackServer : public QObject
{
    Q_OBJECT
public:
    explicit OidcLoopbackServer(QObject *parent = nullptr);
    ~OidcLoopbackServer() override;

    // Listens on 127.0.0.1:0. False (with errorString()) when no port could be opened.
    bool listen();
    void close();
    bool isListening() const;
    QString errorString() const;
    // http://127.0.0.1:<port>/callback (the IP literal, not "localhost": RFC 8252 section 8.3).
    QUrl redirectUri() const;

Q_SIGNALS:
    // The callback's query: code and state, or error and error_description.
    void callbackReceived(const QUrlQuery &query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    bool m_delivered = false;
};

} // namespace Lexecon
