#include "auth/AuthService.h"
#include "auth/MfaService.h"
#include "auth/Totp.h"
#include "auth/UserService.h"
#include "crypto/SecretBox.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QSqlRecord>
#include <QTest>

using namespace Lexecon;

// TOTP enrolment, sign-in with a second factor, backup codes and the admin's MFA settings.
class TestMfaService : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    SecureBytes m_fieldKey = SecretBox::newKey();
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<MfaService> m_mfa;
    const Principal m_admin = Principal::user(QStringLiteral("root"), Role::Admin);
    const QString m_password = QStringLiteral("Gx7#quiet-ferry");
    QByteArray m_secret;
    QStringList m_backupCodes;

    QString codeAt(int stepOffset) const
    {
        return Totp::codeAt(m_secret, Totp::stepAt(m_fx.clock.nowMs()) + stepOffset);
    }

    int countOf(const QString &type)
    {
        LedgerStore store(m_fx.db);
        const auto all = store.entries(0, store.size().value());
        int n = 0;
        for (const LedgerEntry &e : all.value())
            n += e.type == type ? 1 : 0;
        return n;
    }

    void enrolAnn()
    {
        auto enrolment =
            m_mfa->beginEnrolment(QStringLiteral("ann"), Principal::user(QStringLiteral("ann"), Role::Auditor));
        QVERIFY2(enrolment.ok(), qPrintable(enrolment.ok() ? QString() : enrolment.error().message));
        m_secret = Totp::fromBase32(enrolment->secretBase32).value();
        m_backupCodes = enrolment->backupCodes;
        QVERIFY(m_mfa->confirmEnrolment(QStringLiteral("ann"), codeAt(0)).ok());
        m_fx.clock.advanceSeconds(30); // the confirming code is spent; move to a fresh step
    }

