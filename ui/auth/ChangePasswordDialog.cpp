#include "ChangePasswordDialog.h"

#include "auth/AuthService.h"
#include "auth/PasswordPolicy.h"
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
    const auto passwordEdit = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(name);
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateState);
        return edit;
    };
    m_current = passwordEdit(tr("Current password"));
    m_new = passwordEdit(tr("New password"));
    m_repeat = passwordEdit(tr("Repeat new password"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAccessibleName(tr("Password rules"));
    m_error = new ErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("&Change password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateState();
}

void ChangePasswordDialog::setCurrentPassword(const QString &password)
{
    m_current->setText(password);
    m_new->setFocus();
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

QString ChangePasswordDialog::hintText() const
{
    return m_hint->text();
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangePasswordDialog::updateState()
{
    QString hint;
    bool ok = !m_current->text().isEmpty();
    if (m_new->text().isEmpty()) {
        hint = tr("At least %1 characters with an upper-case letter, a lower-case letter, a digit and a symbol; "
                  "not a common password, not your name, no runs like \"abcd\" or \"1111\".")
                   .arg(PasswordPolicy::MinLength);
        ok = false;
    } else if (auto checked = PasswordPolicy::check(m_new->text(), m_userName); !checked) {
        hint = checked.error().message;
        ok = false;
    } else if (m_repeat->text() != m_new->text()) {
        hint = tr("The new password meets the rules. Type it again under Repeat.");
        ok = false;
    } else {
        hint = tr("The new password meets the rules.");
    }
    m_hint->setText(hint);
    okButton()->setEnabled(ok);
}

void ChangePasswordDialog::accept()
{
    m_error->clearError();
    if (auto changed = m_auth.changePassword(m_userName, m_current->text(), m_new->text()); !changed) {
        m_error->showError(changed.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Lexecon::Ui
