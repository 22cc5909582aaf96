#include "AccountActions.h"

#include "ChangePasswordDialog.h"
#include "MfaEnrolDialog.h"
#include "SessionController.h"
#include "auth/MfaService.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QPushButton>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace Lexecon::Ui {

AccountActions::AccountActions(Workspace &workspace, SessionController &session, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_session(session)
    , m_window(window)
{
    m_menu = new QMenu(tr("&Account"), window);
    m_password = m_menu->addAction(tr("Change &password…"), this, &AccountActions::changePassword);
    m_mfa = m_menu->addAction(tr("&Two-factor sign-in…"), this, &AccountActions::twoFactor);
    m_menu->addSeparator();
    m_lock = m_menu->addAction(tr("&Lock workstation"), &m_session, &SessionController::lockNow);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOut = m_menu->addAction(tr("Sign &out"), &m_session, &SessionController::signOut);
    connect(&m_session, &SessionController::signedOut, this, &AccountActions::updateState);
    connect(&m_session, &SessionController::locked, this, &AccountActions::updateState);
    connect(&m_session, &SessionController::unlocked, this, &AccountActions::updateState);
    updateState();
}

void AccountActions::updateState()
{
    const bool active = m_session.guard().isSignedIn() && !m_session.isLocked();
    for (QAction *action : {m_password, m_mfa, m_lock, m_signOut})
        action->setEnabled(active);
}

void AccountActions::changePassword()
{
    const auto user = m_session.guard().principal();
    if (!user)
        return;
    ChangePasswordDialog dialog(m_workspace.auth(), user->name(), m_window);
    if (auto status = m_workspace.mfa().status(user->name()); status && status->enabled)
        dialog.setCodeRequired(true);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(m_window, tr("Password changed"), tr("Your password was changed."));
}

void AccountActions::twoFactor()
{
    const auto user = m_session.guard().principal();
    if (!user)
        return;
    auto status = m_workspace.mfa().status(user->name());
    if (!status) {
        QMessageBox::warning(m_window, tr("Two-factor sign-in"), status.error().message);
        return;
    }
    if (status->enabled) {
        manageTwoFactor(user->name());
        return;
    }
    auto enrolment = m_workspace.mfa().beginEnrolment(user->name(), *user);
    if (!enrolment) {
        QMessageBox::warning(m_window, tr("Two-factor sign-in"), enrolment.error().message);
        return;
    }
    MfaEnrolDialog dialog(m_workspace.mfa(), user->name(), *enrolment, m_window);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(m_window, tr("Two-factor sign-in"),
                                 tr("Two-factor sign-in is on. From now on you sign in with your password and a code."));
}

void AccountActions::manageTwoFactor(const QString &name)
{
    QMessageBox box(QMessageBox::Question, tr("Two-factor sign-in"),
                    tr("Two-factor sign-in is on for %1. Both changes below need your password and a current code.")
                        .arg(name),
                    QMessageBox::Cancel, m_window);
    QAbstractButton *regenerate = box.addButton(tr("New &backup codes"), QMessageBox::ActionRole);
    QAbstractButton *disable = box.addButton(tr("Turn &off"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() != regenerate && box.clickedButton() != disable)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(m_window, tr("Confirm with your password"), tr("Password:"),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString code = QInputDialog::getText(m_window, tr("Confirm with a code"),
                                               tr("Code your authenticator app shows now:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (!ok)
        return;
    if (box.clickedButton() == disable) {
        if (auto off = m_workspace.mfa().disable(name, password, code); !off)
            QMessageBox::warning(m_window, tr("Two-factor sign-in"), off.error().message);
        else
            QMessageBox::information(m_window, tr("Two-factor sign-in"), tr("Two-factor sign-in is off."));
        return;
    }
    auto codes = m_workspace.mfa().regenerateBackupCodes(name, password, code);
    if (!codes) {
        QMessageBox::warning(m_window, tr("Two-factor sign-in"), codes.error().message);
        return;
    }
    QInputDialog::getMultiLineText(m_window, tr("New backup codes"),
                                   tr("Your new backup codes (the old ones no longer work). They are shown only now:"),
                                   codes->join(QLatin1Char('\n')));
}

} // namespace Lexecon::Ui
