#include "ChangePasswordDialog.h"

#include "NewPasswordFields.h"

#include "auth/AuthService.h"
#include "widgets/ErrorLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lexecon::Ui {

ChangePasswordDialog::ChangePasswordDialog(AuthService &auth, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_userName(userName)
{
    setWindowTitle(tr("Change password of %1").arg(userName));
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_current = new QLineEdit(this);
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setAccessibleName(tr("Current password"));
    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
    m_fields = new NewPasswordFields(this);
    connect(m_fields, &NewPasswordFields::edited, this, &ChangePasswordDialog::updateState);
    m_code = new QLineEdit(this);
    m_code->setAccessibleName(tr("Authentication code"));
    m_code->setPlaceholderText(tr("6-digit code from your authenticator app"));
    connect(m_code, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
    m_useBackup = new QCheckBox(tr("Use a &backup code instead"), this);
    m_error = new ErrorLabel(this);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Current password:"), m_current);
    m_form->addRow(tr("C&ode:"), m_code);
    m_form->addRow(QString(), m_useBackup);
    m_fields->addRows(m_form, tr("&New password:"), tr("&Repeat:"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("&Change password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(m_form);
    layout->addWidget(m_fields->hintLabel());
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    setCodeRequired(false);
}

void ChangePasswordDialog::setCodeRequired(bool required)
{
    m_form->setRowVisible(m_code, required);
    m_form->setRowVisible(m_useBackup, required);
    updateState();
}

void ChangePasswordDialog::setCurrentPassword(const QString &password)
{
    m_current->setText(password);
    m_fields->passwordEdit()->setFocus();
}

void ChangePasswordDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QPushButton *ChangePasswordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QLineEdit *ChangePasswordDialog::newEdit() const
{
    return m_fields->passwordEdit();
}

QLineEdit *ChangePasswordDialog::repeatEdit() const
{
    return m_fields->repeatEdit();
}

QString ChangePasswordDialog::hintText() const
{
    return m_fields->hintLabel()->text();
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangePasswordDialog::updateState()
{
    const bool newOk = m_fields->update(m_userName);
    const bool codeOk = m_code->isHidden() || !m_code->text().trimmed().isEmpty();
    okButton()->setEnabled(newOk && codeOk && !m_current->text().isEmpty());
}

void ChangePasswordDialog::accept()
{
    m_error->clearError();
    SecondFactor factor;
    const QString code = m_code->text().trimmed();
    if (!m_code->isHidden() && !code.isEmpty())
        factor = m_useBackup->isChecked() ? SecondFactor::backupCode(code) : SecondFactor::totp(code);
    if (auto changed = m_auth.changePassword(m_userName, m_current->text(), m_fields->password(), factor);
        !changed) {
        m_error->showError(changed.error().message);
        if (changed.error().field == QLatin1String("code")) {
            setCodeRequired(true);
            m_code->setFocus();
        } else if (!factor.code.isEmpty()) {
            m_code->clear(); // a code is used once, right or wrong
        }
        return;
    }
    QDialog::accept();
}

} // namespace Lexecon::Ui
