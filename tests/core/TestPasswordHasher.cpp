#include "auth/PasswordHasher.h"

#include <QTest>

#include <sodium.h>

using namespace Lexecon;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashesAsArgon2id()
    {
        auto hash = PasswordHasher::hash(QStringLiteral("Tr0ub4dor&3-horse"));
        QVERIFY(hash.ok());
        QVERIFY2(hash->startsWith(QLatin1String("$argon2id$")), qPrintable(*hash));
        QVERIFY(!hash->contains(QLatin1String("Tr0ub4dor")));
    }

    void verifiesOnlyTheRightPassword()
    {
        const QString password = QStringLiteral("Zürich-Fähre-42!");
        auto hash = PasswordHasher::hash(password);
        QVERIFY(hash.ok());
        QVERIFY(PasswordHasher::verify(*hash, password));
        QVERIFY(!PasswordHasher::verify(*hash, QStringLiteral("Zürich-Fähre-43!")));
        QVERIFY(!PasswordHasher::verify(*hash, QString()));
    }

    void saltsEveryHash()
    {
        const QString password = QStringLiteral("same password 1A!");
        QVERIFY(PasswordHasher::hash(password).value() != PasswordHasher::hash(password).value());
    }

    void refusesMalformedHashes()
    {
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("$argon2id$garbage"), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QString(200, QLatin1Char('a')), QStringLiteral("x")));
    }

    void needsRehashOnlyForOtherLimits()
    {
        auto current = PasswordHasher::hash(QStringLiteral("Current limits 1!"));
        QVERIFY(current.ok());
        QVERIFY(!PasswordHasher::needsRehash(*current));

        // A hash made with more passes than the interactive limit still verifies but is stale.
        QVERIFY(sodium_init() >= 0);
        char other[crypto_pwhash_STRBYTES] = {};
        const QByteArray pw("Other limits 1!");
        QCOMPARE(crypto_pwhash_str(other, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE + 1,
                                   crypto_pwhash_MEMLIMIT_INTERACTIVE),
                 0);
        QVERIFY(PasswordHasher::verify(QString::fromLatin1(other), QString::fromLatin1(pw)));
        QVERIFY(PasswordHasher::needsRehash(QString::fromLatin1(other)));
        QVERIFY(PasswordHasher::needsRehash(QStringLiteral("not a hash")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
