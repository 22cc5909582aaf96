#include "AddUserDialog.h"

#include "auth/AuthService.h"
#include "auth/PasswordPolicy.h"
#include "auth/UserService.h"
#include "widgets/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lexecon::Ui {

AddUserDialog::AddUserDialog(UserService &users, AuthService &auth, const Principal &by, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_auth(auth)
    , m_by(by)
{
    setWindowTitle(tr("Add user"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("User name"));
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    for (Role role : Roles::all())
        m_role->addItem(Roles::name(role), Roles::name(role));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("First password"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat password"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAccessibleName(tr("Password rules"));
    m_error = new ErrorLabel(this);
    for (QLineEdit *edit : {m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &AddUserDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    m_roleLabel = new QLabel(tr("&Role:"), this);
    m_roleLabel->setBuddy(m_role);
    form->addRow(m_roleLabel, m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("R&epeat:"), m_repeat);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("&Add user"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateState();
}

void AddUserDialog::resetPasswordOf(const QString &name)
{
    m_reset = true;
    setWindowTitle(tr("Reset the password of %1").arg(name));
    m_name->setText(name);
    m_name->setReadOnly(true);
    m_role->hide();
    m_roleLabel->hide();
    okButton()->setText(tr("&Set password"));
    m_password->setFocus();
    updateState();
}

QPushButton *AddUserDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString AddUserDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddUserDialog::updateState()
{
    const QString name = m_name->text().trimmed();
    QString hint;
    bool ok = false;
    if (auto valid = UserService::validateName(name); !name.isEmpty() && !valid)
        hint = valid.error().message;
    else if (m_password->text().isEmpty())
        hint = tr("The password needs at least %1 characters with an upper-case letter, a lower-case letter, a digit "
                  "and a symbol. Give it to the user in person; they change it later.")
                   .arg(PasswordPolicy::MinLength);
    else if (auto checked = PasswordPolicy::check(m_password->text(), name); !checked)
        hint = checked.error().message;
    else if (m_repeat->text() != m_password->text())
        hint = tr("The password meets the rules. Type it again under Repeat.");
    else
        ok = !name.isEmpty();
    m_hint->setText(hint);
    okButton()->setEnabled(ok);
}

void AddUserDialog::accept()
{
    m_error->clearError();
    const QString name = m_name->text().trimmed();
    // Checked before the user exists, so a refused password leaves no account without one.
    if (auto checked = PasswordPolicy::check(m_password->text(), name); !checked) {
        m_error->showError(checked.error().message);
        return;
    }
    if (!m_reset) {
        const auto role = Roles::fromName(m_role->currentData().toString());
        if (auto added = m_users.add(name, role.value_or(Role::Viewer), m_by); !added) {
            m_error->showError(added.error().message);
            return;
        }
    }
    if (auto set = m_auth.setPassword(name, m_password->text(), m_by); !set) {
        m_error->showError(set.error().message);
        return;
    }
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace Lexecon::Ui
