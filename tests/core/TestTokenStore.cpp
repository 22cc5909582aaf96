#include "common/Timestamp.h"
#include "crypto/NodeIdentity.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/StoreFixture.h"
#include "support/TestSecret.h"
#include "token/CapabilityToken.h"
#include "token/TokenStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

class TestTokenStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::StoreFixture m_fx;
    std::optional<NodeIdentity> m_node;
    std::unique_ptr<TokenStore> m_store;

    // What the decision service does: append the decision entry and record its token in the
    // same transaction.
    IssuedToken issueForDecision(const QString &decisionId)
    {
        IssuedToken issued =
            CapabilityToken::issue(
                *m_node,
                {QStringLiteral("model:x"), decisionId, QStringLiteral("read"), {}, QString(64, QLatin1Char('b'))},
                m_fx.clock)
                .value();
        auto e = m_fx.ledger->append(
            {QStringLiteral("decision"),
             QStringLiteral("apikey:bot"),
             {{QStringLiteral("id"), decisionId}},
             [&](QSqlDatabase &conn, const LedgerEntry &) { return TokenStore::recordIssued(conn, issued); }});
        if (!e.ok())
            qWarning("append failed: %s", qPrintable(e.error().message));
        return issued;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Test::useSecretFileIfUnset(m_dir.path(), "token store passphrase")); }

    void init()
    {
        m_store.reset();
        auto opened = m_fx.openDatabase();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        auto node = NodeIdentity::openOrCreate(m_fx.db, m_fx.clock);
        QVERIFY2(node.ok(), qPrintable(node.error().message));
        m_node = *node;
        auto started = m_fx.startLedger(m_node->genesisPayload());
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        m_store = std::make_unique<TokenStore>(m_fx.db, *m_fx.ledger, m_fx.clock);
    }

    void recordIssuedInsideTheDecisionTransaction()
    {
        const IssuedToken t = issueForDecision(QStringLiteral("dec_A"));
        QVERIFY(m_store->isIssued(t.jti).value());
        QCOMPARE(m_store->tokensForDecision(QStringLiteral("dec_A")).value(), QStringList{t.jti});
        QVERIFY(!m_store->isRevoked(t.jti).value());

        // A failing decision append leaves no token behind.
        IssuedToken orphan =
            CapabilityToken::issue(
                *m_node, {QStringLiteral("s"), QStringLiteral("dec_B"), QStringLiteral("a"), {}, QStringLiteral("p")},
                m_fx.clock)
                .value();
        auto failed = m_fx.ledger->append({QStringLiteral("decision"),
                                           QStringLiteral("system"),
                                           {},
                                           [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
                                               if (auto r = TokenStore::recordIssued(conn, orphan); !r)
                                                   return r;
                                               return Error::internal(QStringLiteral("decision write failed"));
                                           }});
        QVERIFY(!failed.ok());
        QVERIFY(!m_store->isIssued(orphan.jti).value());
    }

    void insertedRowHoldsEveryClaimWithItsType()
    {
        // The insert binds raw UTF-8 and integers (storage/CachedStatement): the stored values and
        // their SQL types must be what the QVariant binds stored before.
        const IssuedToken t = issueForDecision(QStringLiteral("dec_G"));
        IssuedToken withTool =
            CapabilityToken::issue(*m_node,
                                   {QStringLiteral("model:\u00e9t\u00e9"), QStringLiteral("dec_H"), QStringLiteral("send"),
                                    QStringLiteral("mail \u2709"), QString(64, QLatin1Char('c'))},
                                   m_fx.clock)
                .value();
        QVERIFY(m_fx.ledger->append({QStringLiteral("decision"), QStringLiteral("system"), {},
                                     [&](QSqlDatabase &conn, const LedgerEntry &) {
                                         return TokenStore::recordIssued(conn, withTool);
                                     }})
                    .ok());
        QSqlDatabase conn = m_fx.db->connection();
        auto q = Sql::exec(conn,
                           QStringLiteral("SELECT jti, decision_id, sub, act, tool, typeof(tool), pol, iat, typeof(iat), "
                                          "exp, issued_at, typeof(issued_at) FROM tokens WHERE jti IN (?, ?) ORDER BY decision_id"),
                           {t.jti, withTool.jti});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), t.jti);
        QCOMPARE(q->value(1).toString(), QStringLiteral("dec_G"));
        QCOMPARE(q->value(5).toString(), QStringLiteral("null")); // no tool: NULL, not ''
        QCOMPARE(q->value(8).toString(), QStringLiteral("integer"));
        QCOMPARE(q->value(9).toLongLong(), t.expiresAt);
        QCOMPARE(q->value(10).toString(), Timestamp::format(t.issuedAt * 1000));
        QCOMPARE(q->value(11).toString(), QStringLiteral("text"));
        QVERIFY(q->next());
        QCOMPARE(q->value(2).toString(), withTool.claims.subject);
        QCOMPARE(q->value(3).toString(), QStringLiteral("send"));
        QCOMPARE(q->value(4).toString(), withTool.claims.tool);
        QCOMPARE(q->value(6).toString(), withTool.claims.policyHash);
        QCOMPARE(q->value(7).toLongLong(), withTool.issuedAt);
        q->finish(); // an unfinished read keeps this connection on its old snapshot
        // A duplicate jti fails and names the statement; the statement stays usable afterwards.
        auto again = m_fx.ledger->append({QStringLiteral("decision"), QStringLiteral("system"), {},
                                          [&](QSqlDatabase &c, const LedgerEntry &) {
                                              return TokenStore::recordIssued(c, withTool);
                                          }});
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("INSERT INTO tokens")), qPrintable(again.error().message));
        QVERIFY(m_store->isIssued(issueForDecision(QStringLiteral("dec_I")).jti).value());
    }

    void cachedInsertsLetTheirConnectionClose()
    {
        // The prepared inserts belong to the connection: closing it must still succeed (a raw
        // statement left open would make SQLite refuse the close and leak the file handle and WAL),
        // and a reopened connection prepares them again.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("close.db"));
        const IssuedToken t =
            CapabilityToken::issue(*m_node, {QStringLiteral("s"), QStringLiteral("dec_J"), QStringLiteral("a"), {}, QStringLiteral("p")},
                                   m_fx.clock)
                .value();
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            QVERIFY((*db)->write([&](QSqlDatabase &conn) { return TokenStore::recordIssued(conn, t); }).ok());
            QSqlDatabase conn = (*db)->connection();
            conn.close();
            QVERIFY(conn.open());
            const IssuedToken second =
                CapabilityToken::issue(*m_node, {QStringLiteral("s"), QStringLiteral("dec_K"), QStringLiteral("a"), {}, QStringLiteral("p")},
                                       m_fx.clock)
                    .value();
            QVERIFY((*db)->write([&](QSqlDatabase &c) { return TokenStore::recordIssued(c, second); }).ok());
        }
        // The last connection closed cleanly: SQLite checkpointed and removed the WAL file.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlDatabase conn = (*db)->connection();
        auto count = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM tokens"));
        QVERIFY(count.ok() && count->next());
        QCOMPARE(count->value(0).toInt(), 2);
    }

    void revokePermissions_data()
    {
        QTest::addColumn<int>("who");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("viewer") << 0 << false;
        QTest::newRow("auditor") << 1 << false;
        QTest::newRow("compliance officer") << 2 << true;
        QTest::newRow("admin") << 3 << true;
        QTest::newRow("api key deciding only") << 4 << false;
        QTest::newRow("system") << 5 << false;
    }

    void revokePermissions()
    {
        QFETCH(int, who);
        QFETCH(bool, allowed);
        const QList<Principal> principals{Principal::user(QStringLiteral("v"), Role::Viewer),
                                          Principal::user(QStringLiteral("a"), Role::Auditor),
                                          Principal::user(QStringLiteral("carol"), Role::ComplianceOfficer),
                                          Principal::user(QStringLiteral("root"), Role::Admin),
                                          Principal::apiKey(QStringLiteral("bot"), {Permission::Decide}),
                                          Principal::system()};
        const IssuedToken t = issueForDecision(QStringLiteral("dec_C"));
        auto r = m_store->revoke(t.jti, QStringLiteral("model misbehaved"), principals.at(who));
        QCOMPARE(r.ok(), allowed);
        QCOMPARE(m_store->isRevoked(t.jti).value(), allowed);
        if (!allowed) {
            QCOMPARE(r.error().code, Error::Code::Forbidden);
            QVERIFY(r.error().message.contains(QLatin1String("create_override")));
        }
    }

    void revocationIsLedgeredWithoutTheReasonText()
    {
        const IssuedToken t = issueForDecision(QStringLiteral("dec_D"));
        const QString reason = QStringLiteral("Alice Example reported the agent");
        QVERIFY(m_store->revoke(t.jti, reason, Principal::user(QStringLiteral("carol"), Role::ComplianceOfficer)).ok());
        LedgerStore ledger(m_fx.db);
        const LedgerEntry e = ledger.entry(ledger.size().value() - 1).value();
        QCOMPARE(e.type, QStringLiteral("token_revoked"));
        QCOMPARE(e.actor, QStringLiteral("user:carol"));
        QCOMPARE(e.payload.value(QStringLiteral("jti")).toString(), t.jti);
        QCOMPARE(e.payload.value(QStringLiteral("decision_id")).toString(), QStringLiteral("dec_D"));
        // A salted commitment, not the plain hash someone could confirm by guessing the text.
        const QString commitment = e.payload.value(QStringLiteral("reason_commitment")).toString();
        QCOMPARE(commitment.size(), 64);
        QVERIFY(commitment
                != QString::fromLatin1(QCryptographicHash::hash(reason.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(!e.canonical.contains("Alice"));
        QSqlDatabase conn = m_fx.db->connection();
        auto q = Sql::exec(
            conn, QStringLiteral("SELECT reason, revoked_by, ledger_index FROM token_revocations WHERE jti = ?"),
            {t.jti});
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), reason);
        QCOMPARE(q->value(1).toString(), QStringLiteral("user:carol"));
        QCOMPARE(q->value(2).toLongLong(), e.index);
    }

    void revokeRefusals()
    {
        const Principal admin = Principal::user(QStringLiteral("root"), Role::Admin);
        const IssuedToken t = issueForDecision(QStringLiteral("dec_E"));
        const qint64 before = LedgerStore(m_fx.db).size().value();
        QCOMPARE(m_store->revoke(QStringLiteral("cap_NOPE"), QStringLiteral("x"), admin).error().code,
                 Error::Code::NotFound);
        auto blank = m_store->revoke(t.jti, QStringLiteral("  "), admin);
        QCOMPARE(blank.error().field, QStringLiteral("reason"));
        QCOMPARE(LedgerStore(m_fx.db).size().value(), before);
        QVERIFY(m_store->revoke(t.jti, QStringLiteral("first"), admin).ok());
        auto again = m_store->revoke(t.jti, QStringLiteral("second"), admin);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(LedgerStore(m_fx.db).size().value(), before + 1);
    }

    void tablesRefuseRewrites()
    {
        const IssuedToken t = issueForDecision(QStringLiteral("dec_F"));
        QVERIFY(m_store->revoke(t.jti, QStringLiteral("r"), Principal::user(QStringLiteral("root"), Role::Admin)).ok());
        QSqlDatabase conn = m_fx.db->connection();
        QVERIFY(!Sql::exec(conn, QStringLiteral("UPDATE tokens SET act = 'delete'")).ok());
        QVERIFY(!Sql::exec(conn, QStringLiteral("DELETE FROM tokens")).ok());
        QVERIFY(!Sql::exec(conn, QStringLiteral("DELETE FROM token_revocations")).ok());
        QVERIFY(!Sql::exec(conn, QStringLiteral("UPDATE token_revocations SET jti = 'cap_X'")).ok());
        // Erasing the free-text reason stays possible.
        QVERIFY(Sql::exec(conn, QStringLiteral("UPDATE token_revocations SET reason = '[erased]'")).ok());
        QVERIFY(m_store->isRevoked(t.jti).value());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "TestTokenStore.moc"
