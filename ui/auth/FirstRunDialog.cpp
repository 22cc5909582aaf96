#include "FirstRunDialog.h"

#include "NewPasswordFields.h"

#include "auth/AuthService.h"
#include "auth/PasswordPolicy.h"
#include "auth/UserService.h"
#include "widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lexecon::Ui {

FirstRunDialog::FirstRunDialog(UserService &users, AuthService &auth, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_auth(auth)
{
    setWindowTitle(tr("Welcome to Lexecon Workstation"));
    auto *intro = new QLabel(tr("This workspace has no users yet. Create the first administrator: they add the "
                                "other users and give them their roles."),
                             this);
    intro->setWordWrap(true);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Administrator name"));
    m_fields = new NewPasswordFields(this);
    connect(m_fields, &NewPasswordFields::edited, this, &FirstRunDialog::updateState);
    m_error = new ErrorLabel(this);
    connect(m_name, &QLineEdit::textChanged, this, &FirstRunDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    m_fields->addRows(form, tr("&Password:"), tr("&Repeat:"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    createButton()->setText(tr("&Create administrator"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_fields->hintLabel());
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateState();
}

QPushButton *FirstRunDialog::createButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QLineEdit *FirstRunDialog::passwordEdit() const
{
    return m_fields->passwordEdit();
}

QLineEdit *FirstRunDialog::repeatEdit() const
{
    return m_fields->repeatEdit();
}

QString FirstRunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstRunDialog::updateState()
{
    const QString name = m_name->text().trimmed();
    bool ok = m_fields->update(name) && !name.isEmpty();
    // A name the core will refuse is said first: it decides whether anything can be created.
    if (auto valid = UserService::validateName(name); !name.isEmpty() && !valid) {
        m_fields->hintLabel()->setText(valid.error().message);
        ok = false;
    }
    createButton()->setEnabled(ok);
}

void FirstRunDialog::accept()
{
    m_error->clearError();
    const QString name = m_name->text().trimmed();
    if (auto checked = PasswordPolicy::check(m_fields->password(), name); !checked) {
        m_error->showError(checked.error().message);
        return;
    }
    auto user = m_users.add(name, Role::Admin, Principal::system());
    if (!user) {
        m_error->showError(user.error().message);
        return;
    }
    if (auto set = m_auth.setPassword(name, m_fields->password(), Principal::system()); !set) {
        m_error->showError(set.error().message);
        return;
    }
    auto principal = m_users.principalFor(name);
    if (!principal) {
        m_error->showError(principal.error().message);
        return;
    }
    m_principal = *principal;
    m_fields->clear();
    QDialog::accept();
}

} // namespace Lexecon::Ui
