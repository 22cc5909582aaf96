#include "OidcProviderConfig.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Lexecon {

namespace {

// "https://host" from "host", "https://host/" or "https://host".
QString httpsBase(QString hostOrUrl)
{
    hostOrUrl = hostOrUrl.trimmed();
    while (hostOrUrl.endsWith(QLatin1Char('/')))
        hostOrUrl.chop(1);
    if (!hostOrUrl.startsWith(QLatin1String("https://")) && !hostOrUrl.startsWith(QLatin1String("http://")))
        hostOrUrl.prepend(QLatin1String("https://"));
    return hostOrUrl;
}

OidcProviderConfig make(const QString &id, const QString &name, const QString &issuer, const QString &clientId)
{
    OidcProviderConfig c;
    c.id = id;
    c.displayName = name;
    c.issuer = issuer;
    c.clientId = clientId.trimmed();
    return c;
}

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace

OidcProviderConfig OidcProviderConfig::azureAd(const QString &tenant, const QString &clientId)
{
    return make(QStringLiteral("entra"), QStringLiteral("Microsoft Entra ID"),
                QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(tenant.trimmed()), clientId);
}

OidcProviderConfig OidcProviderConfig::okta(const QString &domain, const QString &clientId)
{
    return make(QStringLiteral("okta"), QStringLiteral("Okta"), httpsBase(domain), clientId);
}

OidcProviderConfig OidcProviderConfig::auth0(const QString &domain, const QString &clientId)
{
    // Auth0's issuer carries a trailing slash.
    return make(QStringLiteral("auth0"), QStringLiteral("Auth0"), httpsBase(domain) + QLatin1Char('/'), clientId);
}

OidcProviderConfig OidcProviderConfig::keycloak(const QString &baseUrl, const QString &realm, const QString &clientId)
{
    return make(QStringLiteral("keycloak"), QStringLiteral("Keycloak"),
                httpsBase(baseUrl) + QStringLiteral("/realms/") + realm.trimmed(), clientId);
}

OidcProviderConfig OidcProviderConfig::google(const QString &clientId)
{
    return make(QStringLiteral("google"), QStringLiteral("Google"), QStringLiteral("https://accounts.google.com"),
                clientId);
}

OidcProviderConfig OidcProviderConfig::custom(const QString &id, const QString &issuer, const QString &clientId)
{
    return make(id, id, issuer.trimmed(), clientId);
}

Result<void> OidcProviderConfig::validate() const
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    if (!idPattern.match(id).hasMatch())
        return Error::invalid(QStringLiteral("id"),
                              QStringLiteral("the provider id \"%1\" is not 1-40 characters of a-z, 0-9, _ and -; "
                                             "send a short name such as \"okta\"")
                                  .arg(id));
    const QUrl url(issuer, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return Error::invalid(QStringLiteral("issuer"),
                              QStringLiteral("the issuer \"%1\" is not an absolute URL without query or fragment; "
                                             "send the issuer your provider documents, such as https://example.okta.com")
                                  .arg(issuer));
    const bool https = url.scheme() == QLatin1String("https");
    if (!https && !(url.scheme() == QLatin1String("http") && isLoopbackHost(url.host())))
        return Error::invalid(QStringLiteral("issuer"),
                              QStringLiteral("the issuer \"%1\" must use https (plain http is only allowed on "
                                             "127.0.0.1 or localhost)")
                                  .arg(issuer));
    if (clientId.isEmpty())
        return Error::invalid(QStringLiteral("client_id"),
                              QStringLiteral("the client id is empty; send the client (application) id the "
                                             "provider gave this workstation"));
    if (!scopes.contains(QLatin1String("openid")))
        return Error::invalid(QStringLiteral("scopes"),
                              QStringLiteral("the scopes must include \"openid\"; add it to the list"));
    return {};
}

QJsonObject OidcProviderConfig::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("has_client_secret"), hasClientSecret}};
}

Result<OidcProviderConfig> OidcProviderConfig::fromJson(const QJsonObject &json)
{
    OidcProviderConfig c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.displayName = json.value(QStringLiteral("display_name")).toString(c.id);
    c.issuer = json.value(QStringLiteral("issuer")).toString();
    c.clientId = json.value(QStringLiteral("client_id")).toString();
    if (json.contains(QStringLiteral("scopes"))) {
        c.scopes.clear();
        for (const auto &s : json.value(QStringLiteral("scopes")).toArray())
            c.scopes.append(s.toString());
    }
    c.hasClientSecret = json.value(QStringLiteral("has_client_secret")).toBool();
    if (auto valid = c.validate(); !valid)
        return valid.error();
    return c;
}

} // namespace Lexecon
