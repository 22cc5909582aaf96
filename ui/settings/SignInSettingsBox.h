#pragma once

#include "auth/Principal.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

// How long a password lasts and after how much idle time a desk locks (AuthSettings), for the
// whole workspace. Saved as the acting user with manage_settings; 0 turns either off. The idle
// lock takes the new time at the next sign-in.
class SignInSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit SignInSettingsBox(Workspace &workspace, QWidget *parent = nullptr);

    void setActingUser(const std::optional<Principal> &user);

    QSpinBox *passwordDaysBox() const { return m_passwordDays; }
    QSpinBox *idleMinutesBox() const { return m_idleMinutes; }
    QPushButton *saveButton() const { return m_save; }
    QString messageText() const;

public Q_SLOTS:
    void load();
    bool save();

private:
    Workspace &m_workspace;
    std::optional<Principal> m_user;
    QSpinBox *m_passwordDays = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Lexecon::Ui
