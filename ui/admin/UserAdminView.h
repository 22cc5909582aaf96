#pragma once

#include "auth/Principal.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Lexecon {
class AuthService;
class MfaService;
class OidcIdentityService;
class UserService;
}

namespace Lexecon::Ui {

class ErrorLabel;

// Administration of the workstation's users: who they are, their role, whether they are
// disabled, their second factor and when their password runs out; an administrator adds
// users, changes roles, disables and enables, resets passwords and second factors, and says
// which roles must use two-factor sign-in. The core checks ManageUsers on every act; the view
// only greys out what the signed-in user may not do and says why.
class UserAdminView : public QWidget
{
    Q_OBJECT
public:
    UserAdminView(UserService &users, AuthService &auth, MfaService &mfa, QWidget *parent = nullptr);

    void setActingUser(const std::optional<Principal> &user);
    // Enables "Sign-in identities…" (email and OIDC links of the selected user).
    void setIdentities(OidcIdentityService *identities);
    void refresh();

    QTableWidget *table() const { return m_table; }
    QString selectedUser() const;
    bool selectUser(const QString &name);
    QString errorText() const;
    QCheckBox *mfaRequiredBox(Role role) const;

    // The acts, also reachable from the buttons; each reports a refusal in the error banner.
    void changeRole(Role role);
    void setDisabled(bool disabled);
    void resetMfa();

private:
    void updateActions();
    void setRequired(Role role, bool required);

    UserService &m_users;
    AuthService &m_auth;
    MfaService &m_mfa;
    std::optional<Principal> m_actor;
    QTableWidget *m_table = nullptr;
    QLabel *m_notice = nullptr;
    ErrorLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_resetMfa = nullptr;
    QPushButton *m_identitiesButton = nullptr;
    OidcIdentityService *m_identities = nullptr;
    QList<QCheckBox *> m_required;
    bool m_updatingBoxes = false;
};

} // namespace Lexecon::Ui
