#include "auth/AuthService.h"
#include "auth/AuthSettings.h"
#include "auth/UserService.h"
#include "crypto/SecretBox.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QTest>

using namespace Lexecon;

// Passwords, lockout, expiry and history of local accounts, on a real database and ledger.
class TestAuthService : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    SecureBytes m_fieldKey = SecretBox::newKey();
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<AuthService> m_auth;
    const Principal m_system = Principal::system(QStringLiteral("cli"));
    const QString m_password = QStringLiteral("Gx7#quiet-ferry");

    QList<LedgerEntry> entriesOfType(const QString &type)
    {
        LedgerStore store(m_fx.db);
        QList<LedgerEntry> out;
        const auto all = store.entries(0, store.size().value());
        for (const LedgerEntry &e : all.value())
            if (e.type == type)
                out << e;
        return out;
    }

    void addUser(const QString &name, Role role)
    {
        QVERIFY(m_users->add(name, role, Principal::user(QStringLiteral("root"), Role::Admin)).ok());
        auto set = m_auth->setPassword(name, m_password, m_system);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
    }

private Q_SLOTS:
    void init()
    {
        m_auth.reset();
        m_users.reset();
        QVERIFY(m_fx.open({{QStringLiteral("node_id"), QStringLiteral("node-test")}}).ok());
        m_users = std::make_unique<UserService>(m_fx.db, *m_fx.ledger, m_fx.clock);
        m_auth = std::make_unique<AuthService>(m_fx.db, *m_fx.ledger, m_fx.clock, m_fieldKey);
        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, m_system).ok());
        addUser(QStringLiteral("ann"), Role::Auditor);
    }

    void signsInWithThePassword()
    {
        const qint64 before = m_fx.ledgerSize();
        const SignInResult r = m_auth->signIn(QStringLiteral("Ann"), m_password);
        QVERIFY2(r.signedIn(), qPrintable(r.message));
        QCOMPARE(r.principal->name(), QStringLiteral("ann"));
        QCOMPARE(r.principal->role(), Role::Auditor);
        QCOMPARE(m_fx.ledgerSize(), before + 1);
        const LedgerEntry e = entriesOfType(QStringLiteral("sign_in")).last();
        QCOMPARE(e.actor, QStringLiteral("user:ann"));
        QCOMPARE(e.payload.value(QStringLiteral("second_factor")).toString(), QStringLiteral("none"));
    }

    void refusesAWrongPasswordAndRecordsIt()
    {
        const SignInResult r = m_auth->signIn(QStringLiteral("ann"), QStringLiteral("Gx7#quiet-ferrx"));
        QVERIFY(!r.signedIn());
        QVERIFY(!r.principal.has_value());
        QCOMPARE(r.reason, QStringLiteral("invalid_credentials"));
        const auto failed = entriesOfType(QStringLiteral("sign_in_failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().payload.value(QStringLiteral("failures")).toInt(), 1);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT failed_count FROM credentials WHERE name_key = 'ann'")), 1);
    }

    void unknownUsersLookLikeWrongPasswordsAndStayBounded()
    {
        const SignInResult wrong = m_auth->signIn(QStringLiteral("ann"), QStringLiteral("nope"));
        const qint64 before = m_fx.ledgerSize();
        for (int i = 0; i < 20; ++i) {
            const SignInResult r = m_auth->signIn(QStringLiteral("ghost%1").arg(i), QStringLiteral("nope"));
            QCOMPARE(r.message, wrong.message);
            QCOMPARE(r.reason, wrong.reason);
        }
        QCOMPARE(m_fx.ledgerSize(), before + 1); // the first at once, the rest folded
        m_fx.clock.advanceMinutes(1);
        m_auth->signIn(QStringLiteral("ghost"), QStringLiteral("nope"));
        QCOMPARE(m_fx.ledgerSize(), before + 2);
        const auto unknown = entriesOfType(QStringLiteral("sign_in_failed"));
        QCOMPARE(unknown.last().payload.value(QStringLiteral("attempts")).toInt(), 20);
        QVERIFY(!unknown.last().payload.contains(QStringLiteral("user")));
    }

    void locksAfterFiveFailuresForThirtyMinutes()
    {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_auth->signIn(QStringLiteral("ann"), QStringLiteral("wrong")).status,
                     SignInResult::Status::Refused);
        const SignInResult fifth = m_auth->signIn(QStringLiteral("ann"), QStringLiteral("wrong"));
        QCOMPARE(fifth.status, SignInResult::Status::Locked);
        QCOMPARE(entriesOfType(QStringLiteral("account_locked")).size(), 1);

        // Even the right password is refused while locked, and nothing more is written.
        m_fx.clock.advanceMinutes(10);
        const qint64 before = m_fx.ledgerSize();
        const SignInResult locked = m_auth->signIn(QStringLiteral("ann"), m_password);
        QCOMPARE(locked.status, SignInResult::Status::Locked);
        QVERIFY(!locked.principal.has_value());
        QCOMPARE(locked.lockedForMs, qint64(20 * 60 * 1000));
        QVERIFY2(locked.message.contains(QLatin1String("20 minutes")), qPrintable(locked.message));
        QCOMPARE(m_fx.ledgerSize(), before);
        QVERIFY(!m_auth->changePassword(QStringLiteral("ann"), m_password, QStringLiteral("Hk8$other-lantern")).ok());

        m_fx.clock.advanceMinutes(20);
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), m_password).signedIn());
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT failed_count FROM credentials WHERE name_key = 'ann'")), 0);
    }

    // Five failures of a name without an account answer exactly as five of a real one, so the
    // lockout message does not tell a stranger which names exist.
    void unknownNamesLockLikeRealAccounts()
    {
        QList<SignInResult> real, ghost;
        for (int i = 0; i < 6; ++i) {
            real << m_auth->signIn(QStringLiteral("ann"), QStringLiteral("wrong"));
            ghost << m_auth->signIn(QStringLiteral("nobody-here"), QStringLiteral("wrong"));
        }
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(ghost.at(i).status, real.at(i).status);
            QCOMPARE(ghost.at(i).reason, real.at(i).reason);
            QCOMPARE(ghost.at(i).message, real.at(i).message);
            QCOMPARE(ghost.at(i).lockedForMs, real.at(i).lockedForMs);
        }
        QCOMPARE(ghost.last().status, SignInResult::Status::Locked);
        // Unknown names write no account rows.
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT COUNT(*) FROM credentials WHERE name_key = 'nobody-here'")), 0);
        m_fx.clock.advanceMinutes(31);
        QCOMPARE(m_auth->signIn(QStringLiteral("nobody-here"), QStringLiteral("wrong")).status,
                 SignInResult::Status::Refused);
    }

    void countStartsAfreshWhenALockoutEnds()
    {
        for (int i = 0; i < 5; ++i)
            m_auth->signIn(QStringLiteral("ann"), QStringLiteral("wrong"));
        m_fx.clock.advanceMinutes(31);
        const SignInResult r = m_auth->signIn(QStringLiteral("ann"), QStringLiteral("wrong"));
        QCOMPARE(r.status, SignInResult::Status::Refused);
        QCOMPARE(
            entriesOfType(QStringLiteral("sign_in_failed")).last().payload.value(QStringLiteral("failures")).toInt(),
            1);
    }

    void refusesADisabledUser()
    {
        QVERIFY(m_users->disable(QStringLiteral("ann"), Principal::user(QStringLiteral("root"), Role::Admin)).ok());
        const SignInResult r = m_auth->signIn(QStringLiteral("ann"), m_password);
        QCOMPARE(r.status, SignInResult::Status::Disabled);
        QVERIFY(!r.principal.has_value());
        QVERIFY(r.message.contains(QLatin1String("admin")));
    }

    void refusesAUserWithoutAPassword()
    {
        QVERIFY(m_users->add(QStringLiteral("bob"), Role::Viewer, Principal::user(QStringLiteral("root"), Role::Admin))
                    .ok());
        QVERIFY(!m_auth->signIn(QStringLiteral("bob"), QString()).signedIn());
        QVERIFY(!m_auth->signIn(QStringLiteral("bob"), m_password).signedIn());
    }

    void changeNeedsTheCurrentPassword()
    {
        const QString next = QStringLiteral("Hk8$other-lantern");
        auto wrong = m_auth->changePassword(QStringLiteral("ann"), QStringLiteral("not it"), next);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, Error::Code::Forbidden);
        QVERIFY(m_auth->changePassword(QStringLiteral("ann"), m_password, next).ok());
        QVERIFY(!m_auth->signIn(QStringLiteral("ann"), m_password).signedIn());
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), next).signedIn());
        QCOMPARE(
            entriesOfType(QStringLiteral("password_changed")).last().payload.value(QStringLiteral("how")).toString(),
            QStringLiteral("changed"));
        auto weak = m_auth->changePassword(QStringLiteral("ann"), next, QStringLiteral("Password123!"));
        QVERIFY(!weak.ok());
        QCOMPARE(weak.error().field, QStringLiteral("password"));
    }

    void refusesTheLastFivePasswords()
    {
        const QStringList passwords = {m_password,
                                       QStringLiteral("Hk8$other-lantern"),
                                       QStringLiteral("Jm3%brisk-meadow"),
                                       QStringLiteral("Lq5&amber-harbor"),
                                       QStringLiteral("Nw2*velvet-canyon"),
                                       QStringLiteral("Pz9@silent-orchid")};
        for (int i = 1; i < passwords.size(); ++i)
            QVERIFY(m_auth->changePassword(QStringLiteral("ann"), passwords.at(i - 1), passwords.at(i)).ok());
        // The last five (indices 1..5) are refused; the sixth-newest is allowed again.
        for (int i = 1; i < passwords.size() - 1; ++i) {
            auto reused = m_auth->setPassword(QStringLiteral("ann"), passwords.at(i), m_system);
            QVERIFY(!reused.ok());
            QVERIFY(reused.error().message.contains(QLatin1String("last 5")));
        }
        QVERIFY(m_auth->changePassword(QStringLiteral("ann"), passwords.last(), passwords.first()).ok());
    }

    void expiresAfterNinetyDaysConfigurably()
    {
        m_fx.clock.advanceHours(24 * 89);
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), m_password).signedIn());
        QVERIFY(!m_auth->passwordStatus(QStringLiteral("ann"))->expired);
        m_fx.clock.advanceHours(24);
        const SignInResult r = m_auth->signIn(QStringLiteral("ann"), m_password);
        QCOMPARE(r.status, SignInResult::Status::PasswordChangeRequired);
        QVERIFY(!r.principal.has_value());
        QVERIFY(m_auth->passwordStatus(QStringLiteral("ann"))->expired);
        const QString next = QStringLiteral("Hk8$other-lantern");
        QVERIFY(m_auth->changePassword(QStringLiteral("ann"), m_password, next).ok());
        QVERIFY(m_auth->signIn(QStringLiteral("ann"), next).signedIn());

        // 10 days, set in the settings table (what WorkspaceSettings writes).
        QVERIFY(m_fx.db
                    ->write([](QSqlDatabase &conn) {
                        return Sql::execOne(conn, QStringLiteral("INSERT INTO settings VALUES (?, '10', 'x', 'test')"),
                                            {AuthSettings::passwordMaxAgeDaysKey()});
                    })
                    .ok());
        m_fx.clock.advanceHours(24 * 10);
        QCOMPARE(m_auth->signIn(QStringLiteral("ann"), next).status, SignInResult::Status::PasswordChangeRequired);
    }

    void setPasswordNeedsManageUsers()
    {
        auto r = m_auth->setPassword(QStringLiteral("ann"), QStringLiteral("Hk8$other-lantern"),
                                     Principal::user(QStringLiteral("eve"), Role::Auditor));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        QVERIFY(m_auth
                    ->setPassword(QStringLiteral("ann"), QStringLiteral("Hk8$other-lantern"),
                                  Principal::user(QStringLiteral("root"), Role::Admin))
                    .ok());
    }

    void noPasswordOrHashInTheLedger()
    {
        m_auth->signIn(QStringLiteral("ann"), m_password);
        m_auth->signIn(QStringLiteral("ann"), QStringLiteral("Wrong#pass-word1"));
        LedgerStore store(m_fx.db);
        const QString hash = m_auth->store().read(QStringLiteral("ann"))->passwordHash;
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        int leaks = 0;
        QVERIFY(store
                    .scan(0,
                          [&](qint64, QByteArrayView, QByteArrayView canonical) {
                              const QByteArray bytes = canonical.toByteArray();
                              if (bytes.contains(m_password.toUtf8()) || bytes.contains("Wrong#pass-word1") ||
                                  bytes.contains("argon2"))
                                  ++leaks;
                              return true;
                          })
                    .ok());
        QCOMPARE(leaks, 0);
        QVERIFY(store.size().value() > 3);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "TestAuthService.moc"
