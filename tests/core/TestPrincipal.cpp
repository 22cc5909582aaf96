#include "auth/Principal.h"

#include <QTest>

using namespace Lexecon;

Q_DECLARE_METATYPE(Lexecon::Role)
Q_DECLARE_METATYPE(Lexecon::Permission)

class TestPrincipal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolePermissions_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Permission>("permission");
        QTest::addColumn<bool>("granted");
        QTest::newRow("viewer dashboard") << Role::Viewer << Permission::ViewDashboard << true;
        QTest::newRow("viewer override") << Role::Viewer << Permission::CreateOverride << false;
        QTest::newRow("viewer resolve") << Role::Viewer << Permission::ResolveEscalation << false;
        QTest::newRow("auditor logs") << Role::Auditor << Permission::ViewAuditLogs << true;
        QTest::newRow("auditor packet request") << Role::Auditor << Permission::RequestAuditPacket << true;
        QTest::newRow("auditor packet approve") << Role::Auditor << Permission::ApproveAuditPacket << false;
        QTest::newRow("auditor resolve") << Role::Auditor << Permission::ResolveEscalation << false;
        QTest::newRow("officer resolve") << Role::ComplianceOfficer << Permission::ResolveEscalation << true;
        QTest::newRow("officer override") << Role::ComplianceOfficer << Permission::CreateOverride << true;
        QTest::newRow("officer executive") << Role::ComplianceOfficer << Permission::CreateExecutiveOverride << false;
        QTest::newRow("officer users") << Role::ComplianceOfficer << Permission::ManageUsers << false;
        QTest::newRow("admin executive") << Role::Admin << Permission::CreateExecutiveOverride << true;
        QTest::newRow("admin users") << Role::Admin << Permission::ManageUsers << true;
    }
    void rolePermissions()
    {
        QFETCH(Role, role);
        QFETCH(Permission, permission);
        QFETCH(bool, granted);
        QCOMPARE(Principal::user(QStringLiteral("u"), role).can(permission), granted);
    }

    void refusalNamesWhoAndWhat()
    {
        const auto r = Principal::user(QStringLiteral("vera"), Role::Viewer).require(Permission::CreateOverride);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        QVERIFY(r.error().message.contains(QLatin1String("vera (viewer)")));
        QVERIFY(r.error().message.contains(QLatin1String("create_override")));
    }

    void apiKeysHaveOnlyTheirScopes()
    {
        const Principal key = Principal::apiKey(QStringLiteral("bot"), {Permission::Decide});
        QVERIFY(key.can(Permission::Decide));
        QVERIFY(!key.can(Permission::ResolveEscalation));
        QCOMPARE(key.ledgerActor(), QStringLiteral("apikey:bot"));
    }

    void roleNamesRoundTrip()
    {
        for (Role r : Roles::all())
            QCOMPARE(Roles::fromName(Roles::name(r)).value(), r);
        QVERIFY(!Roles::fromName(QStringLiteral("superuser")).has_value());
        QVERIFY(!Roles::fromName(QString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPrincipal)
#include "TestPrincipal.moc"
