#include "admin/AddUserDialog.h"
#include "admin/AdministrationView.h"
#include "admin/IdentityProvidersPane.h"
#include "admin/UserAdminView.h"
#include "admin/UserIdentitiesDialog.h"

#include "auth/AuthService.h"
#include "auth/MfaService.h"
#include "auth/UserService.h"
#include "auth/oidc/OidcIdentityService.h"
#include "auth/oidc/OidcProviderStore.h"
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

    void anAdministratorConfiguresAnIdentityProvider()
    {
        Ui::AdministrationView admin(*m_ws);
        admin.setActingUser(*m_ws->users().principalFor(QStringLiteral("victor")));
        Ui::IdentityProvidersPane *pane = admin.providers();
        QVERIFY(!pane->addButton()->isEnabled());

        admin.setActingUser(m_admin);
        QVERIFY(pane->addButton()->isEnabled());
        pane->presetBox()->setCurrentIndex(3); // Keycloak
        pane->locationEdit()->setText(QStringLiteral("https://sso.example.org"));
        pane->extraEdit()->setText(QStringLiteral("compliance"));
        pane->clientIdEdit()->setText(QStringLiteral("lexecon-desktop"));
        pane->addButton()->click();
        QVERIFY2(pane->errorText().isEmpty(), qPrintable(pane->errorText()));
        QCOMPARE(pane->table()->rowCount(), 1);
        QVERIFY(pane->table()->item(0, 1)->text().contains(QStringLiteral("/realms/compliance")));
        OidcProviderStore store(m_ws->settings(), m_ws->node());
        QCOMPARE(store.list()->size(), 1);

        // A missing client id is refused with the core's sentence, and nothing is added.
        pane->presetBox()->setCurrentIndex(4); // Google
        pane->addButton()->click();
        QVERIFY(!pane->errorText().isEmpty());
        QCOMPARE(store.list()->size(), 1);

        pane->table()->selectRow(0);
        pane->removeButton()->click();
        QCOMPARE(store.list()->size(), 0);
    }

    void anAdministratorSetsAnEmailAndLinksAnIdentity()
    {
        OidcIdentityService identities(m_ws->database(), m_ws->ledger(), m_ws->clock(), m_ws->users());
        Ui::UserIdentitiesDialog dialog(identities, QStringLiteral("victor"), m_admin);
        dialog.emailEdit()->setText(QStringLiteral("victor@example.org"));
        dialog.saveEmail();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(*identities.email(QStringLiteral("victor")), QStringLiteral("victor@example.org"));
        dialog.issuerEdit()->setText(QStringLiteral("https://sso.example.org/realms/compliance"));
        dialog.subjectEdit()->setText(QStringLiteral("2f6c1e0a-77aa-4c1e-9d1b-0c5a1e2f3a4b"));
        dialog.link();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.linksTable()->rowCount(), 1);
        QCOMPARE(identities.links(QStringLiteral("victor"))->size(), 1);
        dialog.linksTable()->selectRow(0);
        dialog.unlinkSelected();
        QCOMPARE(identities.links(QStringLiteral("victor"))->size(), 0);

        // A viewer's attempt is the core's refusal.
        Ui::UserIdentitiesDialog refused(identities, QStringLiteral("ada"),
                                         *m_ws->users().principalFor(QStringLiteral("victor")));
        refused.emailEdit()->setText(QStringLiteral("ada@example.org"));
        refused.saveEmail();
        QVERIFY(!refused.errorText().isEmpty());
        QCOMPARE(*identities.email(QStringLiteral("ada")), QString());
    }
};

QTEST_MAIN(TestUserAdmin)
#include "TestUserAdmin.moc"
