#include "auth/ApiKeyStore.h"
#include "auth/Principal.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Lexecon;

class TestApiKeyStore : public QObject
{
    Q_OBJECT

    Test::StoreFixture m_fx;
    std::unique_ptr<ApiKeyStore> m_keys;
    const Principal m_system = Principal::system(QStringLiteral("system"));
    const Principal m_admin = Principal::user(QStringLiteral("root"), Role::Admin);
    const QStringList m_allScopes = {QStringLiteral("decide"), QStringLiteral("verify"), QStringLiteral("read")};

    CreatedApiKey make(const QString &name, const QStringList &scopes = {QStringLiteral("decide")}, double rate = 50)
    {
        auto r = m_keys->create(name, scopes, rate, m_system);
        if (!r.ok())
            qFatal("create %s failed: %s", qPrintable(name), qPrintable(r.error().message));
        return *r;
    }

    LedgerEntry lastEntry()
    {
        LedgerStore store(m_fx.db);
        return store.entry(store.size().value() - 1).value();
    }

private Q_SLOTS:
    void init()
    {
        m_keys.reset();
        auto opened = m_fx.open({{QStringLiteral("node_id"), QStringLiteral("node-test")}});
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_keys = std::make_unique<ApiKeyStore>(m_fx.db, *m_fx.ledger, m_fx.clock);
    }

    void createShowsTheSecretOnceAndStoresOnlyItsHash()
    {
        const qint64 ledgerBefore = m_fx.ledgerSize();
        auto created = m_keys->create(QStringLiteral("billing-bot"),
                                      {QStringLiteral("verify"), QStringLiteral("decide")}, 25, m_system);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QString secret = created->secret;
        QVERIFY(secret.startsWith(QLatin1String("lxk_")));
        QCOMPARE(secret.size(), 4 + 43);
        const QByteArray raw = QByteArray::fromBase64(
            secret.mid(4).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QCOMPARE(raw.size(), 32);
        QCOMPARE(created->key.prefix, secret.left(12));
        QCOMPARE(created->key.scopes, (QStringList{QStringLiteral("decide"), QStringLiteral("verify")}));
        QCOMPARE(created->key.ratePerSecond, 25.0);
        QCOMPARE(created->key.burst, 50.0);
        QCOMPARE(created->key.createdBy, QStringLiteral("system"));
        QVERIFY(created->key.isActive());
        QVERIFY(!created->key.toJson().contains(QLatin1String("key")));

        // The row holds the hex SHA-256 and never the secret or any long part of it.
        QSqlDatabase conn = m_fx.db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT * FROM api_keys"));
        QVERIFY(q.ok());
        QVERIFY(q->next());
        const QString expectedHash =
            QString::fromLatin1(QCryptographicHash::hash(secret.toLatin1(), QCryptographicHash::Sha256).toHex());
        bool sawHash = false;
        for (int i = 0; i < q->record().count(); ++i) {
            const QString value = q->value(i).toString();
            QVERIFY2(!value.contains(secret.mid(12)), qPrintable(q->record().fieldName(i)));
            QVERIFY2(!value.contains(secret.mid(4, 20)), qPrintable(q->record().fieldName(i)));
            if (q->record().fieldName(i) == QLatin1String("key_hash")) {
                QCOMPARE(value, expectedHash);
                sawHash = true;
            }
        }
        QVERIFY(sawHash);
        QVERIFY(!q->next());

        // Exactly one ledger entry, without the secret.
        QCOMPARE(m_fx.ledgerSize(), ledgerBefore + 1);
        const LedgerEntry e = lastEntry();
        QCOMPARE(e.type, QStringLiteral("apikey_created"));
        QCOMPARE(e.actor, QStringLiteral("system"));
        QCOMPARE(e.payload.value(QStringLiteral("name")).toString(), QStringLiteral("billing-bot"));
        QCOMPARE(e.payload.value(QStringLiteral("prefix")).toString(), secret.left(12));
        QVERIFY(!QString::fromUtf8(e.canonical).contains(secret.mid(12)));

        // list() shows it, without secret or hash.
        auto listed = m_keys->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, QStringLiteral("billing-bot"));
        QCOMPARE(listed->first().createdAtMs, m_fx.clock.nowMs());
    }

