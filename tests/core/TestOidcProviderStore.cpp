#include "auth/Principal.h"
#include "auth/oidc/OidcMetadata.h"
#include "auth/oidc/OidcProviderConfig.h"
#include "auth/oidc/OidcProviderStore.h"
#include "crypto/NodeIdentity.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"
#include "support/TestSecret.h"
#include "workspace/WorkspaceSettings.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTest>

using namespace Lexecon;

// Provider presets, their validation, the discovery document's checks, and the store that
// keeps providers in the workspace settings with the client secret encrypted (headless mode).
class TestOidcProviderStore : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<NodeIdentity> m_node;
    std::unique_ptr<WorkspaceSettings> m_settings;
    std::unique_ptr<OidcProviderStore> m_store;
    const Principal m_admin = Principal::user(QStringLiteral("root"), Role::Admin);
    QTemporaryDir m_secretDir; // outlives every test's store, unlike m_fx.dir

private Q_SLOTS:
    void initTestCase() { QVERIFY(Test::useSecretFileIfUnset(m_secretDir.path(), "oidc store passphrase")); }

    void init()
    {
        m_store.reset();
        m_settings.reset();
        m_node.reset();
        auto opened = m_fx.open({{QStringLiteral("node_id"), QStringLiteral("node-test")}});
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        auto node = NodeIdentity::openOrCreate(m_fx.db, m_fx.clock);
        QVERIFY2(node.ok(), qPrintable(node.error().message));
        m_node = std::make_unique<NodeIdentity>(*node);
        m_settings = std::make_unique<WorkspaceSettings>(m_fx.db, *m_fx.ledger, m_fx.clock);
        m_store = std::make_unique<OidcProviderStore>(*m_settings, *m_node);
    }

    void presetsNameTheDocumentedIssuers_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("entra") << OidcProviderConfig::azureAd(QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("c")).issuer
                               << QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0");
        QTest::newRow("okta") << OidcProviderConfig::okta(QStringLiteral("acme.okta.com"), QStringLiteral("c")).issuer
                              << QStringLiteral("https://acme.okta.com");
        QTest::newRow("auth0") << OidcProviderConfig::auth0(QStringLiteral("https://acme.eu.auth0.com/"), QStringLiteral("c")).issuer
                               << QStringLiteral("https://acme.eu.auth0.com/");
        QTest::newRow("keycloak") << OidcProviderConfig::keycloak(QStringLiteral("https://sso.acme.org/"), QStringLiteral("staff"), QStringLiteral("c")).issuer
                                  << QStringLiteral("https://sso.acme.org/realms/staff");
        QTest::newRow("google") << OidcProviderConfig::google(QStringLiteral("c")).issuer
                                << QStringLiteral("https://accounts.google.com");
    }

    void presetsNameTheDocumentedIssuers()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, expected);
        QCOMPARE(issuer, expected);
    }

    void badConfigsNameTheField_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("field");
        QTest::newRow("id with spaces") << QStringLiteral("my idp") << QStringLiteral("https://idp.example") << QStringLiteral("c") << QStringLiteral("id");
        QTest::newRow("plain http") << QStringLiteral("x") << QStringLiteral("http://idp.example") << QStringLiteral("c") << QStringLiteral("issuer");
        QTest::newRow("not a url") << QStringLiteral("x") << QStringLiteral("idp") << QStringLiteral("c") << QStringLiteral("issuer");
        QTest::newRow("query") << QStringLiteral("x") << QStringLiteral("https://idp.example/?a=1") << QStringLiteral("c") << QStringLiteral("issuer");
        QTest::newRow("no client id") << QStringLiteral("x") << QStringLiteral("https://idp.example") << QString() << QStringLiteral("client_id");
    }

    void badConfigsNameTheField()
    {
        QFETCH(QString, id);
        QFETCH(QString, issuer);
        QFETCH(QString, clientId);
        QFETCH(QString, field);
        auto valid = OidcProviderConfig::custom(id, issuer, clientId).validate();
        QVERIFY(!valid.ok());
        QCOMPARE(valid.error().field, field);
        QVERIFY(OidcProviderConfig::custom(QStringLiteral("local"), QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("c"))
                    .validate()
                    .ok()); // http is fine on loopback
    }

    void discoveryIssuerMustMatchExactly()
    {
        const QJsonObject doc{{QStringLiteral("issuer"), QStringLiteral("https://idp.example/")},
                              {QStringLiteral("authorization_endpoint"), QStringLiteral("https://idp.example/auth")},
                              {QStringLiteral("token_endpoint"), QStringLiteral("https://idp.example/token")},
                              {QStringLiteral("jwks_uri"), QStringLiteral("https://idp.example/jwks")},
                              {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}}};
        QVERIFY(OidcMetadata::fromJson(doc, QStringLiteral("https://idp.example/")).ok());
        auto mismatch = OidcMetadata::fromJson(doc, QStringLiteral("https://idp.example"));
        QVERIFY(!mismatch.ok());
        QVERIFY(mismatch.error().message.contains(QLatin1String("not the configured")));
        QJsonObject insecure = doc;
        insecure.insert(QStringLiteral("token_endpoint"), QStringLiteral("http://idp.example/token"));
        QVERIFY(OidcMetadata::fromJson(insecure, QStringLiteral("https://idp.example/")).error().message.contains(QLatin1String("token_endpoint")));
        QJsonObject noPkce = doc;
        noPkce.insert(QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("plain")});
        QVERIFY(!OidcMetadata::fromJson(noPkce, QStringLiteral("https://idp.example/")).ok());
        QCOMPARE(OidcMetadata::discoveryUrl(QStringLiteral("https://idp.example/")).toString(),
                 QStringLiteral("https://idp.example/.well-known/openid-configuration"));
    }

    void providersRoundTripThroughSettings()
    {
        QVERIFY(m_store->save(OidcProviderConfig::okta(QStringLiteral("acme.okta.com"), QStringLiteral("0oa1")), m_admin).ok());
        QVERIFY(m_store->save(OidcProviderConfig::google(QStringLiteral("g-1")), m_admin).ok());
        QVERIFY(m_store->save(OidcProviderConfig::okta(QStringLiteral("acme.okta.com"), QStringLiteral("0oa2")), m_admin).ok());
        auto all = m_store->list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, QStringLiteral("okta"));
        QCOMPARE(all->at(0).clientId, QStringLiteral("0oa2"));
        QVERIFY(m_store->remove(QStringLiteral("google"), m_admin).ok());
        QCOMPARE(m_store->list()->size(), 1);
        QCOMPARE(m_store->find(QStringLiteral("google")).error().code, Error::Code::NotFound);
    }

    void onlySettingsManagersChangeProviders()
    {
        const Principal viewer = Principal::user(QStringLiteral("vera"), Role::Viewer);
        const auto r = m_store->save(OidcProviderConfig::google(QStringLiteral("g")), viewer);
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        QVERIFY(m_store->save(OidcProviderConfig::google(QStringLiteral("g")), m_admin).ok());
        QCOMPARE(m_store->setClientSecret(QStringLiteral("google"), QStringLiteral("s"), viewer).error().code,
                 Error::Code::Forbidden);
    }

    void clientSecretIsEncryptedAtRest()
    {
        const QString secret = QStringLiteral("GOCSPX-very-secret-value-1234");
        QVERIFY(m_store->save(OidcProviderConfig::google(QStringLiteral("g")), m_admin).ok());
        QCOMPARE(m_store->clientSecret(QStringLiteral("google")).value(), QString()); // public client
        auto set = m_store->setClientSecret(QStringLiteral("google"), secret, m_admin);
        QVERIFY2(set.ok(), qPrintable(set.error().message));
        QVERIFY(m_store->find(QStringLiteral("google"))->hasClientSecret);
        QCOMPARE(m_store->clientSecret(QStringLiteral("google")).value(), secret);
        // Saving the provider again keeps the secret.
        QVERIFY(m_store->save(OidcProviderConfig::google(QStringLiteral("g2")), m_admin).ok());
        QCOMPARE(m_store->clientSecret(QStringLiteral("google")).value(), secret);

        // Nowhere in the data dir in clear text (database, WAL, anything else).
        m_fx.ledger->shutdown();
        QDirIterator files(m_fx.dir->path(), QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
            ++scanned;
        }
        QVERIFY(scanned > 0);
    }

    void emptySecretMakesAPublicClientAgain()
    {
        QVERIFY(m_store->save(OidcProviderConfig::google(QStringLiteral("g")), m_admin).ok());
        QVERIFY(m_store->setClientSecret(QStringLiteral("google"), QStringLiteral("s3cret"), m_admin).ok());
        QVERIFY(m_store->setClientSecret(QStringLiteral("google"), QString(), m_admin).ok());
        QVERIFY(!m_store->find(QStringLiteral("google"))->hasClientSecret);
        QCOMPARE(m_store->clientSecret(QStringLiteral("google")).value(), QString());
    }
};

QTEST_GUILESS_MAIN(TestOidcProviderStore)
#include "TestOidcProviderStore.moc"
