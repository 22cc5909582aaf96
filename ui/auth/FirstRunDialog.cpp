#include "FirstRunDialog.h"

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
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat password"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAccessibleName(tr("Password rules"));
    m_error = new ErrorLabel(this);
    for (QLineEdit *edit : {m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    createButton()->setText(tr("&Create administrator"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    updateState();
}

QPushButton *FirstRunDialog::createButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString FirstRunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstRunDialog::updateState()
{
    const QString name = m_name->text().trimmed();
    QString hint;
    bool ok = false;
    if (auto valid = UserService::validateName(name); !name.isEmpty() && !valid)
        hint = valid.error().message;
    else if (m_password->text().isEmpty())
        hint = tr("The password needs at least %1 characters with an upper-case letter, a lower-case letter, a digit "
                  "and a symbol.")
                   .arg(PasswordPolicy::MinLength);
    else if (auto checked = PasswordPolicy::check(m_password->text(), name); !checked)
        hint = checked.error().message;
    else if (m_repeat->text() != m_password->text())
        hint = tr("The password meets the rules. Type it again under Repeat.");
    else
        ok = !name.isEmpty();
    m_hint->setText(hint);
    createButton()->setEnabled(ok);
}

void FirstRunDialog::accept()
{
    m_error->clearError();
    const QString name = m_name->text().trimmed();
    if (auto checked = PasswordPolicy::check(m_password->text(), name); !checked) {
        m_error->showError(checked.error().message);
        return;
    }
    auto user = m_users.add(name, Role::Admin, Principal::system());
    if (!user) {
        m_error->showError(user.error().message);
        return;
    }
    if (auto set = m_auth.setPassword(name, m_password->text(), Principal::system()); !set) {
        m_error->showError(set.error().message);
        return;
    }
    auto principal = m_users.principalFor(name);
    if (!principal) {
        m_error->showError(principal.error().message);
        return;
    }
    m_principal = *principal;
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace Lexecon::Ui
