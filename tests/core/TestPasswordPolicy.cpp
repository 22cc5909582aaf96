#include "auth/PasswordPolicy.h"

#include <QTest>

using namespace Lexecon;

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsTenThousandCommonPasswords()
    {
        QVERIFY2(PasswordPolicy::commonListSize() >= 10000,
                 qPrintable(QString::number(PasswordPolicy::commonListSize())));
        QVERIFY(PasswordPolicy::isCommon(QStringLiteral("password")));
        QVERIFY(PasswordPolicy::isCommon(QStringLiteral("123456")));
        QVERIFY(PasswordPolicy::isCommon(QStringLiteral("Dragon")));
        QVERIFY(!PasswordPolicy::isCommon(QStringLiteral("Gx7#quiet-ferry")));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("refusal"); // a fragment of the message, empty: accepted

        QTest::newRow("good") << QStringLiteral("Gx7#quiet-ferry") << QString() << QString();
        QTest::newRow("good with spaces") << QStringLiteral("Blue Kettle 9 Rivers!") << QString() << QString();
        QTest::newRow("unicode letters") << QStringLiteral("Übermut-Fähre-7") << QString() << QString();
        QTest::newRow("11 characters") << QStringLiteral("Gx7#quiet-f") << QString() << QStringLiteral("at least 12");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("has 0 characters");
        QTest::newRow("no upper") << QStringLiteral("gx7#quiet-ferry") << QString() << QStringLiteral("upper-case");
        QTest::newRow("no lower") << QStringLiteral("GX7#QUIET-FERRY") << QString() << QStringLiteral("lower-case");
        QTest::newRow("no digit") << QStringLiteral("Gxz#quiet-ferry") << QString() << QStringLiteral("a digit");
        QTest::newRow("no symbol") << QStringLiteral("Gx7quietferryZ") << QString() << QStringLiteral("symbol");
        QTest::newRow("common with suffix")
            << QStringLiteral("Password123!") << QString() << QStringLiteral("most common");
        QTest::newRow("common upper") << QStringLiteral("Baseball2024#") << QString() << QStringLiteral("most common");
        QTest::newRow("common exact") << QStringLiteral("Qwertyuiop1!") << QString() << QStringLiteral("most common");
        QTest::newRow("letters up") << QStringLiteral("Gx7#abcd-ferry") << QString() << QStringLiteral("\"abcd\"");
        QTest::newRow("digits up") << QStringLiteral("Gx#quiet-1234y") << QString() << QStringLiteral("\"1234\"");
        QTest::newRow("digits down") << QStringLiteral("Gx#quiet-9876y") << QString() << QStringLiteral("\"9876\"");
        QTest::newRow("letters down") << QStringLiteral("Gx7#ZYXW-ferry") << QString() << QStringLiteral("\"zyxw\"");
        QTest::newRow("keyboard") << QStringLiteral("Gx7#qwer-ferry") << QString() << QStringLiteral("\"qwer\"");
        QTest::newRow("keyboard backwards")
            << QStringLiteral("Gx7#lkjh-ferry") << QString() << QStringLiteral("\"lkjh\"");
        QTest::newRow("three in a row ok") << QStringLiteral("Gx7#abc-ferry") << QString() << QString();
        QTest::newRow("repeat") << QStringLiteral("Gx7#quiet-ferrrry") << QString() << QStringLiteral("repeats \"r\"");
        QTest::newRow("repeat symbols") << QStringLiteral("Gx7#quiet!!!!ferry") << QString()
                                        << QStringLiteral("repeats \"!\"");
        QTest::newRow("three repeats ok") << QStringLiteral("Gx7#quiet-ferrry") << QString() << QString();
        QTest::newRow("user name") << QStringLiteral("Gx7#Alice-ferry") << QStringLiteral("alice")
                                   << QStringLiteral("user name");
    }

    void rules()
    {
        QFETCH(QString, password);
        QFETCH(QString, user);
        QFETCH(QString, refusal);
        auto checked = PasswordPolicy::check(password, user);
        if (refusal.isEmpty()) {
            QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
            return;
        }
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().field, QStringLiteral("password"));
        QVERIFY2(checked.error().message.contains(refusal), qPrintable(checked.error().message));
        // Messages are sentences that say what to do.
        QVERIFY(checked.error().message.endsWith(QLatin1Char('.')));
        QVERIFY(checked.error().message.contains(QLatin1Char(';')));
    }

    void messagesNeverEchoThePassword()
    {
        auto checked = PasswordPolicy::check(QStringLiteral("Hunter2Hunter"));
        QVERIFY(!checked.ok());
        QVERIFY(!checked.error().message.contains(QLatin1String("Hunter2Hunter")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "TestPasswordPolicy.moc"
