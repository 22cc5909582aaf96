#include "OidcMetadata.h"

#include <QHostAddress>
#include <QJsonArray>

namespace Lexecon {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const auto &v : value.toArray())
        out.append(v.toString());
    return out;
}

bool acceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    QHostAddress address;
    return url.host() == QLatin1String("localhost") || (address.setAddress(url.host()) && address.isLoopback());
}

} // namespace

QUrl OidcMetadata::discoveryUrl(const QString &issuer)
{
    QString base = issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/.well-known/openid-configuration"));
}

Result<OidcMetadata> OidcMetadata::fromJson(const QJsonObject &json, const QString &expectedIssuer)
{
    OidcMetadata m;
    m.issuer = json.value(QStringLiteral("issuer")).toString();
    if (m.issuer != expectedIssuer)
        return Error::integrity(QStringLiteral("the provider's discovery document names the issuer \"%1\", not the "
                                               "configured \"%2\"; correct the issuer in the provider settings")
                                    .arg(m.issuer, expectedIssuer));
    m.authorizationEndpoint = QUrl(json.value(QStringLiteral("authorization_endpoint")).toString());
    m.tokenEndpoint = QUrl(json.value(QStringLiteral("token_endpoint")).toString());
    m.jwksUri = QUrl(json.value(QStringLiteral("jwks_uri")).toString());
    m.userinfoEndpoint = QUrl(json.value(QStringLiteral("userinfo_endpoint")).toString());
    m.tokenEndpointAuthMethods = strings(json.value(QStringLiteral("token_endpoint_auth_methods_supported")));
    m.codeChallengeMethods = strings(json.value(QStringLiteral("code_challenge_methods_supported")));
    m.signingAlgorithms = strings(json.value(QStringLiteral("id_token_signing_alg_values_supported")));
    const struct
    {
        const char *name;
        const QUrl &url;
    } required[] = {{"authorization_endpoint", m.authorizationEndpoint},
                    {"token_endpoint", m.tokenEndpoint},
                    {"jwks_uri", m.jwksUri}};
    for (const auto &r : required)
        if (!acceptableEndpoint(r.url))
            return Error::integrity(QStringLiteral("the provider's discovery document has no usable %1 (an https "
                                                   "URL); check the issuer in the provider settings")
                                        .arg(QLatin1String(r.name)));
    if (!m.codeChallengeMethods.isEmpty() && !m.codeChallengeMethods.contains(QLatin1String("S256")))
        return Error::integrity(QStringLiteral("the provider does not support PKCE with S256, which a desktop "
                                               "sign-in needs; enable PKCE for this client at the provider"));
    return m;
}

} // namespace Lexecon
