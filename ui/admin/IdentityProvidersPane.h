#pragma once

#include "auth/Principal.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Lexecon {
class OidcProviderStore;
}

namespace Lexecon::Ui {

class ErrorLabel;

// The identity providers users may sign in with (OIDC, RFC 8252): a preset (Microsoft Entra ID,
// Okta, Auth0, Keycloak, Google) or any issuer URL, the client id registered there, and an
// optional client secret that goes to the OS keychain, never to the workspace. Changing them
// needs ManageSettings; the core checks and the pane says why when it refuses.
class IdentityProvidersPane : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityProvidersPane(OidcProviderStore &providers, QWidget *parent = nullptr);

    void setActingUser(const std::optional<Principal> &user);
    void refresh();

    QTableWidget *table() const { return m_table; }
    QComboBox *presetBox() const { return m_preset; }
    QLineEdit *locationEdit() const { return m_location; }
    QLineEdit *extraEdit() const { return m_extra; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString errorText() const;

private:
    void presetChanged();
    void addProvider();
    void removeSelected();
    void updateActions();

    OidcProviderStore &m_providers;
    std::optional<Principal> m_actor;
    QTableWidget *m_table = nullptr;
    QLabel *m_notice = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLineEdit *m_location = nullptr;
    QLabel *m_extraLabel = nullptr;
    QLineEdit *m_extra = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_secret = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace Lexecon::Ui
