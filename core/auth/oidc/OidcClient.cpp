#include "OidcClient.h"

#include "OidcLoopbackServer.h"
#include "OidcPkce.h"
#include "common/Clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Lexecon {

namespace {

constexpr qint64 KeyCacheMs = 60 * 60 * 1000;      // JWKS kept an hour; an unknown kid refetches sooner
constexpr int SignInTimeLimitMs = 10 * 60 * 1000;  // the user has ten minutes in the browser

QByteArray formEncode(const QString &s)
{
    return QUrl::toPercentEncoding(s);
}

} // namespace

OidcClient::OidcClient(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_loopback(new OidcLoopbackServer(this))
{
    connect(m_loopback, &OidcLoopbackServer::callbackReceived, this, &OidcClient::onCallback);
}

OidcClient::~OidcClient() = default;

void OidcClient::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_nam = manager;
}

bool OidcClient::isRunning() const
{
    return m_running;
}

void OidcClient::start(const OidcProviderConfig &config, const QString &clientSecret)
{
    cancel();
    if (auto valid = config.validate(); !valid) {
        m_running = true;
        fail(valid.error().message);
        return;
    }
    if (!m_nam) {
        m_ownNam = new QNetworkAccessManager(this);
        m_nam = m_ownNam;
    }
    m_running = true;
    m_config = config;
    m_clientSecret = clientSecret;
    const quint64 generation = m_generation;
    QTimer::singleShot(SignInTimeLimitMs, this, [this, generation] {
        if (generation == m_generation && m_running)
            fail(QStringLiteral("The sign-in with %1 timed out after ten minutes; start it again.")
                     .arg(m_config.displayName));
    });
    fetchDiscovery();
}

void OidcClient::cancel()
{
    ++m_generation;
    m_running = false;
    m_loopback->close();
    m_verifier.clear();
    m_redirectUri.clear();
    m_state.clear();
    m_nonce.clear();
    m_clientSecret.clear();
    m_authorizationUrl.clear();
}

void OidcClient::fail(const QString &message)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT failed(message);
}

void OidcClient::finish()
{
    cancel();
}

QNetworkReply *OidcClient::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    return m_nam->get(request);
}

void OidcClient::onJson(QNetworkReply *reply, const QString &what,
                        const std::function<void(const QJsonObject &)> &handler)
{
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, what, handler, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // cancelled meanwhile
        const QByteArray body = reply->readAll();
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (doc.isObject() && doc.object().contains(QStringLiteral("error")) && status >= 400) {
            const QJsonObject o = doc.object();
            fail(QStringLiteral("The provider refused %1: %2 %3")
                     .arg(what, o.value(QStringLiteral("error")).toString(),
                          o.value(QStringLiteral("error_description")).toString())
                     .trimmed());
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            fail(QStringLiteral("Could not fetch %1 from %2: %3. Check the network and the provider settings.")
                     .arg(what, reply->url().toString(), reply->errorString()));
            return;
        }
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(QStringLiteral("The provider's %1 at %2 is not a JSON object.").arg(what, reply->url().toString()));
            return;
        }
        handler(doc.object());
    });
}

void OidcClient::fetchDiscovery()
{
    onJson(get(OidcMetadata::discoveryUrl(m_config.issuer)), QStringLiteral("discovery document"),
           [this](const QJsonObject &json) {
               auto metadata = OidcMetadata::fromJson(json, m_config.issuer);
               if (!metadata) {
                   fail(metadata.error().message);
                   return;
               }
               m_metadata = *metadata;
               fetchKeys(false, [this] { beginAuthorization(); });
           });
}

void OidcClient::fetchKeys(bool force, const std::function<void()> &then)
{
    const auto cached = m_keyCache.constFind(m_config.issuer);
    if (!force && cached != m_keyCache.constEnd() && m_clock.nowMs() - cached->fetchedAtMs < KeyCacheMs) {
        then();
        return;
    }
    onJson(get(m_metadata.jwksUri), QStringLiteral("signing keys (JWKS)"), [this, then](const QJsonObject &json) {
        auto keys = OidcJwks::fromJson(json);
        if (!keys) {
            fail(keys.error().message);
            return;
        }
        m_keyCache.insert(m_config.issuer, {*keys, m_clock.nowMs()});
        then();
    });
}