private Q_SLOTS:
    void init()
    {
        m_mfa.reset();
        m_auth.reset();
        m_users.reset();
        QVERIFY(m_fx.open({{QStringLiteral("node_id"), QStringLiteral("node-test")}}).ok());
        m_users = std::make_unique<UserService>(m_fx.db, *m_fx.ledger, m_fx.clock);
        m_auth = std::make_unique<AuthService>(m_fx.db, *m_fx.ledger, m_fx.clock, m_fieldKey);
        m_mfa = std::make_unique<MfaService>(m_fx.db, *m_fx.ledger, m_fx.clock, *m_auth);
        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_users->add(QStringLiteral("ann"), Role::Auditor, m_admin).ok());
        QVERIFY(m_auth->setPassword(QStringLiteral("ann"), m_password, m_admin).ok());
    }

    void enrolmentIsPendingUntilConfirmed()
    {
        auto enrolment = m_mfa->beginEnrolment(QStringLiteral("ann"), m_admin);
        QVERIFY(enrolment.ok());
        QVERIFY(enrolment->otpauthUri.startsWith(QStringLiteral("otpauth://totp/Lexecon:ann?secret=") +
                                                 enrolment->secretBase32 + QStringLiteral("&issuer=Lexecon")));
        QCOMPARE(enrolment->backupCodes.size(), 10);
        QCOMPARE(QSet<QString>(enrolment->backupCodes.begin(), enrolment->backupCodes.end()).size(), 10);
        QVERIFY(m_mfa->status(QStringLiteral("ann"))->pending);
        // Pending: the password alone still signs in.
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), m_password).signedIn());

        m_secret = Totp::fromBase32(enrolment->secretBase32).value();
        QCOMPARE(m_secret.size(), 20);
        auto wrong = m_mfa->confirmEnrolment(QStringLiteral("ann"), QStringLiteral("000000") == codeAt(0)
                                                                        ? QStringLiteral("111111")
                                                                        : QStringLiteral("000000"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().field, QStringLiteral("totp"));
        QVERIFY(m_mfa->confirmEnrolment(QStringLiteral("ann"), codeAt(0)).ok());
        QVERIFY(m_mfa->status(QStringLiteral("ann"))->enabled);
        QCOMPARE(m_mfa->status(QStringLiteral("ann"))->backupCodesLeft, 10);
        // The confirming code counts as used.
        QCOMPARE(m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(codeAt(0))).status,
                 SignInResult::Status::Refused);
        QCOMPARE(countOf(QStringLiteral("mfa_enrolled")), 1);
        QCOMPARE(countOf(QStringLiteral("mfa_confirmed")), 1);
    }

    // The original issued a session on the password alone even with MFA on.
    void passwordAloneNeverSignsInWithMfaOn()
    {
        enrolAnn();
        const int signIns = countOf(QStringLiteral("sign_in"));
        const SignInResult alone = m_auth->signIn(QStringLiteral("ann"), m_password);
        QCOMPARE(alone.status, SignInResult::Status::SecondFactorRequired);
        QVERIFY(!alone.signedIn());
        QVERIFY(!alone.principal.has_value());
        for (const QString &junk : {QString(), QStringLiteral("      "), QStringLiteral("abcdef")}) {
            const SignInResult r = m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(junk));
            QVERIFY(!r.principal.has_value());
        }
        QCOMPARE(countOf(QStringLiteral("sign_in")), signIns);
        const SignInResult withCode = m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(codeAt(0)));
        QVERIFY2(withCode.signedIn(), qPrintable(withCode.message));
        QCOMPARE(countOf(QStringLiteral("sign_in")), signIns + 1);
    }

    void codesAreSingleUseWithinOneStep()
    {
        enrolAnn();
        const QString now = codeAt(0);
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(now)).signedIn());
        const SignInResult replay = m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(now));
        QCOMPARE(replay.reason, QStringLiteral("invalid_second_factor"));
        QVERIFY(!replay.principal.has_value());
        // An older step is refused after a newer one was used, though it is inside the window.
        m_fx.clock.advanceSeconds(30);
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(codeAt(0))).signedIn());
        QVERIFY(!m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(codeAt(-1))).signedIn());
    }

    void acceptsOneStepEitherSide_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("previous") << -1 << true;
        QTest::newRow("next") << 1 << true;
        QTest::newRow("two back") << -2 << false;
        QTest::newRow("two ahead") << 2 << false;
    }

    void acceptsOneStepEitherSide()
    {
        QFETCH(int, offset);
        QFETCH(bool, accepted);
        enrolAnn();
        m_fx.clock.advanceSeconds(90); // so "two back" is newer than the confirming step
        QCOMPARE(m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(codeAt(offset))).signedIn(),
                 accepted);
    }

    // A password alone must not let someone who stole it lock the owner out by changing it.
    void changingThePasswordNeedsTheCodeWithMfaOn()
    {
        enrolAnn();
        m_fx.clock.advanceSeconds(30);
        const QString next = QStringLiteral("Qv7#lantern-orchard");
        const int changes = countOf(QStringLiteral("password_changed"));

        auto alone = m_auth->changePassword(QStringLiteral("ann"), m_password, next);
        QVERIFY(!alone.ok());
        QCOMPARE(alone.error().field, QStringLiteral("code"));
        // A wrong password is refused as such, so the answer does not tell whether MFA is on.
        auto wrongPassword = m_auth->changePassword(QStringLiteral("ann"), QStringLiteral("not it"), next);
        QVERIFY(!wrongPassword.ok());
        QVERIFY(wrongPassword.error().field != QLatin1String("code"));

        auto wrongCode =
            m_auth->changePassword(QStringLiteral("ann"), m_password, next, SecondFactor::totp(QStringLiteral("000000") == codeAt(0) ? QStringLiteral("111111") : QStringLiteral("000000")));
        QVERIFY(!wrongCode.ok());
        QCOMPARE(countOf(QStringLiteral("password_changed")), changes);

        const QString code = codeAt(0);
        auto changed = m_auth->changePassword(QStringLiteral("ann"), m_password, next, SecondFactor::totp(code));
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
        QCOMPARE(countOf(QStringLiteral("password_changed")), changes + 1);
        // The code was claimed by the change: it does not sign in afterwards.
        QVERIFY(!m_auth->signIn(QStringLiteral("ann"), next, SecondFactor::totp(code)).signedIn());
        m_fx.clock.advanceSeconds(30);
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), next, SecondFactor::totp(codeAt(0))).signedIn());

        // A backup code confirms a change too, once.
        const QString backup = m_backupCodes.first();
        const QString third = QStringLiteral("Mz4!harbour-violet");
        QVERIFY(m_auth->changePassword(QStringLiteral("ann"), next, third, SecondFactor::backupCode(backup)).ok());
        QVERIFY(!m_auth->changePassword(QStringLiteral("ann"), third, next, SecondFactor::backupCode(backup)).ok());
        QCOMPARE(m_mfa->status(QStringLiteral("ann"))->backupCodesLeft, 9);
    }

    void wrongCodesWhileChangingThePasswordCountTowardsLockout()
    {
        enrolAnn();
        const QString next = QStringLiteral("Qv7#lantern-orchard");
        for (int i = 0; i < 5; ++i)
            (void)m_auth->changePassword(QStringLiteral("ann"), m_password, next, SecondFactor::totp(QStringLiteral("abcdef")));
        m_fx.clock.advanceSeconds(30);
        QCOMPARE(m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(codeAt(0))).status,
                 SignInResult::Status::Locked);
    }

    void wrongCodesCountTowardsLockout()
    {
        enrolAnn();
        for (int i = 0; i < 5; ++i)
            m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(QStringLiteral("000000")));
        const SignInResult r = m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(codeAt(0)));
        QCOMPARE(r.status, SignInResult::Status::Locked);
    }

    void backupCodesWorkOnce()
    {
        enrolAnn();
        const QString code = m_backupCodes.first().toUpper(); // case and '-' do not matter
        const SignInResult r = m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::backupCode(code));
        QVERIFY2(r.signedIn(), qPrintable(r.message));
        QCOMPARE(countOf(QStringLiteral("backup_code_used")), 1);
        QCOMPARE(m_mfa->status(QStringLiteral("ann"))->backupCodesLeft, 9);
        QVERIFY(!m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::backupCode(code)).signedIn());
        QVERIFY(
            !m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::backupCode(QStringLiteral("aaaaa-bbbbb")))
                 .signedIn());
    }

    void regenerateNeedsPasswordAndCode()
    {
        enrolAnn();
        QVERIFY(!m_mfa->regenerateBackupCodes(QStringLiteral("ann"), QStringLiteral("nope"), codeAt(0)).ok());
        QVERIFY(!m_mfa->regenerateBackupCodes(QStringLiteral("ann"), m_password, QStringLiteral("000001")).ok());
        auto fresh = m_mfa->regenerateBackupCodes(QStringLiteral("ann"), m_password, codeAt(0));
        QVERIFY2(fresh.ok(), qPrintable(fresh.ok() ? QString() : fresh.error().message));
        QCOMPARE(fresh->size(), 10);
        QCOMPARE(countOf(QStringLiteral("backup_codes_regenerated")), 1);
        QVERIFY(!m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::backupCode(m_backupCodes.first()))
                     .signedIn());
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::backupCode(fresh->first())).signedIn());
    }

    void disableNeedsPasswordAndCode()
    {
        enrolAnn();
        QVERIFY(!m_mfa->disable(QStringLiteral("ann"), m_password, QStringLiteral("000001")).ok());
        QVERIFY(m_mfa->disable(QStringLiteral("ann"), m_password, codeAt(0)).ok());
        QVERIFY(!m_mfa->status(QStringLiteral("ann"))->enabled);
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), m_password).signedIn());
        QCOMPARE(m_fx.rowCount(QStringLiteral("backup_codes")), 0);
    }

    void adminResetNeedsManageUsers()
    {
        enrolAnn();
        auto denied =
            m_mfa->reset(QStringLiteral("ann"), Principal::user(QStringLiteral("eve"), Role::ComplianceOfficer));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, Error::Code::Forbidden);
        QVERIFY(m_mfa->reset(QStringLiteral("ann"), m_admin).ok());
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), m_password).signedIn());
    }

    void roleRequirementBlocksPasswordOnlySignIn()
    {
        auto denied =
            m_mfa->setRequiredForRole(Role::Auditor, true, Principal::user(QStringLiteral("ann"), Role::Auditor));
        QCOMPARE(denied.error().code, Error::Code::Forbidden);
        QVERIFY(m_mfa->setRequiredForRole(Role::Auditor, true, m_admin).ok());
        QVERIFY(m_mfa->setRequiredForRole(Role::Viewer, true, m_admin).ok());
        QCOMPARE(m_mfa->requiredRoles(), (QSet<Role>{Role::Auditor, Role::Viewer}));
        QCOMPARE(countOf(QStringLiteral("mfa_required_changed")), 2);

        const SignInResult r = m_auth->signIn(QStringLiteral("ann"), m_password);
        QCOMPARE(r.status, SignInResult::Status::EnrolmentRequired);
        QVERIFY(!r.principal.has_value());
        QVERIFY(!m_mfa->beginEnrolmentWithPassword(QStringLiteral("ann"), QStringLiteral("nope")).ok());
        auto enrolment = m_mfa->beginEnrolmentWithPassword(QStringLiteral("ann"), m_password);
        QVERIFY(enrolment.ok());
        m_secret = Totp::fromBase32(enrolment->secretBase32).value();
        QVERIFY(m_mfa->confirmEnrolment(QStringLiteral("ann"), codeAt(0)).ok());
        m_fx.clock.advanceSeconds(30);
        QCOMPARE(m_auth->signIn(QStringLiteral("ann"), m_password).status, SignInResult::Status::SecondFactorRequired);
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::totp(codeAt(0))).signedIn());
        // A required factor cannot be switched off by the user.
        m_fx.clock.advanceSeconds(30);
        QCOMPARE(m_mfa->disable(QStringLiteral("ann"), m_password, codeAt(0)).error().code, Error::Code::Conflict);
        QVERIFY(m_mfa->setRequiredForRole(Role::Auditor, false, m_admin).ok());
        QCOMPARE(m_mfa->requiredRoles(), QSet<Role>{Role::Viewer});
    }

    void noSecretInTheDatabaseOrLedger()
    {
        enrolAnn();
        m_auth->signIn(QStringLiteral("ann"), m_password, SecondFactor::backupCode(m_backupCodes.at(1)));
        const QByteArray base32 = Totp::toBase32(m_secret).toLatin1();
        QVERIFY(m_fx.ledger);
        m_fx.ledger->shutdown();
        int leaks = 0;
        for (const QString &table : {QStringLiteral("totp_secrets"), QStringLiteral("backup_codes"),
                                     QStringLiteral("credentials"), QStringLiteral("ledger_entries")}) {
            QSqlDatabase conn = m_fx.db->connection();
            auto q = Sql::exec(conn, QStringLiteral("SELECT * FROM %1").arg(table));
            QVERIFY(q.ok());
            while (q->next())
                for (int c = 0; c < q->record().count(); ++c) {
                    const QByteArray v = q->value(c).toByteArray();
                    leaks += v.contains(m_secret) || v.contains(base32) || v.contains(m_password.toUtf8()) ? 1 : 0;
                    for (const QString &code : std::as_const(m_backupCodes))
                        leaks += v.contains(code.toLatin1()) ||
                                 v.contains(CredentialStore::normaliseBackupCode(code).toLatin1());
                }
        }
        QCOMPARE(leaks, 0);
    }
};

QTEST_GUILESS_MAIN(TestMfaService)
#include "TestMfaService.moc"
