#include "OidcSignInButtons.h"

#include "SignInDialog.h"
#include "auth/oidc/OidcIdentityService.h"
#include "auth/oidc/OidcProviderStore.h"
#include "auth/oidc/OidcSignIn.h"
#include "workspace/Workspace.h"

#include <QDesktopServices>
#include <QPointer>

namespace Lexecon::Ui {

OidcSignInButtons::OidcSignInButtons(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_providers(std::make_unique<OidcProviderStore>(workspace.settings(), workspace.node()))
    , m_identities(std::make_unique<OidcIdentityService>(workspace.database(), workspace.ledger(), workspace.clock(),
                                                         workspace.users()))
{
    m_signIn = new OidcSignIn(*m_providers, *m_identities, workspace.clock(), this);
    connect(m_signIn, &OidcSignIn::authorizationUrlReady, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
}

OidcSignInButtons::~OidcSignInButtons() = default;

int OidcSignInButtons::attach(SignInDialog *dialog)
{
    auto providers = m_providers->list();
    if (!providers)
        return 0;
    for (const OidcProviderConfig &provider : *providers)
        dialog->addProvider(provider.id, provider.displayName);
    QPointer<SignInDialog> target(dialog);
    connect(dialog, &SignInDialog::providerChosen, m_signIn, &OidcSignIn::start);
    connect(dialog, &QDialog::finished, m_signIn, &OidcSignIn::cancel);
    connect(m_signIn, &OidcSignIn::signedIn, dialog, [target](const Principal &principal) {
        if (target)
            target->showProviderResult(principal, QString());
    });
    connect(m_signIn, &OidcSignIn::failed, dialog, [target](const QString &message) {
        if (target)
            target->showProviderResult(std::nullopt, message);
    });
    return int(providers->size());
}

} // namespace Lexecon::Ui
