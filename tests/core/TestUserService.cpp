#include "auth/UserService.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

Q_DECLARE_METATYPE(Lexecon::Role)

class TestUserService : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<UserService> m_users;
    const Principal m_system = Principal::system(QStringLiteral("system"));
    const Principal m_admin = Principal::user(QStringLiteral("root"), Role::Admin);

    LedgerEntry lastEntry()
    {
        LedgerStore store(m_fx.db);
        return store.entry(store.size().value() - 1).value();
    }

private Q_SLOTS:
    void init()
    {
        m_users.reset();
        auto opened = m_fx.open({{QStringLiteral("node_id"), QStringLiteral("node-test")}});
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_users = std::make_unique<UserService>(m_fx.db, *m_fx.ledger, m_fx.clock);
    }

    void firstUserMustBeAdmin_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("viewer") << Role::Viewer << false;
        QTest::newRow("auditor") << Role::Auditor << false;
        QTest::newRow("compliance officer") << Role::ComplianceOfficer << false;
        QTest::newRow("admin") << Role::Admin << true;
    }

    void firstUserMustBeAdmin()
    {
        QFETCH(Role, role);
        QFETCH(bool, accepted);
        // The system principal (init) has no ManageUsers, but the first user needs none.
        auto r = m_users->add(QStringLiteral("alice"), role, m_system);
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.error().field, QStringLiteral("role"));
            QVERIFY(r.error().message.contains(QLatin1String("first user")));
            QCOMPARE(m_users->count().value(), 0);
            QCOMPARE(LedgerStore(m_fx.db).size().value(), 1); // nothing appended after genesis
            return;
        }
        QCOMPARE(r->createdBy, QStringLiteral("system"));
        const LedgerEntry e = lastEntry();
        QCOMPARE(e.type, QStringLiteral("user_created"));
        QCOMPARE(e.actor, QStringLiteral("system"));
        QCOMPARE(e.payload.value(QStringLiteral("name")).toString(), QStringLiteral("alice"));
        QCOMPARE(e.payload.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    }

    void laterUsersNeedManageUsers_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("system") << 0 << false;
        QTest::newRow("viewer") << 1 << false;
        QTest::newRow("compliance officer") << 2 << false;
        QTest::newRow("api key without scope") << 3 << false;
        QTest::newRow("api key with manage_users") << 4 << true;
        QTest::newRow("admin") << 5 << true;
    }

    void laterUsersNeedManageUsers()
    {
        QFETCH(int, who);
        QFETCH(bool, accepted);
        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, m_system).ok());
        const QList<Principal> principals{m_system,
                                          Principal::user(QStringLiteral("v"), Role::Viewer),
                                          Principal::user(QStringLiteral("c"), Role::ComplianceOfficer),
                                          Principal::apiKey(QStringLiteral("bot"), {Permission::Decide}),
                                          Principal::apiKey(QStringLiteral("ops"), {Permission::ManageUsers}),
                                          m_admin};
        auto r = m_users->add(QStringLiteral("bob"), Role::Viewer, principals.at(who));
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(r.error().code, Error::Code::Forbidden);
            QVERIFY(r.error().message.contains(QLatin1String("manage_users")));
        }
        QCOMPARE(m_users->count().value(), accepted ? 2 : 1);
    }

    void nameValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one char") << QStringLiteral("a") << true;
        QTest::newRow("all allowed") << QStringLiteral("Alice.B_c-d@example.org") << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << true;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading space") << QStringLiteral(" alice") << false;
        QTest::newRow("trailing space") << QStringLiteral("alice ") << false;
        QTest::newRow("inner space") << QStringLiteral("al ice") << false;
        QTest::newRow("slash") << QStringLiteral("al/ice") << false;
        QTest::newRow("non-ascii") << QStringLiteral("j\u00f6rg") << false;
        QTest::newRow("newline") << QStringLiteral("alice\n") << false;
    }

    void nameValidation()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        auto r = m_users->add(name, Role::Admin, m_system);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().code, Error::Code::InvalidInput);
            QCOMPARE(r.error().field, QStringLiteral("name"));
            QVERIFY(r.error().message.contains(QLatin1String("name")));
        } else {
            QCOMPARE(m_users->find(name)->name, name);
        }
    }

    void duplicateIsConflictIgnoringCase()
    {
        QVERIFY(m_users->add(QStringLiteral("alice"), Role::Admin, m_system).ok());
        auto again = m_users->add(QStringLiteral("Alice"), Role::Viewer, m_admin);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(m_users->count().value(), 1);
        // Lookups ignore case too and return the stored spelling.
        QCOMPARE(m_users->find(QStringLiteral("ALICE"))->name, QStringLiteral("alice"));
    }

    void findAndPrincipalFor()
    {
        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, m_system).ok());
        m_fx.clock.advanceMinutes(1);
        QVERIFY(m_users->add(QStringLiteral("carol"), Role::ComplianceOfficer, m_admin).ok());
        auto carol = m_users->find(QStringLiteral("carol"));
        QVERIFY(carol.ok());
        QCOMPARE(carol->role, Role::ComplianceOfficer);
        QCOMPARE(carol->createdBy, QStringLiteral("user:root"));
        QCOMPARE(carol->createdAt, QStringLiteral("2026-11-22T10:01:00.000Z"));
        auto p = m_users->principalFor(QStringLiteral("carol"));
        QVERIFY(p.ok());
        QCOMPARE(p->ledgerActor(), QStringLiteral("user:carol"));
        QVERIFY(p->can(Permission::CreateOverride));
        QVERIFY(!p->can(Permission::ManageUsers));

        auto missing = m_users->principalFor(QStringLiteral("mallory"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QCOMPARE(missing.error().message,
                 QStringLiteral("no user named mallory; add one with `lexecon-cli user add mallory --role ...`"));

        auto list = m_users->list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("carol"));
        QCOMPARE(list->at(1).name, QStringLiteral("root"));
    }

    void setRoleAppendsLedgerEntry()
    {
        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, m_system).ok());
        QVERIFY(m_users->add(QStringLiteral("dave"), Role::Viewer, m_admin).ok());
        auto denied = m_users->setRole(QStringLiteral("dave"), Role::Admin,
                                       Principal::user(QStringLiteral("dave"), Role::Viewer));
        QCOMPARE(denied.error().code, Error::Code::Forbidden);
        auto r = m_users->setRole(QStringLiteral("dave"), Role::Auditor, m_admin);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->role, Role::Auditor);
        QCOMPARE(m_users->find(QStringLiteral("dave"))->role, Role::Auditor);
        const LedgerEntry e = lastEntry();
        QCOMPARE(e.type, QStringLiteral("user_role_changed"));
        QCOMPARE(e.actor, QStringLiteral("user:root"));
        QCOMPARE(e.payload.value(QStringLiteral("from")).toString(), QStringLiteral("viewer"));
        QCOMPARE(e.payload.value(QStringLiteral("role")).toString(), QStringLiteral("auditor"));
        QCOMPARE(m_users->setRole(QStringLiteral("dave"), Role::Auditor, m_admin).error().code, Error::Code::Conflict);
        QCOMPARE(m_users->setRole(QStringLiteral("nobody"), Role::Auditor, m_admin).error().code,
                 Error::Code::NotFound);
    }

    void lastAdminIsProtected()
    {
        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, m_system).ok());
        const qint64 before = LedgerStore(m_fx.db).size().value();
        auto demote = m_users->setRole(QStringLiteral("root"), Role::Viewer, m_admin);
        QCOMPARE(demote.error().code, Error::Code::Conflict);
        QVERIFY(demote.error().message.contains(QLatin1String("last enabled admin")));
        QCOMPARE(m_users->disable(QStringLiteral("root"), m_admin).error().code, Error::Code::Conflict);
        QCOMPARE(LedgerStore(m_fx.db).size().value(), before); // refusals append nothing
        // With a second admin, the first may step down.
        QVERIFY(m_users->add(QStringLiteral("erin"), Role::Admin, m_admin).ok());
        QVERIFY(m_users->setRole(QStringLiteral("root"), Role::ComplianceOfficer, m_admin).ok());
    }

    void disableAndEnable()
    {
        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, m_system).ok());
        QVERIFY(m_users->add(QStringLiteral("frank"), Role::Auditor, m_admin).ok());
        QCOMPARE(
            m_users->disable(QStringLiteral("frank"), Principal::user(QStringLiteral("x"), Role::Auditor)).error().code,
            Error::Code::Forbidden);
        auto d = m_users->disable(QStringLiteral("frank"), m_admin);
        QVERIFY(d.ok());
        QVERIFY(d->disabled);
        QCOMPARE(lastEntry().type, QStringLiteral("user_disabled"));
        auto p = m_users->principalFor(QStringLiteral("frank"));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, Error::Code::Forbidden);
        QVERIFY(p.error().message.contains(QLatin1String("disabled")));
        QCOMPARE(m_users->disable(QStringLiteral("frank"), m_admin).error().code, Error::Code::Conflict);
        QVERIFY(m_users->enable(QStringLiteral("frank"), m_admin).ok());
        QCOMPARE(lastEntry().type, QStringLiteral("user_enabled"));
        QVERIFY(m_users->principalFor(QStringLiteral("frank")).ok());
    }

    void usersAreNeverDeleted()
    {
        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, m_system).ok());
        QSqlDatabase conn = m_fx.db->connection();
        QVERIFY(!Sql::exec(conn, QStringLiteral("DELETE FROM users")).ok());
        QCOMPARE(m_users->count().value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
