#include "AddUserDialog.h"

#include "auth/AuthService.h"
#include "auth/PasswordPolicy.h"
#include "auth/NewPasswordFields.h"
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
    m_fields = new NewPasswordFields(this);
    connect(m_fields, &NewPasswordFields::edited, this, &AddUserDialog::updateState);
    m_error = new ErrorLabel(this);
    connect(m_name, &QLineEdit::textChanged, this, &AddUserDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    m_roleLabel = new QLabel(tr("&Role:"), this);
    m_roleLabel->setBuddy(m_role);
    form->addRow(m_roleLabel, m_role);
    m_fields->addRows(form, tr("&Password:"), tr("R&epeat:"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("&Add user"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fields->hintLabel());
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
    m_fields->passwordEdit()->setFocus();
    updateState();
}

QPushButton *AddUserDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QLineEdit *AddUserDialog::passwordEdit() const
{
    return m_fields->passwordEdit();
}

QLineEdit *AddUserDialog::repeatEdit() const
{
    return m_fields->repeatEdit();
}

QString AddUserDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddUserDialog::updateState()
{
    const QString name = m_name->text().trimmed();
    bool ok = m_fields->update(name) && !name.isEmpty();
    // A name the core will refuse is said first: it decides whether anything can be created.
    if (auto valid = UserService::validateName(name); !name.isEmpty() && !valid) {
        m_fields->hintLabel()->setText(valid.error().message);
        ok = false;
    }
    okButton()->setEnabled(ok);
}

void AddUserDialog::accept()
{
    m_error->clearError();
    const QString name = m_name->text().trimmed();
    // Checked before the user exists, so a refused password leaves no account without one.
    if (auto checked = PasswordPolicy::check(m_fields->password(), name); !checked) {
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
    if (auto set = m_auth.setPassword(name, m_fields->password(), m_by); !set) {
        m_error->showError(set.error().message);
        return;
    }
    m_fields->clear();
    QDialog::accept();
}

} // namespace Lexecon::Ui
