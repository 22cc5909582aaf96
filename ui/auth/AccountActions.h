#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

class SessionController;

// The Account menu of the signed-in user: change password, set up or manage two-factor
// sign-in, lock the workstation (Ctrl+L) and sign out. Every act goes through the core
// (AuthService, MfaService) as that user; the menu is disabled while nobody is signed in.
class AccountActions : public QObject
{
    Q_OBJECT
public:
    AccountActions(Workspace &workspace, SessionController &session, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *lockAction() const { return m_lock; }
    QAction *signOutAction() const { return m_signOut; }
    void updateState();

private:
    void changePassword();
    void twoFactor();
    void manageTwoFactor(const QString &name);

    Workspace &m_workspace;
    SessionController &m_session;
    QWidget *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_password = nullptr;
    QAction *m_mfa = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_signOut = nullptr;
};

} // namespace Lexecon::Ui
