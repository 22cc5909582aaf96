#pragma once

#include "auth/Principal.h"
#include "auth/Role.h"

#include <QDialog>

class QComboBox;
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

// An administrator adds a user with a role and a first password, or (resetPasswordOf) sets a
// new password for a user who forgot theirs. The password rules show as the admin types; the
// core refuses anything else with its own sentence and the dialog stays open.
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    AddUserDialog(UserService &users, AuthService &auth, const Principal &by, QWidget *parent = nullptr);
    // Turns the dialog into "reset the password of name": no name or role to choose.
    void resetPasswordOf(const QString &name);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordEdit() const;
    QLineEdit *repeatEdit() const;
    QPushButton *okButton() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    UserService &m_users;
    AuthService &m_auth;
    Principal m_by;
    bool m_reset = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_roleLabel = nullptr;
    NewPasswordFields *m_fields = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lexecon::Ui
