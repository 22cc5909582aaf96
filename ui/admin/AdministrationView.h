#pragma once

#include "auth/Principal.h"

#include <QTabWidget>

#include <memory>

namespace Lexecon {
class OidcIdentityService;
class OidcProviderStore;
class Workspace;
}

namespace Lexecon::Ui {

class IdentityProvidersPane;
class UserAdminView;

// The Administration screen: the workstation's users (roles, passwords, second factor, sign-in
// identities) and the identity providers they may sign in with.
class AdministrationView : public QTabWidget
{
    Q_OBJECT
public:
    explicit AdministrationView(Workspace &workspace, QWidget *parent = nullptr);
    ~AdministrationView() override;

    void setActingUser(const Principal &user);
    UserAdminView *users() const { return m_users; }
    IdentityProvidersPane *providers() const { return m_providers; }

private:
    std::unique_ptr<OidcProviderStore> m_providerStore;
    std::unique_ptr<OidcIdentityService> m_identities;
    UserAdminView *m_users = nullptr;
    IdentityProvidersPane *m_providers = nullptr;
};

} // namespace Lexecon::Ui
