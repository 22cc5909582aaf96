#include "auth/CredentialStore.h"
#include "auth/UserService.h"
#include "crypto/SecretBox.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "support/StoreFixture.h"

#include <QTest>

using namespace Lexecon;

// The credential rows on a real database: encryption under the field key, single-use TOTP steps
// and backup codes, the password history.
class TestCredentialStore : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    SecureBytes m_key = SecretBox::newKey();
    std::unique_ptr<CredentialStore> m_store;

    template <typename Fn> Result<void> write(Fn fn)
    {
        return m_fx.db->write([&](QSqlDatabase &conn) { return fn(conn); });
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        QVERIFY(m_fx.open().ok());
        UserService users(m_fx.db, *m_fx.ledger, m_fx.clock);
        QVERIFY(users.add(QStringLiteral("Ann"), Role::Admin, Principal::system()).ok());
        m_store = std::make_unique<CredentialStore>(m_fx.db, m_key);
    }

    void readsUsersWithoutCredentials()
    {
        auto ann = m_store->read(QStringLiteral("ANN"));
        QVERIFY(ann.ok());
        QVERIFY(ann->exists);
        QCOMPARE(ann->userName, QStringLiteral("Ann"));
        QCOMPARE(ann->nameKey, QStringLiteral("ann"));
        QVERIFY(ann->passwordHash.isEmpty());
        QCOMPARE(ann->lastStep, qint64(-1));
        QVERIFY(!m_store->read(QStringLiteral("nobody"))->exists);
    }

    void encryptsUnderTheFieldKey()
    {
        const QByteArray secret = QByteArrayLiteral("12345678901234567890");
        auto box = m_store->encryptSecret(secret);
        QVERIFY(box.ok());
        QVERIFY(!box->contains(secret));
        QCOMPARE(m_store->decryptSecret(*box).value(), secret);
        SecureBytes otherKey = SecretBox::newKey();
        CredentialStore other(m_fx.db, otherKey);
        QCOMPARE(other.decryptSecret(*box).error().code, Error::Code::Integrity);
    }

    void backupCodeHashesAreKeyedAndNormalised()
    {
        const QString hash = m_store->backupCodeHash(QStringLiteral("abcde-fghjk"));
        QCOMPARE(hash.size(), 64);
        QCOMPARE(m_store->backupCodeHash(QStringLiteral(" ABCDE FGHJK ")), hash);
        SecureBytes otherKey = SecretBox::newKey();
        QVERIFY(CredentialStore(m_fx.db, otherKey).backupCodeHash(QStringLiteral("abcde-fghjk")) != hash);
    }

    void stepsAreClaimedOnce()
    {
        QVERIFY(write([](QSqlDatabase &c) {
                    return CredentialStore::storeTotp(c, QStringLiteral("ann"), QByteArray("box"),
                                                      QStringLiteral("active"), 1);
                }).ok());
        QVERIFY(write([](QSqlDatabase &c) { return CredentialStore::claimStep(c, QStringLiteral("ann"), 100); }).ok());
        auto replay = write([](QSqlDatabase &c) { return CredentialStore::claimStep(c, QStringLiteral("ann"), 100); });
        QCOMPARE(replay.error().code, Error::Code::Conflict);
        QVERIFY(!write([](QSqlDatabase &c) { return CredentialStore::claimStep(c, QStringLiteral("ann"), 99); }).ok());
        QVERIFY(write([](QSqlDatabase &c) { return CredentialStore::claimStep(c, QStringLiteral("ann"), 101); }).ok());
        QCOMPARE(m_store->read(QStringLiteral("ann"))->lastStep, qint64(101));
        QVERIFY(m_store->read(QStringLiteral("ann"))->totpActive());
    }

    void backupCodesAreUsedOnce()
    {
        const QString hash = m_store->backupCodeHash(QStringLiteral("abcde-fghjk"));
        QVERIFY(
            write([&](QSqlDatabase &c) {
                return CredentialStore::replaceBackupCodes(c, QStringLiteral("ann"), {hash, QStringLiteral("x")}, 1);
            }).ok());
        QCOMPARE(m_store->read(QStringLiteral("ann"))->backupCodesLeft, 2);
        QVERIFY(write([&](QSqlDatabase &c) {
                    return CredentialStore::consumeBackupCode(c, QStringLiteral("ann"), hash, 2);
                }).ok());
        QCOMPARE(write([&](QSqlDatabase &c) {
                     return CredentialStore::consumeBackupCode(c, QStringLiteral("ann"), hash, 3);
                 })
                     .error()
                     .code,
                 Error::Code::Conflict);
        QCOMPARE(m_store->read(QStringLiteral("ann"))->backupCodesLeft, 1);
        QVERIFY(write([](QSqlDatabase &c) { return CredentialStore::clearTotp(c, QStringLiteral("ann")); }).ok());
        QCOMPARE(m_store->read(QStringLiteral("ann"))->backupCodesLeft, 0);
    }

    void keepsThePasswordHistoryNewestFirst()
    {
        for (int i = 1; i <= 7; ++i)
            QVERIFY(write([&](QSqlDatabase &c) {
                        return CredentialStore::storePassword(c, QStringLiteral("ann"), QStringLiteral("h%1").arg(i),
                                                              i);
                    }).ok());
        QCOMPARE(m_store->passwordHistory(QStringLiteral("ann")).value(),
                 (QStringList{QStringLiteral("h7"), QStringLiteral("h6"), QStringLiteral("h5"), QStringLiteral("h4"),
                              QStringLiteral("h3")}));
        QCOMPARE(m_store->read(QStringLiteral("ann"))->passwordHash, QStringLiteral("h7"));
    }

    void failuresRestartAfterALockout()
    {
        QVERIFY(write([](QSqlDatabase &c) {
                    return CredentialStore::setFailures(c, QStringLiteral("ann"), 5, 1000, 1);
                }).ok());
        const CredentialRow row = m_store->read(QStringLiteral("ann")).value();
        QCOMPARE(row.failuresAt(999), 5);
        QCOMPARE(row.failuresAt(1000), 0);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
