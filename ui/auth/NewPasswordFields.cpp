#include "NewPasswordFields.h"

#include "auth/PasswordPolicy.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Lexecon::Ui {

NewPasswordFields::NewPasswordFields(QWidget *dialog)
    : QObject(dialog)
{
    m_password = new QLineEdit(dialog);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    m_repeat = new QLineEdit(dialog);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat new password"));
    m_hint = new QLabel(dialog);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAccessibleName(tr("Password rules"));
    connect(m_password, &QLineEdit::textChanged, this, &NewPasswordFields::edited);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewPasswordFields::edited);
}

void NewPasswordFields::addRows(QFormLayout *form, const QString &passwordLabel, const QString &repeatLabel)
{
    form->addRow(passwordLabel, m_password);
    form->addRow(repeatLabel, m_repeat);
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

bool NewPasswordFields::update(const QString &userName)
{
    QString hint;
    bool ok = false;
    if (m_password->text().isEmpty())
        hint = tr("At least %1 characters with an upper-case letter, a lower-case letter, a digit and a symbol; "
                  "not a common password, not your name, no runs like \"abcd\" or \"1111\".")
                   .arg(PasswordPolicy::MinLength);
    else if (auto checked = PasswordPolicy::check(m_password->text(), userName); !checked)
        hint = checked.error().message;
    else if (m_repeat->text() != m_password->text())
        hint = tr("The password meets the rules. Type it again under Repeat.");
    else {
        hint = tr("The password meets the rules.");
        ok = true;
    }
    m_hint->setText(hint);
    return ok;
}

} // namespace Lexecon::Ui
