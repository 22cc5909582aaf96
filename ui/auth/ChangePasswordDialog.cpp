#include "ChangePasswordDialog.h"

#include "NewPasswordFields.h"

#include "auth/AuthService.h"
#include "widgets/ErrorLabel.h"

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
    m_error = new ErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    m_fields->addRows(form, tr("&New password:"), tr("&Repeat:"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("&Change password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_fields->hintLabel());
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
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
    okButton()->setEnabled(newOk && !m_current->text().isEmpty());
}

void ChangePasswordDialog::accept()
{
    m_error->clearError();
    if (auto changed = m_auth.changePassword(m_userName, m_current->text(), m_fields->password()); !changed) {
        m_error->showError(changed.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Lexecon::Ui
