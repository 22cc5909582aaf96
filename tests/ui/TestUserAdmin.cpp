#include "admin/AddUserDialog.h"
#include "admin/UserAdminView.h"

#include "auth/AuthService.h"
#include "auth/MfaService.h"
#include "auth/UserService.h"
#include "mock/MockClock.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
const QString kPassword = QStringLiteral("Violet-Harbour-93!");
}

// The Administration screen over a real workspace: what a viewer sees, and an administrator
// adding a user, changing a role, disabling, resetting a password and requiring MFA per role —
// each checked in the core afterwards, and each refusal of the core shown in place.
class TestUserAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<Workspace> m_ws;
    Principal m_admin = Principal::system();

private Q_SLOTS:
    void init()
    {
        m_ws.reset();
        QDir(m_dir.path()).removeRecursively();
        auto ws = Workspace::open(m_dir.path() + QStringLiteral("/ws"), m_clock, true);
        QVERIFY2(ws, qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()));
        m_admin = *m_ws->users().principalFor(QStringLiteral("ada"));
        QVERIFY(m_ws->users().add(QStringLiteral("victor"), Role::Viewer, m_admin));
    }

    void cleanup() { m_ws.reset(); }

    void aViewerSeesTheUsersButMayNotChangeThem()
    {
        Ui::UserAdminView view(m_ws->users(), m_ws->auth(), m_ws->mfa());
        view.setActingUser(*m_ws->users().principalFor(QStringLiteral("victor")));
        QCOMPARE(view.table()->rowCount(), 2);
        QVERIFY(view.selectUser(QStringLiteral("ada")));
        for (QPushButton *button : view.findChildren<QPushButton *>())
            QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        QVERIFY(!view.mfaRequiredBox(Role::Admin)->isEnabled());
        // The core refuses as well, and the view says so.
        view.changeRole(Role::Admin);
        QVERIFY(view.errorText().contains(QStringLiteral("manage_users")));
        QCOMPARE(m_ws->users().find(QStringLiteral("ada"))->role, Role::Admin);
    }

    void anAdministratorAddsAUserWithAPassword()
    {
        Ui::AddUserDialog dialog(m_ws->users(), m_ws->auth(), m_admin);
        dialog.nameEdit()->setText(QStringLiteral("olivia"));
        dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(QStringLiteral("compliance_officer")));
        dialog.passwordEdit()->setText(QStringLiteral("olivia"));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.passwordEdit()->setText(kPassword);
        dialog.repeatEdit()->setText(kPassword);
        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_ws->users().find(QStringLiteral("olivia"))->role, Role::ComplianceOfficer);
        QVERIFY(m_ws->auth().signIn(QStringLiteral("olivia"), kPassword).signedIn());

        // A taken name is the core's refusal, shown in the dialog.
        Ui::AddUserDialog again(m_ws->users(), m_ws->auth(), m_admin);
        again.nameEdit()->setText(QStringLiteral("Olivia"));
        again.passwordEdit()->setText(kPassword);
        again.repeatEdit()->setText(kPassword);
        again.okButton()->click();
        QVERIFY(again.result() != int(QDialog::Accepted));
        QVERIFY(!again.errorText().isEmpty());
    }

    void anAdministratorChangesRolesDisablesAndRequiresMfa()
    {
        Ui::UserAdminView view(m_ws->users(), m_ws->auth(), m_ws->mfa());
        view.setActingUser(m_admin);
        QVERIFY(view.selectUser(QStringLiteral("victor")));
        view.changeRole(Role::Auditor);
        QCOMPARE(m_ws->users().find(QStringLiteral("victor"))->role, Role::Auditor);
        view.setDisabled(true);
        QVERIFY(m_ws->users().find(QStringLiteral("victor"))->disabled);
        QVERIFY(view.table()->item(view.table()->currentRow(), 2)->text().contains(QStringLiteral("disabled")));

        // The last administrator cannot be demoted: the core's rule, shown in place.
        QVERIFY(view.selectUser(QStringLiteral("ada")));
        view.changeRole(Role::Viewer);
        QVERIFY(!view.errorText().isEmpty());
        QCOMPARE(m_ws->users().find(QStringLiteral("ada"))->role, Role::Admin);

        view.mfaRequiredBox(Role::Auditor)->setChecked(true);
        QVERIFY(m_ws->mfa().requiredRoles().contains(Role::Auditor));
        QVERIFY(view.table()->findItems(QStringLiteral("required by role"), Qt::MatchContains).size() >= 1);
    }

    void anAdministratorResetsAPassword()
    {
        QVERIFY(m_ws->auth().setPassword(QStringLiteral("victor"), kPassword, Principal::system()));
        Ui::AddUserDialog dialog(m_ws->users(), m_ws->auth(), m_admin);
        dialog.resetPasswordOf(QStringLiteral("victor"));
        QVERIFY(dialog.nameEdit()->isReadOnly());
        const QString fresh = QStringLiteral("Copper+Lantern+72");
        dialog.passwordEdit()->setText(fresh);
        dialog.repeatEdit()->setText(fresh);
        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_ws->auth().signIn(QStringLiteral("victor"), fresh).signedIn());
    }
};

QTEST_MAIN(TestUserAdmin)
#include "TestUserAdmin.moc"
