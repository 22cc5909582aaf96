#include "SignInSettingsBox.h"

#include "auth/AuthSettings.h"
#include "widgets/PermissionNotice.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace Lexecon::Ui {

SignInSettingsBox::SignInSettingsBox(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Sign-in"), parent)
    , m_workspace(workspace)
{
    m_passwordDays = new QSpinBox(this);
    m_passwordDays->setRange(0, 3650);
    m_passwordDays->setSuffix(tr(" days"));
    m_passwordDays->setSpecialValueText(tr("never"));
    m_passwordDays->setAccessibleName(tr("Password lifetime in days"));
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setRange(0, 24 * 60);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("never"));
    m_idleMinutes->setAccessibleName(tr("Idle minutes before the desk locks"));
    m_save = new QPushButton(tr("Save sign-&in settings"), this);
    connect(m_save, &QPushButton::clicked, this, &SignInSettingsBox::save);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Sign-in settings message"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Passwords &expire after:"), m_passwordDays);
    form->addRow(tr("&Lock an idle desk after:"), m_idleMinutes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(m_message);
    load();
    setActingUser(std::nullopt);
}

void SignInSettingsBox::setActingUser(const std::optional<Principal> &user)
{
    m_user = user;
    const QString refusal = PermissionNotice::refusal(user, Permission::ManageSettings, tr("change sign-in settings"));
    m_save->setEnabled(refusal.isEmpty());
    m_save->setToolTip(refusal);
}

QString SignInSettingsBox::messageText() const
{
    return m_message->text();
}

void SignInSettingsBox::load()
{
    const AuthSettings settings(m_workspace.database());
    m_passwordDays->setValue(settings.passwordMaxAgeDays());
    m_idleMinutes->setValue(settings.idleLockMinutes());
}

bool SignInSettingsBox::save()
{
    if (!m_user) {
        m_message->setText(tr("⚠ Not saved: nobody is signed in."));
        return false;
    }
    // Both need manage_settings, so a refusal comes at the first and leaves both unchanged.
    for (const auto &[key, value] : {std::pair{AuthSettings::passwordMaxAgeDaysKey(), m_passwordDays->value()},
                                     std::pair{AuthSettings::idleLockMinutesKey(), m_idleMinutes->value()}}) {
        if (auto saved = m_workspace.settings().setValue(key, QString::number(value), *m_user); !saved) {
            m_message->setText(tr("⚠ Not saved: %1").arg(saved.error().message));
            return false;
        }
    }
    m_message->setText(tr("Saved. A new idle time applies from the next sign-in."));
    return true;
}

} // namespace Lexecon::Ui
