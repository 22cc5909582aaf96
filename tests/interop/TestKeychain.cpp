#include "auth/Principal.h"
#include "auth/oidc/OidcProviderConfig.h"
#include "auth/oidc/OidcProviderStore.h"
#include "crypto/KeyStore.h"
#include "crypto/NodeIdentity.h"
#include "mock/MockClock.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

// The keychain path of KeyStore against a real Secret Service (gnome-keyring on a private
// session bus, started by with-keyring.sh under dbus-run-session). Without LEXECON_SECRET_FILE
// the workspace's key-encryption key and an OIDC client secret live in the keychain; secret-tool,
// an independent libsecret client, finds them there, and nothing of them is in the data dir.
class TestKeychain : public QObject
{
    Q_OBJECT

    MockClock m_clock;

    static QByteArray secretTool(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"), args);
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return QByteArray();
        return p.readAllStandardOutput();
    }

    static QByteArray lookup(const QString &key)
    {
        return secretTool({QStringLiteral("lookup"), QStringLiteral("server"), KeyStore::serviceName(),
                           QStringLiteral("user"), key});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("LEXECON_SECRET_FILE") || !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through CTest: dbus-run-session -- sh tests/interop/with-keyring.sh TestKeychain");
        QCOMPARE(KeyStore::source(), QStringLiteral("keychain"));
    }

    void kekIsCreatedOnceAndReadBack()
    {
        const QByteArray salt = KeyStore::newSalt();
        auto missing = KeyStore::obtain(QStringLiteral("ws-test-missing"), salt, false);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::Integrity);

        auto made = KeyStore::obtain(QStringLiteral("ws-test"), salt, true);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        QCOMPARE(made->size(), std::size_t(32));
        auto again = KeyStore::obtain(QStringLiteral("ws-test"), salt, false);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(made->view() == again->view());
        auto other = KeyStore::obtain(QStringLiteral("ws-other"), salt, true);
        QVERIFY(other.ok());
        QVERIFY(other->view() != made->view());

        // Another libsecret client finds the same key under our service name (QtKeychain keeps
        // binary data base64-encoded).
        const QByteArray stored = lookup(QStringLiteral("kek/ws-test"));
        QCOMPARE(QByteArray::fromBase64(stored.trimmed()), made->view().toByteArray());
    }

    void workspaceReopensWithTheKeychainKey()
    {
        QTemporaryDir dir;
        QString fingerprint;
        {
            auto ws = Workspace::open(dir.path(), m_clock, true);
            QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
            QCOMPARE((*ws)->node().kekSource(), QStringLiteral("keychain"));
            fingerprint = (*ws)->node().fingerprint();
        }
        auto reopened = Workspace::open(dir.path(), m_clock);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
        QCOMPARE((*reopened)->node().fingerprint(), fingerprint);
        const QByteArray signature = (*reopened)->node().sign("checkpoint body");
        QVERIFY((*reopened)->node().verify("checkpoint body", signature));
    }

    void oidcClientSecretLivesInTheKeychain()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.path(), m_clock, true);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().message));
        WorkspaceSettings settings((*ws)->database(), (*ws)->ledger(), m_clock);
        OidcProviderStore store(settings, (*ws)->node());
        const Principal admin = Principal::user(QStringLiteral("root"), Role::Admin);
        QVERIFY(store.save(OidcProviderConfig::custom(QStringLiteral("keycloak"), QStringLiteral("https://sso.example.org/realms/staff"),
                                                      QStringLiteral("lexecon")),
                           admin)
                    .ok());
        const QString secret = QStringLiteral("client-secret-5f1c9e2a7b");
        auto set = store.setClientSecret(QStringLiteral("keycloak"), secret, admin);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
        QCOMPARE(store.clientSecret(QStringLiteral("keycloak")).value(), secret);

        // Not in the database file: the keychain holds it.
        QFile db(dir.filePath(QStringLiteral("workspace.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(secret.toUtf8()));
        const QString key = QStringLiteral("oidc/%1/keycloak").arg((*ws)->node().nodeId());
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(lookup(key).trimmed())), secret);

        QVERIFY(store.setClientSecret(QStringLiteral("keycloak"), QString(), admin).ok());
        QCOMPARE(store.clientSecret(QStringLiteral("keycloak")).value(), QString());
        QVERIFY(lookup(key).isEmpty()); // removed from the keychain, not just forgotten
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
