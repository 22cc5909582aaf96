#pragma once

#include "auth/Principal.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Lexecon {
class AuthService;
class UserService;
}

namespace Lexecon::Ui {

class ErrorLabel;
class NewPasswordFields;

// The first start of a workspace without users: creates the first administrator with a
// password (UserService::add as the first user, then AuthService::setPassword). The password
// rules are checked before the user is created, so a refused password leaves no half-made
// account behind.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(UserService &users, AuthService &auth, QWidget *parent = nullptr);

    std::optional<Principal> principal() const { return m_principal; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const;
    QLineEdit *repeatEdit() const;
    QPushButton *createButton() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    UserService &m_users;
    AuthService &m_auth;
    std::optional<Principal> m_principal;
    QLineEdit *m_name = nullptr;
    NewPasswordFields *m_fields = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lexecon::Ui
