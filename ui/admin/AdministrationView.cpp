#include "AdministrationView.h"

#include "IdentityProvidersPane.h"
#include "UserAdminView.h"
#include "auth/oidc/OidcIdentityService.h"
#include "auth/oidc/OidcProviderStore.h"
#include "workspace/Workspace.h"

namespace Lexecon::Ui {

AdministrationView::AdministrationView(Workspace &workspace, QWidget *parent)
    : QTabWidget(parent)
    , m_providerStore(std::make_unique<OidcProviderStore>(workspace.settings(), workspace.node()))
    , m_identities(std::make_unique<OidcIdentityService>(workspace.database(), workspace.ledger(), workspace.clock(),
                                                         workspace.users()))
{
    setAccessibleName(tr("Administration"));
    m_users = new UserAdminView(workspace.users(), workspace.auth(), workspace.mfa(), this);
    m_users->setIdentities(m_identities.get());
    m_providers = new IdentityProvidersPane(*m_providerStore, this);
    addTab(m_users, tr("&Users"));
    addTab(m_providers, tr("Sign-in &providers"));
}

AdministrationView::~AdministrationView() = default;

void AdministrationView::setActingUser(const Principal &user)
{
    m_users->setActingUser(user);
    m_providers->setActingUser(user);
}

} // namespace Lexecon::Ui
