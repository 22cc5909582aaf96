#pragma once

#include <QObject>

#include <memory>

namespace Lexecon {
class OidcIdentityService;
class OidcProviderStore;
class OidcSignIn;
class Workspace;
}

namespace Lexecon::Ui {

class SignInDialog;

// Puts a "Sign in with <provider>" button on a sign-in dialog for every identity provider the
// workspace's settings configure, and runs the RFC 8252 flow when one is clicked: the system
// browser opens the provider's page, the loopback redirect comes back to OidcClient, and the
// identity maps to a local user (or is refused with "ask an admin") in OidcIdentityService.
class OidcSignInButtons : public QObject
{
    Q_OBJECT
public:
    explicit OidcSignInButtons(Workspace &workspace, QObject *parent = nullptr);
    ~OidcSignInButtons() override;

    // Adds the buttons to dialog and answers it; returns how many providers are configured.
    int attach(SignInDialog *dialog);

private:
    Workspace &m_workspace;
    std::unique_ptr<OidcProviderStore> m_providers;
    std::unique_ptr<OidcIdentityService> m_identities;
    OidcSignIn *m_signIn = nullptr;
};

} // namespace Lexecon::Ui
