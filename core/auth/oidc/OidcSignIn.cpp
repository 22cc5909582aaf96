#include "OidcSignIn.h"

#include "OidcClient.h"
#include "OidcIdentityService.h"
#include "OidcProviderStore.h"

namespace Lexecon {

OidcSignIn::OidcSignIn(OidcProviderStore &providers, OidcIdentityService &identities, const Clock &clock,
                       QObject *parent)
    : QObject(parent), m_providers(providers), m_identities(identities), m_client(new OidcClient(clock, this))
{
    connect(m_client, &OidcClient::authorizationUrlReady, this, &OidcSignIn::authorizationUrlReady);
    connect(m_client, &OidcClient::succeeded, this, &OidcSignIn::onSucceeded);
    connect(m_client, &OidcClient::failed, this, &OidcSignIn::onFailed);
}

OidcSignIn::~OidcSignIn() = default;

void OidcSignIn::start(const QString &providerId)
{
    m_client->cancel();
    auto config = m_providers.find(providerId);
    if (!config) {
        Q_EMIT failed(config.error().message);
        return;
    }
    auto secret = m_providers.clientSecret(providerId);
    if (!secret) {
        Q_EMIT failed(secret.error().message);
        return;
    }
    m_issuer = config->issuer;
    m_client->start(*config, *secret);
}

void OidcSignIn::cancel()
{
    m_client->cancel();
}

bool OidcSignIn::isRunning() const
{
    return m_client->isRunning();
}

void OidcSignIn::onSucceeded(const OidcIdentity &identity)
{
    auto principal = m_identities.signIn(identity);
    if (!principal) {
        Q_EMIT failed(principal.error().message);
        return;
    }
    Q_EMIT signedIn(*principal);
}

void OidcSignIn::onFailed(const QString &message)
{
    // The flow failed before an identity was known; the refusal is still on record.
    auto recorded = m_identities.recordFailure(m_issuer, message);
    Q_EMIT failed(recorded ? message : message + QLatin1Char(' ') + recorded.error().message);
}

} // namespace Lexecon
