#include "SignInDialog.h"

#include "ChangePasswordDialog.h"
#include "MfaEnrolDialog.h"
#include "auth/AuthService.h"
#include "auth/MfaService.h"
#include "widgets/ErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lexecon::Ui {

SignInDialog::SignInDialog(AuthService &auth, MfaService &mfa, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_mfa(mfa)
{
    setWindowTitle(tr("Sign in to Lexecon Workstation"));

    m_user = new QLineEdit(this);
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_code = new QLineEdit(this);
    m_code->setAccessibleName(tr("Authenticator code"));
    m_code->setPlaceholderText(tr("6 digits from your authenticator app"));
    m_useBackup = new QCheckBox(tr("Use a &backup code instead"), this);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->hide();
    m_error = new ErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    m_codeLabel = new QLabel(tr("&Code:"), this);
    m_codeLabel->setBuddy(m_code);
    form->addRow(m_codeLabel, m_code);
    form->addRow(QString(), m_useBackup);
    m_codeLabel->hide();
    m_code->hide();
    m_useBackup->hide();

    m_providers = new QVBoxLayout;
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    signInButton()->setText(tr("&Sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_useBackup, &QCheckBox::toggled, this, [this](bool backup) {
        m_code->setPlaceholderText(backup ? tr("One of your 10 backup codes") : tr("6 digits from your authenticator app"));
        m_code->setAccessibleName(backup ? tr("Backup code") : tr("Authenticator code"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addLayout(m_providers);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateState();
}

void SignInDialog::setFixedUser(const QString &name)
{
    m_user->setText(name);
    m_user->setReadOnly(true);
    setWindowTitle(tr("Workstation locked"));
    m_info->setText(tr("The workstation locked after a period without input. Your open work is kept; "
                       "sign in again as %1 to continue, or cancel to sign out.")
                        .arg(name));
    m_info->show();
    m_password->setFocus();
}

void SignInDialog::addProvider(const QString &id, const QString &title)
{
    auto *button = new QPushButton(tr("Sign in with %1").arg(title), this);
    button->setAccessibleName(tr("Sign in with %1").arg(title));
    connect(button, &QPushButton::clicked, this, [this, id] {
        m_error->clearError();
        m_info->setText(tr("Your browser opens the sign-in page. Come back here when it says you can close it."));
        m_info->show();
        Q_EMIT providerChosen(id);
    });
    m_providers->addWidget(button);
}

void SignInDialog::showProviderResult(const std::optional<Principal> &principal, const QString &message)
{
    if (principal) {
        m_principal = principal;
        QDialog::accept();
        return;
    }
    m_error->showError(message);
}

QPushButton *SignInDialog::signInButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::updateState()
{
    signInButton()->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    m_error->clearError();
    SecondFactor factor;
    const QString code = m_code->text().trimmed();
    if (!m_code->isHidden() && !code.isEmpty())
        factor = m_useBackup->isChecked() ? SecondFactor::backupCode(code) : SecondFactor::totp(code);
    handle(m_auth.signIn(m_user->text().trimmed(), m_password->text(), factor));
}

void SignInDialog::handle(const SignInResult &result)
{
    m_last = result;
    switch (result.status) {
    case SignInResult::Status::SignedIn:
        m_principal = result.principal;
        m_password->clear();
        QDialog::accept();
        return;
    case SignInResult::Status::SecondFactorRequired:
        askForCode(!m_code->isHidden() && !m_code->text().trimmed().isEmpty() ? result.message : QString());
        return;
    case SignInResult::Status::EnrolmentRequired:
        enrol();
        return;
    case SignInResult::Status::PasswordChangeRequired:
        changeExpiredPassword();
        return;
    case SignInResult::Status::Locked:
    case SignInResult::Status::Disabled:
    case SignInResult::Status::Refused:
        m_code->clear();
        m_password->selectAll();
        m_password->setFocus();
        m_error->showError(result.message);
        return;
    }
}

void SignInDialog::askForCode(const QString &why)
{
    m_codeLabel->show();
    m_code->show();
    m_useBackup->show();
    m_code->clear();
    m_code->setFocus();
    m_info->setText(tr("Your account uses two-factor sign-in. Enter the code your authenticator app shows now."));
    m_info->show();
    if (!why.isEmpty())
        m_error->showError(why);
}

void SignInDialog::enrol()
{
    const QString name = m_user->text().trimmed();
    auto enrolment = m_mfa.beginEnrolmentWithPassword(name, m_password->text());
    if (!enrolment) {
        m_error->showError(enrolment.error().message);
        return;
    }
    MfaEnrolDialog dialog(m_mfa, name, *enrolment, this);
    if (dialog.exec() != QDialog::Accepted) {
        m_error->showError(tr("Two-factor sign-in is required for your role. Set it up to sign in."));
        return;
    }
    askForCode(QString());
    m_info->setText(tr("Two-factor sign-in is set up. Enter the next code your authenticator app shows to sign in."));
}

void SignInDialog::changeExpiredPassword()
{
    const QString name = m_user->text().trimmed();
    ChangePasswordDialog dialog(m_auth, name, this);
    dialog.setCurrentPassword(m_password->text());
    dialog.setReason(tr("Your password has expired. Choose a new one to sign in."));
    if (dialog.exec() != QDialog::Accepted) {
        m_error->showError(m_last.message);
        return;
    }
    m_password->clear();
    m_password->setFocus();
    m_info->setText(tr("Your password was changed. Sign in with the new one."));
    m_info->show();
}

} // namespace Lexecon::Ui
