#include "MainWindow.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/FirstRunDialog.h"
#include "auth/MfaEnrolDialog.h"
#include "auth/QrCodeImage.h"
#include "auth/SessionController.h"
#include "auth/SignInDialog.h"

#include "auth/AuthService.h"
#include "auth/MfaService.h"
#include "auth/UserService.h"
#include "ledger/LedgerStore.h"
#include "mock/MockClock.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
constexpr qint64 kMinute = 60 * 1000;
const QString kPassword = QStringLiteral("Violet-Harbour-93!");
const QString kNewPassword = QStringLiteral("Granite_Meadow_58?");

// The code a phone would show at ms, from the real oathtool (RFC 6238, SHA-1, 30 s, 6 digits).
QString oathtool(const QString &secretBase32, qint64 ms)
{
    QProcess p;
    p.start(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("-b"), QStringLiteral("-N"),
                                         QStringLiteral("@%1").arg(ms / 1000), secretBase32});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        qFatal("oathtool failed: %s", p.readAllStandardError().constData());
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}
} // namespace

// The sign-in dialogs over a real workspace, offscreen: first run, password and second factor,
// the core's refusals shown in place, enrolment read back from the QR code by zbarimg, password
// change, and the idle lock that keeps the window's work behind a re-authentication.
class TestSignIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;

    void addUser(const QString &name, Role role)
    {
        auto added = m_ws->users().add(name, role, *m_ws->users().principalFor(QStringLiteral("ada")));
        QVERIFY2(added, qPrintable(added.error().message));
        auto set = m_ws->auth().setPassword(name, kPassword, Principal::system());
        QVERIFY2(set, qPrintable(set.error().message));
    }

    void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    qint64 ledgerCount(const QString &type)
    {
        LedgerStore ledger(m_ws->database());
        auto entries = ledger.entries(0, 100000);
        if (!entries)
            return -1;
        qint64 n = 0;
        for (const auto &e : *entries)
            n += e.type == type ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ws.reset();
        QDir(m_dir.path()).removeRecursively();
        m_clock.setMs(kStartMs);
        auto ws = Workspace::open(m_dir.path() + QStringLiteral("/ws"), m_clock, true);
        QVERIFY2(ws, qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        // The first user of a workspace is its administrator.
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()));
    }

    void cleanup() { m_ws.reset(); }

    void firstRunCreatesTheAdministratorWithAPassword()
    {
        // A workspace of its own: the first-run dialog appears only while there are no users.
        auto fresh = Workspace::open(m_dir.path() + QStringLiteral("/fresh"), m_clock, true);
        QVERIFY2(fresh, qPrintable(fresh.error().message));
        Workspace &ws = **fresh;
        Ui::FirstRunDialog dialog(ws.users(), ws.auth());
        type(dialog.nameEdit(), QStringLiteral("ada"));
        type(dialog.passwordEdit(), QStringLiteral("password1234"));
        QVERIFY(!dialog.createButton()->isEnabled()); // the rules are shown while typing
        type(dialog.passwordEdit(), kPassword);
        type(dialog.repeatEdit(), kPassword);
        QVERIFY(dialog.createButton()->isEnabled());
        dialog.createButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.principal());
        QCOMPARE(dialog.principal()->role(), Role::Admin);
        QVERIFY(ws.auth().signIn(QStringLiteral("ada"), kPassword).signedIn());
    }

    void aWrongPasswordIsRefusedInPlaceAndFiveLockTheAccount()
    {
        addUser(QStringLiteral("olivia"), Role::ComplianceOfficer);
        Ui::SignInDialog dialog(m_ws->auth(), m_ws->mfa());
        type(dialog.userEdit(), QStringLiteral("olivia"));
        for (int i = 0; i < 5; ++i) {
            type(dialog.passwordEdit(), QStringLiteral("Wrong-Password-%1!").arg(i));
            dialog.signInButton()->click();
            QVERIFY(!dialog.principal());
            QVERIFY(!dialog.errorText().isEmpty());
        }
        QCOMPARE(dialog.lastResult().status, SignInResult::Status::Locked);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("30")), qPrintable(dialog.errorText()));
        // The right password does not help while locked.
        type(dialog.passwordEdit(), kPassword);
        dialog.signInButton()->click();
        QVERIFY(!dialog.principal());
        QCOMPARE(dialog.lastResult().status, SignInResult::Status::Locked);
        QCOMPARE(ledgerCount(QStringLiteral("account_locked")), 1);
    }

    void withTwoFactorThePasswordAloneNeverSignsIn()
    {
        addUser(QStringLiteral("olivia"), Role::ComplianceOfficer);
        auto enrolment = m_ws->mfa().beginEnrolment(QStringLiteral("olivia"), Principal::system());
        QVERIFY2(enrolment, qPrintable(enrolment.error().message));
        QVERIFY(m_ws->mfa().confirmEnrolment(QStringLiteral("olivia"), oathtool(enrolment->secretBase32, m_clock.nowMs())));

        Ui::SignInDialog dialog(m_ws->auth(), m_ws->mfa());
        type(dialog.userEdit(), QStringLiteral("olivia"));
        type(dialog.passwordEdit(), kPassword);
        QVERIFY(!dialog.codeEdit()->isVisibleTo(&dialog));
        dialog.signInButton()->click();
        QVERIFY(!dialog.principal());
        QCOMPARE(dialog.lastResult().status, SignInResult::Status::SecondFactorRequired);
        QVERIFY(dialog.codeEdit()->isVisibleTo(&dialog));

        // The code used to confirm is spent; the next step's code signs in.
        m_clock.advanceMs(30000);
        type(dialog.codeEdit(), QStringLiteral("000000") == oathtool(enrolment->secretBase32, m_clock.nowMs())
                                    ? QStringLiteral("111111")
                                    : QStringLiteral("000000"));
        dialog.signInButton()->click();
        QVERIFY(!dialog.principal());
        QVERIFY(!dialog.errorText().isEmpty());
        type(dialog.codeEdit(), oathtool(enrolment->secretBase32, m_clock.nowMs()));
        dialog.signInButton()->click();
        QVERIFY2(dialog.principal(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.principal()->name(), QStringLiteral("olivia"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aBackupCodeSignsInOnce()
    {
        addUser(QStringLiteral("olivia"), Role::ComplianceOfficer);
        auto enrolment = m_ws->mfa().beginEnrolment(QStringLiteral("olivia"), Principal::system());
        QVERIFY(enrolment);
        QVERIFY(m_ws->mfa().confirmEnrolment(QStringLiteral("olivia"), oathtool(enrolment->secretBase32, m_clock.nowMs())));
        for (int attempt = 0; attempt < 2; ++attempt) {
            Ui::SignInDialog dialog(m_ws->auth(), m_ws->mfa());
            type(dialog.userEdit(), QStringLiteral("olivia"));
            type(dialog.passwordEdit(), kPassword);
            dialog.signInButton()->click();
            dialog.backupCodeBox()->setChecked(true);
            type(dialog.codeEdit(), enrolment->backupCodes.first());
            dialog.signInButton()->click();
            QCOMPARE(bool(dialog.principal()), attempt == 0);
        }
    }

    void theEnrolmentQrCodeReadsBackAsTheUri()
    {
        addUser(QStringLiteral("olivia"), Role::ComplianceOfficer);
        auto enrolment = m_ws->mfa().beginEnrolment(QStringLiteral("olivia"), Principal::system());
        QVERIFY(enrolment);
        Ui::MfaEnrolDialog dialog(m_ws->mfa(), QStringLiteral("olivia"), *enrolment);
        const QString png = m_dir.path() + QStringLiteral("/qr.png");
        QVERIFY(dialog.qrLabel()->pixmap().save(png, "PNG"));
        // zbarimg decodes the picture as a phone's camera would.
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QVERIFY(zbar.waitForFinished(20000));
        QCOMPARE(zbar.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), enrolment->otpauthUri);
        QVERIFY(enrolment->otpauthUri.startsWith(QStringLiteral("otpauth://totp/")));
        QCOMPARE(dialog.backupCodesView()->toPlainText().split(QLatin1Char('\n')).size(), 10);

        // A wrong code keeps the dialog open with the core's sentence; the right one turns MFA on.
        dialog.codeEdit()->setText(QStringLiteral("123456") == oathtool(enrolment->secretBase32, m_clock.nowMs())
                                       ? QStringLiteral("654321")
                                       : QStringLiteral("123456"));
        dialog.confirmButton()->click();
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!m_ws->mfa().status(QStringLiteral("olivia"))->enabled);
        dialog.codeEdit()->setText(oathtool(enrolment->secretBase32, m_clock.nowMs()));
        dialog.confirmButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_ws->mfa().status(QStringLiteral("olivia"))->enabled);
    }

    void changingThePasswordFollowsTheRulesAndTheHistory()
    {
        addUser(QStringLiteral("olivia"), Role::ComplianceOfficer);
        Ui::ChangePasswordDialog dialog(m_ws->auth(), QStringLiteral("olivia"));
        type(dialog.currentEdit(), kPassword);
        type(dialog.newEdit(), QStringLiteral("abcdefgh"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.hintText().isEmpty());
        // The same password again passes the rules but not the history: the core says so.
        type(dialog.newEdit(), kPassword);
        type(dialog.repeatEdit(), kPassword);
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.okButton()->click();
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        type(dialog.newEdit(), kNewPassword);
        type(dialog.repeatEdit(), kNewPassword);
        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_ws->auth().signIn(QStringLiteral("olivia"), kNewPassword).signedIn());
        QVERIFY(!m_ws->auth().signIn(QStringLiteral("olivia"), kPassword).signedIn());
    }

    // With two-factor sign-in on, the dialog asks for the code once the core says the password
    // was right but a code is missing, and the change goes through with it.
    void changingThePasswordAsksForTheCodeWithMfaOn()
    {
        addUser(QStringLiteral("olivia"), Role::ComplianceOfficer);
        auto enrolment = m_ws->mfa().beginEnrolment(QStringLiteral("olivia"), Principal::system());
        QVERIFY(enrolment);
        QVERIFY(m_ws->mfa().confirmEnrolment(QStringLiteral("olivia"), oathtool(enrolment->secretBase32, m_clock.nowMs())));
        m_clock.advanceSeconds(30);

        Ui::ChangePasswordDialog dialog(m_ws->auth(), QStringLiteral("olivia"));
        dialog.show();
        QVERIFY(dialog.codeEdit()->isHidden());
        type(dialog.currentEdit(), kPassword);
        type(dialog.newEdit(), kNewPassword);
        type(dialog.repeatEdit(), kNewPassword);
        dialog.okButton()->click();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(dialog.codeEdit()->isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!dialog.okButton()->isEnabled()); // until a code is typed
        type(dialog.codeEdit(), oathtool(enrolment->secretBase32, m_clock.nowMs()));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_ws->auth().signIn(QStringLiteral("olivia"), kNewPassword).status,
                 SignInResult::Status::SecondFactorRequired);
    }

    void idleTimeLocksTheWindowAndTheSameUserUnlocksIt()
    {
        addUser(QStringLiteral("olivia"), Role::ComplianceOfficer);
        auto signedIn = m_ws->auth().signIn(QStringLiteral("olivia"), kPassword);
        QVERIFY(signedIn.signedIn());
        Ui::MainWindow window(*m_ws);
        window.show();
        window.setActingUser(*signedIn.principal);
        QVERIFY(window.centralWidget()->isVisible());
        m_clock.advanceMs(16 * kMinute);
        window.session().poll();
        QVERIFY(window.session().isLocked());
        QVERIFY(!window.centralWidget()->isVisible());
        auto *dialog = window.findChild<Ui::SignInDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->userEdit()->isReadOnly());
        QCOMPARE(dialog->userEdit()->text(), QStringLiteral("olivia"));
        type(dialog->passwordEdit(), kPassword);
        dialog->signInButton()->click();
        QVERIFY(!window.session().isLocked());
        QVERIFY(window.centralWidget()->isVisible());
    }
};

QTEST_MAIN(TestSignIn)
#include "TestSignIn.moc"
