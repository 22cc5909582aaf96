// OIDC sign-in end to end against a real provider: npm oidc-provider (tests/interop/node,
// pinned by package-lock.json) on 127.0.0.1. The test plays the system browser with
// QNetworkAccessManager: it opens the authorization URL the core hands out, submits the
// provider's development login and consent forms as a browser would, and follows the redirect
// to the core's loopback listener. The core does discovery, JWKS, PKCE, state, nonce, the code
// exchange and the ES256 ID-token check, then maps the identity to a local user.
#include "auth/UserService.h"
#include "auth/oidc/OidcClient.h"
#include "auth/oidc/OidcIdentityService.h"
#include "auth/oidc/OidcProviderStore.h"
#include "auth/oidc/OidcSignIn.h"
#include "crypto/NodeIdentity.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "support/StoreFixture.h"
#include "support/TestSecret.h"
#include "workspace/WorkspaceSettings.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Lexecon;

namespace {

const QString kNodeDir = QStringLiteral(LEXECON_SOURCE_DIR) + QStringLiteral("/tests/interop/node");

struct Page
{
    QUrl url;
    int status = 0;
    QByteArray body;
    QString error;
};

// One request of the pretend browser, redirects followed, waited for.
Page fetch(QNetworkAccessManager &browser, const QUrl &url, const QByteArray &form = QByteArray())
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = browser.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = browser.post(request, form);
    }
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(25000);
    Page page{reply->url(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
              reply->error() == QNetworkReply::NoError ? QString() : reply->errorString()};
    reply->deleteLater();
    return page;
}

