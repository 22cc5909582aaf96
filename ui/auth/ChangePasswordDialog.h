#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Lexecon {
class AuthService;
}

namespace Lexecon::Ui {

class ErrorLabel;
class NewPasswordFields;

// A user changes their own password (AuthService::changePassword): the current one, the new
// one twice. The password rules are checked as the user types, with the core's own sentence
// (PasswordPolicy), so the button is enabled only for a password the core will take; the
// history of 5 and a wrong current password come back from the core and keep the dialog open.
// A user with two-factor sign-in also confirms the change with a code: the field shows when the
// caller knows it is needed (setCodeRequired) or when the core asks for it after the password.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(AuthService &auth, const QString &userName, QWidget *parent = nullptr);

    void setCurrentPassword(const QString &password);
    void setReason(const QString &reason);
    void setCodeRequired(bool required);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const;
    QLineEdit *repeatEdit() const;
    QLineEdit *codeEdit() const { return m_code; }
    QCheckBox *backupCodeBox() const { return m_useBackup; }
    QPushButton *okButton() const;
    QString hintText() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    AuthService &m_auth;
    QString m_userName;
    QLabel *m_reason = nullptr;
    QLineEdit *m_current = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_code = nullptr;
    QCheckBox *m_useBackup = nullptr;
    NewPasswordFields *m_fields = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lexecon::Ui