void OidcClient::beginAuthorization()
{
    if (!m_loopback->listen()) {
        fail(QStringLiteral("Could not open a port on 127.0.0.1 for the sign-in redirect: %1.")
                 .arg(m_loopback->errorString()));
        return;
    }
    m_redirectUri = m_loopback->redirectUri().toString(); // kept: the port is gone once the listener closes
    m_verifier = OidcPkce::newVerifier();
    m_state = OidcPkce::randomToken();
    m_nonce = OidcPkce::randomToken();
    QUrl url = m_metadata.authorizationEndpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri);
    query.addQueryItem(QStringLiteral("scope"), m_config.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("nonce"), m_nonce);
    query.addQueryItem(QStringLiteral("code_challenge"), OidcPkce::challenge(m_verifier));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    url.setQuery(query);
    m_authorizationUrl = url;
    Q_EMIT authorizationUrlReady(url);
}

void OidcClient::onCallback(const QUrlQuery &query)
{
    if (!m_running)
        return;
    m_loopback->close();
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        fail(QStringLiteral("%1 refused the sign-in: %2%3")
                 .arg(m_config.displayName, error, description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description)));
        return;
    }
    if (state.isEmpty() || state != m_state) {
        fail(QStringLiteral("The sign-in answer does not belong to this sign-in (its state differs); start the "
                            "sign-in again."));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(QStringLiteral("The provider's answer carries no authorization code; start the sign-in again."));
        return;
    }
    exchangeCode(code);
}

void OidcClient::exchangeCode(const QString &code)
{
    QNetworkRequest request(m_metadata.tokenEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QByteArray form = "grant_type=authorization_code&code=" + formEncode(code) +
                      "&redirect_uri=" + formEncode(m_redirectUri) +
                      "&code_verifier=" + formEncode(m_verifier);
    const QStringList methods = m_metadata.tokenEndpointAuthMethods;
    if (m_clientSecret.isEmpty()) {
        form += "&client_id=" + formEncode(m_config.clientId); // public client (RFC 8252 section 8.4)
    } else if (methods.isEmpty() || methods.contains(QLatin1String("client_secret_basic"))) {
        // RFC 6749 section 2.3.1: both parts form-encoded before base64.
        const QByteArray pair = formEncode(m_config.clientId) + ':' + formEncode(m_clientSecret);
        request.setRawHeader("Authorization", "Basic " + pair.toBase64());
    } else {
        form += "&client_id=" + formEncode(m_config.clientId) + "&client_secret=" + formEncode(m_clientSecret);
    }
    onJson(m_nam->post(request, form), QStringLiteral("the authorization code at the token endpoint"),
           [this](const QJsonObject &json) { onTokenResponse(json); });
}

void OidcClient::onTokenResponse(const QJsonObject &json)
{
    const QString idToken = json.value(QStringLiteral("id_token")).toString();
    if (idToken.isEmpty()) {
        fail(QStringLiteral("The provider's token response has no ID token; make sure the scopes include \"openid\"."));
        return;
    }
    validateIdToken(idToken, false);
}

void OidcClient::validateIdToken(const QString &idToken, bool refetched)
{
    auto header = OidcIdToken::header(idToken);
    if (!header) {
        fail(header.error().message);
        return;
    }
    const QString kid = header->value(QStringLiteral("kid")).toString();
    const OidcJwks keys = m_keyCache.value(m_config.issuer).keys;
    if (!refetched && !kid.isEmpty() && !keys.hasKid(kid)) {
        // The provider rotated its keys since we cached them.
        fetchKeys(true, [this, idToken] { validateIdToken(idToken, true); });
        return;
    }
    OidcIdToken::Expectation expect;
    expect.issuer = m_config.issuer;
    expect.clientId = m_config.clientId;
    expect.nonce = m_nonce;
    auto identity = OidcIdToken::validate(idToken, keys, expect, m_clock);
    if (!identity) {
        fail(identity.error().message);
        return;
    }
    finish();
    Q_EMIT succeeded(*identity);
}

} // namespace Lexecon
