#pragma once

#include "OidcIdToken.h"
#include "auth/Principal.h"

#include <QObject>
#include <QUrl>

namespace Lexecon {

class Clock;
class OidcClient;
class OidcIdentityService;
class OidcProviderStore;

// What the "Sign in with <provider>" button drives: loads the provider, runs OidcClient and
// maps the identity to a local user through OidcIdentityService.
//   connect(signIn, &OidcSignIn::authorizationUrlReady, [](const QUrl &u) { QDesktopServices::openUrl(u); });
//   connect(signIn, &OidcSignIn::signedIn, ...);  connect(signIn, &OidcSignIn::failed, ...);
//   signIn->start(QStringLiteral("okta"));
class OidcSignIn : public QObject
{
    Q_OBJECT
public:
    OidcSignIn(OidcProviderStore &providers, OidcIdentityService &identities, const Clock &clock,
               QObject *parent = nullptr);
    ~OidcSignIn() override;

    void start(const QString &providerId);
    void cancel();
    bool isRunning() const;
    OidcClient &client() { return *m_client; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void signedIn(const Lexecon::Principal &principal);
    void failed(const QString &message);

private:
    void onSucceeded(const OidcIdentity &identity);
    void onFailed(const QString &message);

    OidcProviderStore &m_providers;
    OidcIdentityService &m_identities;
    OidcClient *m_client = nullptr;
    QString m_issuer;
};

} // namespace Lexecon