    void keysAreDistinct()
    {
        const QString a = make(QStringLiteral("a")).secret;
        const QString b = make(QStringLiteral("b")).secret;
        QVERIFY(a != b);
    }

    void badInputIsRefusedAndStoresNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<double>("rate");
        QTest::addColumn<QString>("field");
        const QStringList decide{QStringLiteral("decide")};
        QTest::newRow("empty name") << QString() << decide << 10.0 << "name";
        QTest::newRow("space in name") << "my bot" << decide << 10.0 << "name";
        QTest::newRow("slash in name") << "a/b" << decide << 10.0 << "name";
        QTest::newRow("name too long") << QString(65, QLatin1Char('x')) << decide << 10.0 << "name";
        QTest::newRow("no scopes") << "bot" << QStringList() << 10.0 << "scopes";
        QTest::newRow("unknown scope") << "bot" << QStringList{QStringLiteral("admin")} << 10.0 << "scopes";
        QTest::newRow("scope case") << "bot" << QStringList{QStringLiteral("Decide")} << 10.0 << "scopes";
        QTest::newRow("rate zero") << "bot" << decide << 0.0 << "rate";
        QTest::newRow("rate negative") << "bot" << decide << -5.0 << "rate";
        QTest::newRow("rate below one") << "bot" << decide << 0.5 << "rate";
        QTest::newRow("rate too high") << "bot" << decide << 100001.0 << "rate";
        QTest::newRow("rate nan") << "bot" << decide << std::numeric_limits<double>::quiet_NaN() << "rate";
        QTest::newRow("rate inf") << "bot" << decide << std::numeric_limits<double>::infinity() << "rate";
    }
    void badInputIsRefusedAndStoresNothing()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, scopes);
        QFETCH(double, rate);
        QFETCH(QString, field);
        const qint64 ledgerBefore = m_fx.ledgerSize();
        auto r = m_keys->create(name, scopes, rate, m_system);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(m_fx.rowCount(QStringLiteral("api_keys")), 0);
        QCOMPARE(m_fx.ledgerSize(), ledgerBefore);
    }

    void rateLimitsAtTheEdgesAreAccepted()
    {
        QCOMPARE(make(QStringLiteral("slow"), {QStringLiteral("read")}, 1).key.burst, 2.0);
        QCOMPARE(make(QStringLiteral("fast"), {QStringLiteral("read")}, 100000).key.ratePerSecond, 100000.0);
    }

    void duplicateNamesAreRefusedAlsoWhenRevokedOrInOtherCase()
    {
        make(QStringLiteral("bot"));
        const qint64 ledgerBefore = m_fx.ledgerSize();
        auto again = m_keys->create(QStringLiteral("bot"), {QStringLiteral("decide")}, 10, m_system);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QVERIFY(again.error().message.contains(QLatin1String("bot")));
        auto upper = m_keys->create(QStringLiteral("BOT"), {QStringLiteral("decide")}, 10, m_system);
        QCOMPARE(upper.error().code, Error::Code::Conflict);
        QCOMPARE(m_fx.ledgerSize(), ledgerBefore);
        QVERIFY(m_keys->revoke(QStringLiteral("bot"), m_system).ok());
        auto afterRevoke = m_keys->create(QStringLiteral("bot"), {QStringLiteral("decide")}, 10, m_system);
        QCOMPARE(afterRevoke.error().code, Error::Code::Conflict);
        QCOMPARE(m_fx.rowCount(QStringLiteral("api_keys")), 1);
    }

    void managingKeysNeedsThePermission()
    {
        const Principal officer = Principal::user(QStringLiteral("olga"), Role::ComplianceOfficer);
        auto r = m_keys->create(QStringLiteral("bot"), {QStringLiteral("decide")}, 10, officer);
        QCOMPARE(r.error().code, Error::Code::Forbidden);
        QVERIFY(r.error().message.contains(QLatin1String("manage_api_keys")));
        const Principal key = make(QStringLiteral("bot")).key.principal();
        QCOMPARE(m_keys->revoke(QStringLiteral("bot"), key).error().code, Error::Code::Forbidden);
        QCOMPARE(m_keys->revoke(QStringLiteral("bot"), officer).error().code, Error::Code::Forbidden);
        QVERIFY(m_keys->create(QStringLiteral("bot2"), {QStringLiteral("decide")}, 10, m_admin).ok());
    }

    void principalMayDecideOnlyWithTheDecideScope()
    {
        const ApiKey decider = make(QStringLiteral("d"), {QStringLiteral("decide")}).key;
        const ApiKey reader = make(QStringLiteral("r"), {QStringLiteral("read"), QStringLiteral("verify")}).key;
        QVERIFY(decider.principal().can(Permission::Decide));
        QVERIFY(!reader.principal().can(Permission::Decide));
        QVERIFY(!decider.principal().can(Permission::ManageApiKeys));
        QCOMPARE(decider.principal().ledgerActor(), QStringLiteral("apikey:d"));
    }

    void revokeWritesOneEntryAndIsFinal()
    {
        const CreatedApiKey k = make(QStringLiteral("bot"));
        QVERIFY(m_keys->authenticate(k.secret.toLatin1()).has_value());
        const qint64 ledgerBefore = m_fx.ledgerSize();
        m_fx.clock.advanceMinutes(5);
        QVERIFY(m_keys->revoke(QStringLiteral("bot"), m_admin).ok());
        QCOMPARE(m_fx.ledgerSize(), ledgerBefore + 1);
        const LedgerEntry e = lastEntry();
        QCOMPARE(e.type, QStringLiteral("apikey_revoked"));
        QCOMPARE(e.actor, QStringLiteral("user:root"));
        QCOMPARE(e.payload.value(QStringLiteral("name")).toString(), QStringLiteral("bot"));
        QVERIFY(!m_keys->authenticate(k.secret.toLatin1()).has_value());

        const ApiKey listed = m_keys->list()->first();
        QCOMPARE(listed.revokedAtMs, m_fx.clock.nowMs());
        QVERIFY(!listed.isActive());
        QCOMPARE(listed.toJson().value(QStringLiteral("active")).toBool(), false);

        auto twice = m_keys->revoke(QStringLiteral("bot"), m_system);
        QCOMPARE(twice.error().code, Error::Code::Conflict);
        auto unknown = m_keys->revoke(QStringLiteral("nobody"), m_system);
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        QCOMPARE(m_fx.ledgerSize(), ledgerBefore + 1);

        // The table's own triggers keep a revoked key revoked, and rows are never deleted.
        QSqlDatabase conn = m_fx.db->connection();
        QVERIFY(!Sql::exec(conn, QStringLiteral("UPDATE api_keys SET revoked_at = NULL")).ok());
        QVERIFY(!Sql::exec(conn, QStringLiteral("DELETE FROM api_keys")).ok());
        QVERIFY(!Sql::exec(conn, QStringLiteral("UPDATE api_keys SET scopes = 'decide,verify,read'")).ok());
    }

    void authenticateFindsTheKey()
    {
        const CreatedApiKey a = make(QStringLiteral("a"), {QStringLiteral("decide")}, 10);
        const CreatedApiKey b = make(QStringLiteral("b"), {QStringLiteral("read")}, 20);
        auto found = m_keys->authenticate(a.secret.toLatin1());
        QVERIFY(found.has_value());
        QCOMPARE(found->name, QStringLiteral("a"));
        QCOMPARE(found->ratePerSecond, 10.0);
        QVERIFY(found->hasScope(QStringLiteral("decide")));
        QCOMPARE(m_keys->authenticate(b.secret.toLatin1())->name, QStringLiteral("b"));
    }

    void authenticateRejectsMalformedAndNearMissKeys_data()
    {
        QTest::addColumn<int>("variant");
        for (int i = 0; i < 11; ++i)
            QTest::newRow(qPrintable(QStringLiteral("variant %1").arg(i))) << i;
    }
    void authenticateRejectsMalformedAndNearMissKeys()
    {
        QFETCH(int, variant);
        const QByteArray secret = make(QStringLiteral("bot")).secret.toLatin1();
        QByteArray presented;
        switch (variant) {
        case 0: presented = QByteArray(); break;
        case 1: presented = "lxk_"; break;
        case 2: presented = secret.chopped(1); break;      // one character short
        case 3: presented = secret + "A"; break;           // one too many
        case 4: presented = "Bearer " + secret; break;     // header not stripped
        case 5: presented = "LXK_" + secret.mid(4); break; // wrong prefix case
        case 6:
            presented = secret;
            presented[20] = presented[20] == 'A' ? 'B' : 'A';
            break; // one char changed
        case 7:
            presented = secret;
            presented[46] = presented[46] == 'A' ? 'B' : 'A';
            break; // last char changed
        case 8:
            presented = secret;
            presented[10] = '+';
            break;                                // not base64url
        case 9: presented = secret + '\0'; break; // trailing NUL
        case 10: presented = secret.toLower() == secret ? secret.toUpper() : secret.toLower(); break;
        }
        QVERIFY(presented != secret);
        QVERIFY(!m_keys->authenticate(presented).has_value());
        QVERIFY(m_keys->authenticate(secret).has_value()); // the real one still works
    }

    void revocationInAnotherDatabaseObjectIsSeenWithinASecond()
    {
        const CreatedApiKey k = make(QStringLiteral("bot"));
        QVERIFY(m_keys->authenticate(k.secret.toLatin1()).has_value());

        // A second Database object on the same file has its own connections, like another process.
        auto other = Database::open(m_fx.db->path());
        QVERIFY(other.ok());
        LedgerWriter otherLedger(*other, m_fx.clock);
        ApiKeyStore otherKeys(*other, otherLedger, m_fx.clock);
        QVERIFY(otherKeys.authenticate(k.secret.toLatin1()).has_value());
        const CreatedApiKey fresh = *otherKeys.create(QStringLiteral("fresh"), {QStringLiteral("read")}, 5, m_system);
        QVERIFY(otherKeys.revoke(QStringLiteral("bot"), m_system).ok());
        QVERIFY(!otherKeys.authenticate(k.secret.toLatin1()).has_value()); // its own change: at once

        QElapsedTimer timer;
        timer.start();
        while (m_keys->authenticate(k.secret.toLatin1()).has_value() && timer.elapsed() < 2000)
            QThread::msleep(10);
        const qint64 seenAfter = timer.elapsed();
        QVERIFY2(seenAfter < 1000, qPrintable(QStringLiteral("revocation seen after %1 ms").arg(seenAfter)));
        QVERIFY(m_keys->authenticate(fresh.secret.toLatin1()).has_value());
        otherLedger.shutdown();
    }

    void authenticateIsThreadSafe()
    {
        const CreatedApiKey k = make(QStringLiteral("bot"));
        std::atomic<int> ok{0}, refused{0};
        std::vector<std::thread> threads;
        QElapsedTimer timer;
        timer.start();
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                const QByteArray good = k.secret.toLatin1();
                QByteArray bad = good;
                bad[30] = bad[30] == 'x' ? 'y' : 'x';
                for (int i = 0; i < 2000; ++i) {
                    if (m_keys->authenticate(good).has_value())
                        ++ok;
                    if (m_keys->authenticate(bad).has_value())
                        ++refused; // must never happen
                }
                Q_UNUSED(t)
            });
        }
        // Changes while the threads run force reloads under their feet.
        for (int i = 0; i < 5; ++i)
            make(QStringLiteral("other%1").arg(i));
        for (auto &t : threads)
            t.join();
        // Reported, not asserted (timing on a shared machine): the intake calls this per request.
        qInfo("authenticate: %.1f us per call (wall clock), 8 threads, half with a wrong key, 5 reloads meanwhile",
              double(timer.nsecsElapsed()) / 1000.0 / (8 * 2000 * 2));
        QCOMPARE(ok.load(), 8 * 2000);
        QCOMPARE(refused.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "TestApiKeyStore.moc"