// The action of the page's form, resolved against the page.
QUrl formAction(const Page &page)
{
    static const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
    const auto m = action.match(QString::fromUtf8(page.body));
    return m.hasMatch() ? page.url.resolved(QUrl(m.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"))))
                        : QUrl();
}

} // namespace

class TestOidcSignIn : public QObject
{
    Q_OBJECT

    QProcess m_provider;
    QString m_issuer;
    QString m_clientId;
    QJsonObject m_started;
    Test::StoreFixture m_fx;
    std::unique_ptr<NodeIdentity> m_node;
    std::unique_ptr<WorkspaceSettings> m_settings;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<OidcIdentityService> m_identities;
    std::unique_ptr<OidcProviderStore> m_providers;
    const Principal m_admin = Principal::user(QStringLiteral("root"), Role::Admin);
    QString m_providerId = QStringLiteral("test");

    // Signs in through the provider as login; returns what the browser saw last.
    Page browse(const QUrl &authorizationUrl, const QString &login)
    {
        QNetworkAccessManager browser; // a fresh browser: no provider session from an earlier run
        browser.setCookieJar(new QNetworkCookieJar(&browser));
        Page page = fetch(browser, authorizationUrl);
        for (int step = 0; step < 6 && page.error.isEmpty(); ++step) {
            if (page.url.host() == QLatin1String("127.0.0.1") && page.url.path() == QLatin1String("/callback"))
                return page;
            const QByteArray html = page.body;
            if (html.contains("name=\"prompt\" value=\"login\""))
                page = fetch(browser, formAction(page),
                             "prompt=login&login=" + QUrl::toPercentEncoding(login) + "&password=anything");
            else if (html.contains("name=\"prompt\" value=\"consent\""))
                page = fetch(browser, formAction(page), "prompt=consent");
            else
                break;
        }
        return page;
    }

    // Runs one sign-in as login; the spies hold the outcome.
    void signInAs(OidcSignIn &signIn, const QString &login, QSignalSpy &signedIn, QSignalSpy &failed)
    {
        QSignalSpy urlReady(&signIn, &OidcSignIn::authorizationUrlReady);
        signIn.start(m_providerId);
        QVERIFY2(urlReady.wait(20000), failed.isEmpty() ? "no authorization URL" : qPrintable(failed.first().first().toString()));
        const QUrl url = urlReady.first().first().toUrl();
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri")).startsWith(QLatin1String("http://127.0.0.1:")));
        const Page last = browse(url, login);
        QVERIFY2(last.error.isEmpty(), qPrintable(last.error + QLatin1Char(' ') + QString::fromUtf8(last.body.left(2000))));
        QVERIFY2(last.body.contains("You can close this tab"), last.body.left(2000).constData());
        QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), 20000);
    }

    // Starts oidc-provider.mjs (on port when given) and reads the issuer it prints.
    void startProvider(const QString &port)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!port.isEmpty())
            env.insert(QStringLiteral("OIDC_PROVIDER_PORT"), port);
        m_provider.setProcessEnvironment(env);
        m_provider.start(QStringLiteral("node"), {kNodeDir + QStringLiteral("/oidc-provider.mjs")});
        QVERIFY2(m_provider.waitForStarted(10000), qPrintable(m_provider.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(m_provider.canReadLine() || m_provider.state() != QProcess::Running,
                                  "oidc-provider printed no issuer", 30000);
        m_started = QJsonDocument::fromJson(m_provider.readLine()).object();
        m_issuer = m_started.value(QStringLiteral("issuer")).toString();
        m_clientId = m_started.value(QStringLiteral("client_id")).toString();
        QVERIFY2(m_issuer.startsWith(QLatin1String("http://127.0.0.1:")), m_provider.readAllStandardError().constData());
    }

    LedgerEntry lastEntry()
    {
        LedgerStore store(m_fx.db);
        return store.entry(store.size().value() - 1).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kNodeDir + QStringLiteral("/node_modules/oidc-provider")),
                 "the npm peers are missing: run scripts/install-deps.sh (npm ci in tests/interop/node)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty(),
                 "node is not installed: run scripts/install-deps.sh");
        startProvider(QString());
        if (QTest::currentTestFailed())
            return;
        auto opened = m_fx.open({{QStringLiteral("node_id"), QStringLiteral("node-test")}});
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QVERIFY(Test::useSecretFileIfUnset(m_fx.dir->path(), "oidc interop passphrase"));
        m_fx.clock.setMs(QDateTime::currentMSecsSinceEpoch()); // the provider stamps real time
        auto node = NodeIdentity::openOrCreate(m_fx.db, m_fx.clock);
        QVERIFY2(node.ok(), qPrintable(node.error().message));
        m_node = std::make_unique<NodeIdentity>(*node);
        m_settings = std::make_unique<WorkspaceSettings>(m_fx.db, *m_fx.ledger, m_fx.clock);
        m_users = std::make_unique<UserService>(m_fx.db, *m_fx.ledger, m_fx.clock);
        m_identities = std::make_unique<OidcIdentityService>(m_fx.db, *m_fx.ledger, m_fx.clock, *m_users);
        m_providers = std::make_unique<OidcProviderStore>(*m_settings, *m_node);

        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_users->add(QStringLiteral("alice"), Role::Auditor, m_admin).ok());
        QVERIFY(m_identities->setEmail(QStringLiteral("alice"), QStringLiteral("alice@example.com"), m_admin).ok());
        auto saved = m_providers->save(OidcProviderConfig::custom(QStringLiteral("test"), m_issuer, m_clientId), m_admin);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    }

    void init() { m_providerId = QStringLiteral("test"); }

    void cleanupTestCase()
    {
        m_provider.terminate();
        m_provider.waitForFinished(10000);
    }

    void verifiedEmailSignsInAsTheLocalUser()
    {
        OidcSignIn signIn(*m_providers, *m_identities, m_fx.clock);
        QSignalSpy signedIn(&signIn, &OidcSignIn::signedIn);
        QSignalSpy failed(&signIn, &OidcSignIn::failed);
        signInAs(signIn, QStringLiteral("alice"), signedIn, failed);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const auto principal = signedIn.first().first().value<Principal>();
        QCOMPARE(principal.name(), QStringLiteral("alice"));
        QCOMPARE(principal.role(), Role::Auditor);
        const LedgerEntry entry = lastEntry();
        QCOMPARE(entry.type, QStringLiteral("oidc_sign_in"));
        QCOMPARE(entry.actor, QStringLiteral("user:alice"));
        QCOMPARE(entry.payload.value(QStringLiteral("method")).toString(), QStringLiteral("verified_email"));
        QCOMPARE(entry.payload.value(QStringLiteral("issuer")).toString(), m_issuer);
        auto links = m_identities->links(QStringLiteral("alice"));
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().subject, QStringLiteral("alice")); // the dev login is the subject

        // Again: now by the recorded link, with the cached JWKS.
        signedIn.clear();
        signInAs(signIn, QStringLiteral("alice"), signedIn, failed);
        QVERIFY(failed.isEmpty());
        QCOMPARE(lastEntry().payload.value(QStringLiteral("method")).toString(), QStringLiteral("link"));
    }

    void confidentialClientSendsItsSecret()
    {
        // The same provider with a client that must authenticate (client_secret_basic): the
        // secret comes from the store (encrypted under LEXECON_SECRET_FILE here).
        const QString id = m_started.value(QStringLiteral("confidential_client_id")).toString();
        QVERIFY(m_providers->save(OidcProviderConfig::custom(QStringLiteral("confidential"), m_issuer, id), m_admin).ok());
        OidcSignIn signIn(*m_providers, *m_identities, m_fx.clock);
        QSignalSpy signedIn(&signIn, &OidcSignIn::signedIn);
        QSignalSpy failed(&signIn, &OidcSignIn::failed);

        // Without the secret the provider refuses the code exchange.
        m_providerId = QStringLiteral("confidential");
        signInAs(signIn, QStringLiteral("alice"), signedIn, failed);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("invalid_client")),
                 qPrintable(failed.first().first().toString()));

        failed.clear();
        QVERIFY(m_providers->setClientSecret(QStringLiteral("confidential"),
                                             m_started.value(QStringLiteral("confidential_client_secret")).toString(),
                                             m_admin).ok());
        signInAs(signIn, QStringLiteral("alice"), signedIn, failed);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(signedIn.first().first().value<Principal>().name(), QStringLiteral("alice"));
    }

    void unknownIdentityIsToldToAskAnAdmin()
    {
        OidcSignIn signIn(*m_providers, *m_identities, m_fx.clock);
        QSignalSpy signedIn(&signIn, &OidcSignIn::signedIn);
        QSignalSpy failed(&signIn, &OidcSignIn::failed);
        signInAs(signIn, QStringLiteral("mallory"), signedIn, failed);
        QVERIFY(signedIn.isEmpty());
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("ask an admin to link")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("mallory@example.com")));
        QCOMPARE(lastEntry().type, QStringLiteral("oidc_sign_in_failed"));
        QCOMPARE(lastEntry().payload.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown_identity"));
    }

    void cancelAtTheProviderIsReported()
    {
        // The user presses the provider's "cancel" link: it redirects with error=access_denied.
        OidcSignIn signIn(*m_providers, *m_identities, m_fx.clock);
        QSignalSpy urlReady(&signIn, &OidcSignIn::authorizationUrlReady);
        QSignalSpy signedIn(&signIn, &OidcSignIn::signedIn);
        QSignalSpy failed(&signIn, &OidcSignIn::failed);
        signIn.start(m_providerId);
        QVERIFY(urlReady.wait(20000));
        QNetworkAccessManager browser;
        browser.setCookieJar(new QNetworkCookieJar(&browser));
        const Page login = fetch(browser, urlReady.first().first().toUrl());
        static const QRegularExpression abortLink(QStringLiteral("href=\"([^\"]*/abort)\""));
        const auto m = abortLink.match(QString::fromUtf8(login.body));
        QVERIFY2(m.hasMatch(), login.body.left(2000).constData());
        const Page back = fetch(browser, login.url.resolved(QUrl(m.captured(1))));
        QVERIFY(back.body.contains("You can close this tab"));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(signedIn.isEmpty());
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("access_denied")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(lastEntry().type, QStringLiteral("oidc_sign_in_failed"));
    }

    void wrongIssuerIsRefusedAtDiscovery()
    {
        // The configured issuer differs from what the provider says it is (a trailing slash).
        QVERIFY(m_providers->save(OidcProviderConfig::custom(QStringLiteral("test"), m_issuer + QLatin1Char('/'), m_clientId),
                                  m_admin).ok());
        OidcSignIn signIn(*m_providers, *m_identities, m_fx.clock);
        QSignalSpy failed(&signIn, &OidcSignIn::failed);
        signIn.start(QStringLiteral("test"));
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("not the configured")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(lastEntry().type, QStringLiteral("oidc_sign_in_failed"));
        QVERIFY(m_providers->save(OidcProviderConfig::custom(QStringLiteral("test"), m_issuer, m_clientId), m_admin).ok());
    }

    void rotatedKeysAreFetchedAgain()
    {
        OidcSignIn signIn(*m_providers, *m_identities, m_fx.clock);
        QSignalSpy signedIn(&signIn, &OidcSignIn::signedIn);
        QSignalSpy failed(&signIn, &OidcSignIn::failed);
        signInAs(signIn, QStringLiteral("alice"), signedIn, failed); // caches the JWKS
        QCOMPARE(signedIn.size(), 1);

        // The provider restarts on the same issuer with a new key; the cached set lacks its kid.
        const QString issuer = m_issuer;
        m_provider.terminate();
        QVERIFY(m_provider.waitForFinished(10000));
        startProvider(QUrl(issuer).port() > 0 ? QString::number(QUrl(issuer).port()) : QString());
        QCOMPARE(m_issuer, issuer);
        signedIn.clear();
        signInAs(signIn, QStringLiteral("alice"), signedIn, failed);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(signedIn.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOidcSignIn)
#include "TestOidcSignIn.moc"
