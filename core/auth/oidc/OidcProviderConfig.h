#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Lexecon {

// One OpenID Connect provider the workstation signs in with. Stored in the workspace settings
// (OidcProviderStore) as JSON; the client secret is not part of it (keychain or SecretBox).
// A desktop app is a public client (RFC 8252 section 8.4), so most providers need no secret.
struct OidcProviderConfig
{
    QString id;          // settings key part: 1-40 of [a-z0-9_-], e.g. "entra", "okta"
    QString displayName; // "Sign in with <displayName>"
    QString issuer;      // exactly as the provider's discovery document states it
    QString clientId;
    QStringList scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile")};
    bool hasClientSecret = false; // true when a secret is stored for this provider

    // Presets: the issuer URL each provider documents.
    static OidcProviderConfig azureAd(const QString &tenant, const QString &clientId);  // Entra ID v2.0
    static OidcProviderConfig okta(const QString &domain, const QString &clientId);     // org authorization server
    static OidcProviderConfig auth0(const QString &domain, const QString &clientId);
    static OidcProviderConfig keycloak(const QString &baseUrl, const QString &realm, const QString &clientId);
    static OidcProviderConfig google(const QString &clientId);
    static OidcProviderConfig custom(const QString &id, const QString &issuer, const QString &clientId);

    // Ok, or an InvalidInput error naming the field (id, issuer, client_id, scopes).
    // The issuer must be https, except http on a loopback host (tests, local Keycloak).
    Result<void> validate() const;

    // {"id","display_name","issuer","client_id","scopes":[...],"has_client_secret"}
    QJsonObject toJson() const;
    static Result<OidcProviderConfig> fromJson(const QJsonObject &json);
};

} // namespace Lexecon
