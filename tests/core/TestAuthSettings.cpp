#include "auth/AuthSettings.h"
#include "auth/SignInResult.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QTest>

using namespace Lexecon;

// The sign-in settings as read from table settings, with their defaults.
class TestAuthSettings : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;

    void set(const QString &key, const QString &value)
    {
        QVERIFY(m_fx.db
                    ->write([&](QSqlDatabase &conn) {
                        auto q = Sql::exec(conn,
                                           QStringLiteral("INSERT INTO settings VALUES (?, ?, 'x', 'test') "
                                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                           {key, value});
                        return q ? Result<void>() : Result<void>(q.error());
                    })
                    .ok());
    }

private Q_SLOTS:
    void init() { QVERIFY(m_fx.openDatabase().ok()); }

    void defaults()
    {
        AuthSettings settings(m_fx.db);
        QCOMPARE(settings.passwordMaxAgeDays(), 90);
        QCOMPARE(settings.passwordMaxAgeMs(), qint64(90) * 24 * 3600 * 1000);
        QCOMPARE(settings.idleLockMinutes(), 15);
        QCOMPARE(settings.idleLockMs(), qint64(15 * 60 * 1000));
        QVERIFY(settings.mfaRequiredRoles().isEmpty());
    }

    void readsConfiguredValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("number") << QStringLiteral("30") << 30;
        QTest::newRow("zero means never") << QStringLiteral("0") << 0;
        QTest::newRow("spaces") << QStringLiteral(" 45 ") << 45;
        QTest::newRow("negative falls back") << QStringLiteral("-1") << 90;
        QTest::newRow("text falls back") << QStringLiteral("ninety") << 90;
    }

    void readsConfiguredValues()
    {
        QFETCH(QString, value);
        QFETCH(int, expected);
        set(AuthSettings::passwordMaxAgeDaysKey(), value);
        QCOMPARE(AuthSettings(m_fx.db).passwordMaxAgeDays(), expected);
    }

    void rolesRoundTrip()
    {
        set(AuthSettings::mfaRequiredRolesKey(), QStringLiteral("auditor, admin,,nonsense"));
        AuthSettings settings(m_fx.db);
        QCOMPARE(settings.mfaRequiredRoles(), (QSet<Role>{Role::Auditor, Role::Admin}));
        QVERIFY(settings.mfaRequiredFor(Role::Admin));
        QVERIFY(!settings.mfaRequiredFor(Role::Viewer));
        QCOMPARE(AuthSettings::formatRoles({Role::Admin, Role::Viewer}), QStringLiteral("viewer,admin"));
    }

    void signInResultJson()
    {
        SignInResult locked;
        locked.status = SignInResult::Status::Locked;
        locked.reason = QStringLiteral("locked");
        locked.lockedForMs = 1500;
        const QJsonObject json = locked.toJson();
        QCOMPARE(json.value(QStringLiteral("signed_in")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("locked_for_seconds")).toInt(), 2);
        QVERIFY(!json.contains(QStringLiteral("user")));
        // A SignedIn status without a principal is not a sign-in.
        SignInResult odd;
        odd.status = SignInResult::Status::SignedIn;
        QVERIFY(!odd.signedIn());
    }
};

QTEST_GUILESS_MAIN(TestAuthSettings)
#include "TestAuthSettings.moc"
