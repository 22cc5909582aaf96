#pragma once

#include "OidcIdToken.h"
#include "OidcJwks.h"
#include "OidcMetadata.h"
#include "OidcProviderConfig.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Lexecon {

class Clock;
class OidcLoopbackServer;

// One authorization-code sign-in with an OpenID provider through the system browser
// (RFC 8252), written on QtNetwork: discovery, JWKS (cached per issuer, refetched once for an
// unknown kid), a loopback redirect on 127.0.0.1, PKCE S256, state and nonce, the code
// exchange, and ID-token validation. The core never opens the browser: it emits
// authorizationUrlReady and the UI passes the URL to QDesktopServices::openUrl.
class OidcClient : public QObject
{
    Q_OBJECT
public:
    explicit OidcClient(const Clock &clock, QObject *parent = nullptr);
    ~OidcClient() override;

    // Begins a sign-in; a running one is cancelled first. clientSecret empty: public client
    // (PKCE only); else client_secret_basic, or client_secret_post when the provider only
    // lists that. Results arrive as signals.
    void start(const OidcProviderConfig &config, const QString &clientSecret = QString());
    void cancel();
    bool isRunning() const;
    QUrl authorizationUrl() const { return m_authorizationUrl; }

    // Tests and embedders can share a network manager; the default is the client's own.
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    // Time limit of each HTTP request to the provider.
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void succeeded(const Lexecon::OidcIdentity &identity);
    // A sentence for the user; the flow is over.
    void failed(const QString &message);

private:
    struct CachedKeys
    {
        OidcJwks keys;
        qint64 fetchedAtMs = 0;
    };

    void fetchDiscovery();
    void fetchKeys(bool force, const std::function<void()> &then);
    void beginAuthorization();
    void onCallback(const QUrlQuery &query);
    void exchangeCode(const QString &code);
    void onTokenResponse(const QJsonObject &json);
    void validateIdToken(const QString &idToken, bool refetched);
    void fail(const QString &message);
    void finish();
    QNetworkReply *get(const QUrl &url);
    // Runs handler with the reply's JSON object, or fails the flow with what went wrong.
    void onJson(QNetworkReply *reply, const QString &what, const std::function<void(const QJsonObject &)> &handler);

    const Clock &m_clock;
    QNetworkAccessManager *m_nam = nullptr;
    QNetworkAccessManager *m_ownNam = nullptr;
    OidcLoopbackServer *m_loopback = nullptr;
    int m_timeoutMs = 30000;
    quint64 m_generation = 0; // replies of a cancelled run are ignored

    OidcProviderConfig m_config;
    QString m_clientSecret;
    OidcMetadata m_metadata;
    QString m_verifier;
    QString m_redirectUri;
    QString m_state;
    QString m_nonce;
    QUrl m_authorizationUrl;
    bool m_running = false;
    QHash<QString, CachedKeys> m_keyCache; // by issuer
};

} // namespace Lexecon
