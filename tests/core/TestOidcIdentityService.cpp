#include "auth/UserService.h"
#include "auth/oidc/OidcIdentityService.h"
#include "crypto/Commitment.h"
#include "crypto/Sha256.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lexecon;

class TestOidcIdentityService : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<OidcIdentityService> m_oidc;
    const Principal m_admin = Principal::user(QStringLiteral("root"), Role::Admin);
    const Principal m_viewer = Principal::user(QStringLiteral("vera"), Role::Viewer);
    const QString m_issuer = QStringLiteral("https://id.example.com");

    LedgerEntry lastEntry()
    {
        LedgerStore store(m_fx.db);
        return store.entry(store.size().value() - 1).value();
    }

    OidcIdentity identity(const QString &subject, const QString &email, bool verified)
    {
        OidcIdentity id;
        id.issuer = m_issuer;
        id.subject = subject;
        id.email = email;
        id.emailVerified = verified;
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_oidc.reset();
        m_users.reset();
        auto opened = m_fx.open({{QStringLiteral("node_id"), QStringLiteral("node-test")}});
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_users = std::make_unique<UserService>(m_fx.db, *m_fx.ledger, m_fx.clock);
        m_oidc = std::make_unique<OidcIdentityService>(m_fx.db, *m_fx.ledger, m_fx.clock, *m_users);
        QVERIFY(m_users->add(QStringLiteral("root"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_users->add(QStringLiteral("alice"), Role::ComplianceOfficer, m_admin).ok());
    }

    void explicitLinkSignsIn()
    {
        auto link = m_oidc->link(m_issuer, QStringLiteral("sub-1"), QStringLiteral("alice"), m_admin);
        QVERIFY2(link.ok(), qPrintable(link.error().message));
        QCOMPARE(lastEntry().type, QStringLiteral("oidc_identity_linked"));
        QCOMPARE(lastEntry().actor, QStringLiteral("user:root"));

        const qint64 before = m_fx.ledgerSize();
        auto p = m_oidc->signIn(identity(QStringLiteral("sub-1"), QString(), false));
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->name(), QStringLiteral("alice"));
        QCOMPARE(p->role(), Role::ComplianceOfficer);
        QCOMPARE(m_fx.ledgerSize(), before + 1); // exactly one entry per sign-in
        const LedgerEntry e = lastEntry();
        QCOMPARE(e.type, QStringLiteral("oidc_sign_in"));
        QCOMPARE(e.actor, QStringLiteral("user:alice"));
        QCOMPARE(e.payload.value(QStringLiteral("method")).toString(), QStringLiteral("link"));
        QVERIFY(!QJsonDocument(e.payload).toJson().contains("sub-1")); // the subject only as a hash
    }

    void verifiedEmailSignsInAndRecordsTheLink()
    {
        QVERIFY(m_oidc->setEmail(QStringLiteral("alice"), QStringLiteral("Alice@Example.com"), m_admin).ok());
        QCOMPARE(lastEntry().type, QStringLiteral("user_email_set"));
        QVERIFY(!QJsonDocument(lastEntry().payload).toJson().contains("xample")); // no address in the ledger
        // A salted commitment: it opens with the salt kept next to the address, not by hashing a guess.
        const QString commitment = lastEntry().payload.value(QStringLiteral("email_commitment")).toString();
        QVERIFY(commitment != Sha256::hex("alice@example.com"));
        {
            QSqlDatabase conn = m_fx.db->connection();
            auto q = Sql::exec(conn, QStringLiteral("SELECT email_salt FROM user_emails WHERE user_name = 'alice'"));
            QVERIFY(q.ok() && q->next());
            QVERIFY(Commitment::verify(commitment, q->value(0).toByteArray(), "alice@example.com"));
        }
        const qint64 before = m_fx.ledgerSize();
        auto p = m_oidc->signIn(identity(QStringLiteral("sub-2"), QStringLiteral("alice@example.com"), true));
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->name(), QStringLiteral("alice"));
        QCOMPARE(m_fx.ledgerSize(), before + 1);
        QCOMPARE(lastEntry().payload.value(QStringLiteral("method")).toString(), QStringLiteral("verified_email"));
        auto links = m_oidc->links(QStringLiteral("alice"));
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->first().method, QStringLiteral("verified_email"));
        QCOMPARE(links->first().subject, QStringLiteral("sub-2"));

        // The link now holds even after the address changes at the provider.
        auto again = m_oidc->signIn(identity(QStringLiteral("sub-2"), QStringLiteral("new@example.com"), true));
        QVERIFY(again.ok());
        QCOMPARE(lastEntry().payload.value(QStringLiteral("method")).toString(), QStringLiteral("link"));
    }

    void unknownIdentitiesAreRefused_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("verified");
        QTest::addColumn<QString>("hint");
        QTest::newRow("no email") << QString() << false << QString();
        QTest::newRow("unknown email") << QStringLiteral("bob@example.com") << true << QString();
        QTest::newRow("unverified email of a user") << QStringLiteral("alice@example.com") << false
                                                    << QStringLiteral("not verified");
    }

    void unknownIdentitiesAreRefused()
    {
        QFETCH(QString, email);
        QFETCH(bool, verified);
        QFETCH(QString, hint);
        QVERIFY(m_oidc->setEmail(QStringLiteral("alice"), QStringLiteral("alice@example.com"), m_admin).ok());
        const qint64 before = m_fx.ledgerSize();
        auto p = m_oidc->signIn(identity(QStringLiteral("stranger"), email, verified));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, Error::Code::Forbidden);
        QVERIFY2(p.error().message.contains(QLatin1String("ask an admin to link")), qPrintable(p.error().message));
        QVERIFY(p.error().message.contains(hint));
        QCOMPARE(m_fx.ledgerSize(), before + 1);
        QCOMPARE(lastEntry().type, QStringLiteral("oidc_sign_in_failed"));
        QCOMPARE(lastEntry().payload.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown_identity"));
        QCOMPARE(m_oidc->links()->size(), 0);
    }

    void disabledUsersAreRefused()
    {
        QVERIFY(m_oidc->link(m_issuer, QStringLiteral("sub-1"), QStringLiteral("alice"), m_admin).ok());
        QVERIFY(m_users->disable(QStringLiteral("alice"), m_admin).ok());
        auto p = m_oidc->signIn(identity(QStringLiteral("sub-1"), QString(), false));
        QVERIFY(!p.ok());
        QVERIFY(p.error().message.contains(QLatin1String("disabled")));
        QCOMPARE(lastEntry().payload.value(QStringLiteral("reason")).toString(), QStringLiteral("user_disabled"));
    }

    void onlyAdminsLinkUnlinkAndSetEmails()
    {
        const qint64 before = m_fx.ledgerSize();
        QCOMPARE(m_oidc->link(m_issuer, QStringLiteral("s"), QStringLiteral("alice"), m_viewer).error().code,
                 Error::Code::Forbidden);
        QCOMPARE(m_oidc->setEmail(QStringLiteral("alice"), QStringLiteral("a@example.com"), m_viewer).error().code,
                 Error::Code::Forbidden);
        QVERIFY(m_oidc->link(m_issuer, QStringLiteral("s"), QStringLiteral("alice"), m_admin).ok());
        QCOMPARE(m_oidc->unlink(m_issuer, QStringLiteral("s"), m_viewer).error().code, Error::Code::Forbidden);
        QCOMPARE(m_fx.ledgerSize(), before + 1);
    }

    void unlinkRemovesTheLink()
    {
        QVERIFY(m_oidc->link(m_issuer, QStringLiteral("s"), QStringLiteral("alice"), m_admin).ok());
        QVERIFY(m_oidc->unlink(m_issuer, QStringLiteral("s"), m_admin).ok());
        QCOMPARE(lastEntry().type, QStringLiteral("oidc_identity_unlinked"));
        QCOMPARE(lastEntry().payload.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(m_oidc->links()->size(), 0);
        QCOMPARE(m_oidc->unlink(m_issuer, QStringLiteral("s"), m_admin).error().code, Error::Code::NotFound);
        QVERIFY(!m_oidc->signIn(identity(QStringLiteral("s"), QString(), false)).ok());
    }

    void linkConflictsAndBadInput_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("code");
        QTest::newRow("already linked") << m_issuer << QStringLiteral("taken") << QStringLiteral("root") << int(Error::Code::Conflict);
        QTest::newRow("no such user") << m_issuer << QStringLiteral("s2") << QStringLiteral("nobody") << int(Error::Code::NotFound);
        QTest::newRow("empty subject") << m_issuer << QStringLiteral("") << QStringLiteral("alice") << int(Error::Code::InvalidInput);
        QTest::newRow("empty issuer") << QStringLiteral("") << QStringLiteral("s3") << QStringLiteral("alice") << int(Error::Code::InvalidInput);
    }

    void linkConflictsAndBadInput()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, subject);
        QFETCH(QString, user);
        QFETCH(int, code);
        QVERIFY(m_oidc->link(m_issuer, QStringLiteral("taken"), QStringLiteral("alice"), m_admin).ok());
        const qint64 before = m_fx.ledgerSize();
        auto r = m_oidc->link(issuer, subject, user, m_admin);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
        QCOMPARE(m_fx.ledgerSize(), before); // a refused act leaves no entry
    }

    void emailsAreUniqueAndValidated()
    {
        QVERIFY(m_oidc->setEmail(QStringLiteral("alice"), QStringLiteral("alice@example.com"), m_admin).ok());
        QCOMPARE(m_oidc->setEmail(QStringLiteral("root"), QStringLiteral("ALICE@example.com"), m_admin).error().code,
                 Error::Code::Conflict);
        auto bad = m_oidc->setEmail(QStringLiteral("root"), QStringLiteral("not an address"), m_admin);
        QCOMPARE(bad.error().field, QStringLiteral("email"));
        QVERIFY(m_oidc->setEmail(QStringLiteral("alice"), QString(), m_admin).ok());
        QCOMPARE(m_oidc->email(QStringLiteral("alice")).value(), QString());
        QVERIFY(m_oidc->setEmail(QStringLiteral("root"), QStringLiteral("alice@example.com"), m_admin).ok());
        QCOMPARE(m_oidc->email(QStringLiteral("root")).value(), QStringLiteral("alice@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestOidcIdentityService)
#include "TestOidcIdentityService.moc"
