#include "common/Timestamp.h"
#include "override/Override.h"

#include <QTest>

using namespace Lexecon;

class TestOverride : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        QCOMPARE(Overrides::types().size(), 6);
        for (OverrideType t : Overrides::types())
            QCOMPARE(Overrides::typeFromName(Overrides::typeName(t)), t);
        QCOMPARE(Overrides::scopes().size(), 3);
        for (OverrideScope s : Overrides::scopes())
            QCOMPARE(Overrides::scopeFromName(Overrides::scopeName(s)), s);
        QCOMPARE(Overrides::scopeName(OverrideScope::PermanentPolicyChange), QStringLiteral("permanent_policy_change"));
        QVERIFY(!Overrides::typeFromName(QStringLiteral("waiver")).has_value());
    }

    void requiredPermission_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("executive");
        QTest::newRow("policy_exception") << "policy_exception" << false;
        QTest::newRow("technical_emergency") << "technical_emergency" << false;
        QTest::newRow("business_exception") << "business_exception" << false;
        QTest::newRow("human_review") << "human_review" << false;
        QTest::newRow("executive_override") << "executive_override" << true;
        QTest::newRow("emergency_bypass") << "emergency_bypass" << true;
    }
    void requiredPermission()
    {
        QFETCH(QString, type);
        QFETCH(bool, executive);
        const OverrideType t = *Overrides::typeFromName(type);
        QCOMPARE(Overrides::isExecutive(t), executive);
        QCOMPARE(Overrides::requiredPermission(t),
                 executive ? Permission::CreateExecutiveOverride : Permission::CreateOverride);
    }

    void isActiveAt_data()
    {
        QTest::addColumn<QString>("expiresAt");
        QTest::addColumn<QString>("revokedAt");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("active");
        QTest::newRow("no expiry") << ""
                                   << ""
                                   << "2040-01-01T00:00:00.000Z" << true;
        QTest::newRow("before expiry") << "2026-11-22T12:00:00.000Z"
                                       << ""
                                       << "2026-11-22T11:59:59.999Z" << true;
        QTest::newRow("at expiry") << "2026-11-22T12:00:00.000Z"
                                   << ""
                                   << "2026-11-22T12:00:00.000Z" << false;
        QTest::newRow("after expiry") << "2026-11-22T12:00:00.000Z"
                                      << ""
                                      << "2026-11-23T00:00:00.000Z" << false;
        QTest::newRow("revoked") << ""
                                 << "2026-11-22T10:30:00.000Z"
                                 << "2026-11-22T10:00:00.000Z" << false;
    }
    void isActiveAt()
    {
        QFETCH(QString, expiresAt);
        QFETCH(QString, revokedAt);
        QFETCH(QString, at);
        QFETCH(bool, active);
        Override o;
        o.expiresAt = expiresAt;
        o.revokedAt = revokedAt;
        QCOMPARE(o.isActiveAt(*Timestamp::parse(at)), active);
    }

    void jsonKeepsBothOutcomes()
    {
        Override o;
        o.overrideId = QStringLiteral("ovr_1");
        o.originalOutcome = QStringLiteral("denied");
        o.newOutcome = QStringLiteral("approved");
        const QJsonObject json = o.toJson();
        QCOMPARE(json.value(QStringLiteral("original_outcome")).toString(), QStringLiteral("denied"));
        QCOMPARE(json.value(QStringLiteral("new_outcome")).toString(), QStringLiteral("approved"));
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("human_review"));
        QVERIFY(json.value(QStringLiteral("expires_at")).isNull());
        QVERIFY(json.value(QStringLiteral("revoked_at")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestOverride)
#include "TestOverride.moc"
