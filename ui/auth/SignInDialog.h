#pragma once

#include "auth/Principal.h"
#include "auth/SignInResult.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Lexecon {
class AuthService;
class MfaService;
}

namespace Lexecon::Ui {

class ErrorLabel;

// Signs a local user in (AuthService::signIn) and walks them through what the core asks for:
// the authenticator code (or a backup code) when MFA is on, enrolment when their role requires
// MFA, a new password when theirs expired, and the time left when the account is locked. The
// dialog accepts only with a principal the core returned; it never decides on its own.
// In re-authentication mode (setFixedUser) the name is fixed: the locked session's owner.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(AuthService &auth, MfaService &mfa, QWidget *parent = nullptr);

    void setFixedUser(const QString &name);
    // Adds "Sign in with <title>" for a configured identity provider; clicking it emits
    // providerChosen and leaves the dialog open for the outcome (showProviderResult).
    void addProvider(const QString &id, const QString &title);
    void showProviderResult(const std::optional<Principal> &principal, const QString &message);

    std::optional<Principal> principal() const { return m_principal; }
    // The core's last answer (reason and message), for tests and the status line.
    const SignInResult &lastResult() const { return m_last; }

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *codeEdit() const { return m_code; }
    QCheckBox *backupCodeBox() const { return m_useBackup; }
    QPushButton *signInButton() const;
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void providerChosen(const QString &providerId);

private:
    void handle(const SignInResult &result);
    void askForCode(const QString &why);
    void enrol();
    void changeExpiredPassword();
    void updateState();

    AuthService &m_auth;
    MfaService &m_mfa;
    std::optional<Principal> m_principal;
    SignInResult m_last;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QCheckBox *m_useBackup = nullptr;
    QLabel *m_info = nullptr;
    ErrorLabel *m_error = nullptr;
    QVBoxLayout *m_providers = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lexecon::Ui
