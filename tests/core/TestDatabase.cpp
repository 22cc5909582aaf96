#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Lexecon;

namespace {

QString insertDecision(const QString &id, const QString &outcome, const QString &moreColumns = QString(),
                       const QString &moreValues = QString())
{
    return QStringLiteral("INSERT INTO decisions (decision_id, requester, actor, action, request_json, request_commitment, "
                          "outcome, final_outcome, reasons_json, risk_score, risk_level, risk_json, ledger_index, "
                          "entry_hash, created_at, created_ms%3) VALUES ('%1', 'r', 'a', 'act', '{}', 'c', '%2', 'approved', "
                          "'[]', 1, 'low', '{}', 1, 'h', 't', 1%4)")
        .arg(id, outcome, moreColumns.isEmpty() ? QString() : QStringLiteral(", ") + moreColumns,
             moreValues.isEmpty() ? QString() : QStringLiteral(", ") + moreValues);
}

// PRAGMA integrity_check on conn: "ok", or what SQLite found.
QString integrity(QSqlDatabase &conn)
{
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY((*db)->schemaVersion() >= 1);
    }

    void migrationsAreIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        int version = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            version = (*db)->schemaVersion();
        }
        auto again = Database::open(path);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE((*again)->schemaVersion(), version);
    }

    void appendOnlyTablesRefuseUpdateAndDelete()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        QSqlDatabase conn = (*db)->connection();
        QVERIFY(Sql::exec(conn, QStringLiteral("INSERT INTO ledger_entries VALUES (0, 't', 'genesis', 'system', 'h', x'00')")).ok());
        auto upd = Sql::exec(conn, QStringLiteral("UPDATE ledger_entries SET actor = 'mallory'"));
        QVERIFY(!upd.ok());
        QVERIFY(upd.error().message.contains(QLatin1String("append-only")));
        QVERIFY(!Sql::exec(conn, QStringLiteral("DELETE FROM ledger_entries")).ok());
        auto q = Sql::exec(conn, QStringLiteral("SELECT actor FROM ledger_entries"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("system"));
    }

    // The desktop's filters over a million decisions stay index reads; "overridden" has a partial
    // index that new decisions (overridden = 0) never enter.
    void overriddenFilterReadsItsPartialIndex()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM decisions WHERE overridden = 1 "
                                      "AND created_ms >= 0 AND created_ms < 10")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("decisions_overridden")), qPrintable(plan));
    }

    // Migration 025: the hot tables' CHECKs are comparisons, not IN lists, so inserting a decision
    // or an escalation builds no temporary B-tree; the rules still refuse what they refused; and a
    // workspace that had the old definitions (and rows) gets the new ones and stays intact.
    void hotTablesCheckWithoutLists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlDatabase conn = (*db)->connection();
            QVERIFY(Sql::exec(conn, insertDecision(QStringLiteral("dec_1"), QStringLiteral("approved"))).ok());
            // Back to the definitions of 004 and 005, as a workspace from before 025 has them.
            QVERIFY(Sql::exec(conn, QStringLiteral("PRAGMA writable_schema = ON")).ok());
            QVERIFY(Sql::exec(conn, QStringLiteral(
                "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (outcome = ''approved'' OR outcome = ''denied'' OR "
                "outcome = ''escalated'')', 'CHECK (outcome IN (''approved'', ''denied'', ''escalated''))') "
                "WHERE name = 'decisions'")).ok());
            QVERIFY(Sql::exec(conn, QStringLiteral("PRAGMA writable_schema = OFF")).ok());
            QVERIFY(Sql::exec(conn, QStringLiteral("DELETE FROM schema_migrations WHERE version = 25")).ok());
        }
        // The connection that ran migration 025 reloaded the definitions it edited.
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE name IN ('decisions', 'escalations')")));
        int tables = 0;
        while (q.next()) {
            ++tables;
            QVERIFY2(!q.value(1).toString().contains(QLatin1String(" IN (")), qPrintable(q.value(1).toString()));
        }
        QCOMPARE(tables, 2);
        for (const QString &sql : {QStringLiteral("EXPLAIN INSERT INTO decisions (decision_id, outcome, final_outcome) "
                                                  "VALUES ('d', 'approved', 'pending')"),
                                   QStringLiteral("EXPLAIN UPDATE decisions SET final_outcome = 'denied' WHERE decision_id = 'd'"),
                                   QStringLiteral("EXPLAIN INSERT INTO escalations (escalation_id, priority, status, outcome) "
                                                  "VALUES ('e', 'low', 'pending', NULL)")}) {
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            while (q.next())
                QVERIFY2(q.value(1).toString() != QLatin1String("OpenEphemeral"), qPrintable(sql));
        }
        // The rules hold as before.
        QVERIFY(Sql::exec(conn, insertDecision(QStringLiteral("dec_2"), QStringLiteral("denied"))).ok());
        auto bogus = Sql::exec(conn, insertDecision(QStringLiteral("dec_3"), QStringLiteral("maybe")));
        QVERIFY(!bogus.ok());
        QVERIFY2(bogus.error().message.contains(QLatin1String("CHECK")), qPrintable(bogus.error().message));
        QVERIFY(!Sql::exec(conn, QStringLiteral("UPDATE decisions SET final_outcome = 'unknown' WHERE decision_id = 'dec_1'")).ok());
        const QString escalation = QStringLiteral(
            "INSERT INTO escalations (escalation_id, decision_id, priority, status, created_at, sla_deadline, outcome) "
            "VALUES ('%1', 'dec_1', '%2', '%3', 't', 't', %4)");
        QVERIFY(Sql::exec(conn, escalation.arg(QStringLiteral("esc_1"), QStringLiteral("high"), QStringLiteral("pending"), QStringLiteral("NULL"))).ok());
        QVERIFY(Sql::exec(conn, escalation.arg(QStringLiteral("esc_2"), QStringLiteral("low"), QStringLiteral("resolved"), QStringLiteral("'escalated_up'"))).ok());
        QVERIFY(!Sql::exec(conn, escalation.arg(QStringLiteral("esc_3"), QStringLiteral("urgent"), QStringLiteral("pending"), QStringLiteral("NULL"))).ok());
        QVERIFY(!Sql::exec(conn, escalation.arg(QStringLiteral("esc_4"), QStringLiteral("low"), QStringLiteral("open"), QStringLiteral("NULL"))).ok());
        QVERIFY(!Sql::exec(conn, escalation.arg(QStringLiteral("esc_5"), QStringLiteral("low"), QStringLiteral("resolved"), QStringLiteral("'maybe'"))).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM decisions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(integrity(conn), QStringLiteral("ok"));
    }

    // Migration 026: inline evidence content must match its size; a CHECK says so instead of a
    // trigger, so inserting an artifact runs no trigger program (and opens no statement journal).
    void evidenceSizeIsACheck()
    {
        QTemporaryDir dir;
        // The connection that ran the migrations: it reloaded the definitions it edited.
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        const QString insert = QStringLiteral(
            "INSERT INTO evidence_artifacts (artifact_id, type, sha256, size, media_type, created_at, created_by, "
            "retention_until, title, content) VALUES ('%1', 'decision_log', 's', %2, 'application/json', 't', 'u', 'r', "
            "'x', %3)");
        QVERIFY(q.exec(QStringLiteral("EXPLAIN ") + insert.arg(QStringLiteral("a"), QStringLiteral("3"), QStringLiteral("x'010203'"))));
        while (q.next())
            QVERIFY(q.value(1).toString() != QLatin1String("Program"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'evidence_artifacts' "
                                      "AND name = 'evidence_artifacts_inline_size'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(Sql::exec(conn, insert.arg(QStringLiteral("a"), QStringLiteral("3"), QStringLiteral("x'010203'"))).ok());
        QVERIFY(Sql::exec(conn, insert.arg(QStringLiteral("b"), QStringLiteral("5000"), QStringLiteral("NULL"))).ok());
        auto wrong = Sql::exec(conn, insert.arg(QStringLiteral("c"), QStringLiteral("4"), QStringLiteral("x'010203'")));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(QLatin1String("CHECK")), qPrintable(wrong.error().message));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM evidence_artifacts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(integrity(conn), QStringLiteral("ok"));
    }

    // Migration 029 on a workspace from before it: the revocations' foreign key to tokens gives way
    // to a trigger that also knows the tokens kept in decision rows; the rows already there stay.
    void revocationsNameIssuedTokensAfterTheUpgrade()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.db"));
        const QString revocation = QStringLiteral("INSERT INTO token_revocations (jti, revoked_at, revoked_by, reason, "
                                                  "ledger_index) VALUES ('%1', 't', 'u', 'r', 1)");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlDatabase conn = (*db)->connection();
            // Back to the definitions before 029, as a workspace from before it has them.
            for (const QString &sql :
                 {QStringLiteral("DROP TRIGGER token_revocations_issued"), QStringLiteral("DROP TRIGGER decisions_token_fixed"),
                  QStringLiteral("ALTER TABLE decisions DROP COLUMN token_iat"),
                  QStringLiteral("ALTER TABLE decisions DROP COLUMN token_exp"), QStringLiteral("PRAGMA writable_schema = ON"),
                  QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, 'jti TEXT PRIMARY KEY,', "
                                 "'jti TEXT PRIMARY KEY REFERENCES tokens (jti),') WHERE name = 'token_revocations'"),
                  QStringLiteral("PRAGMA writable_schema = OFF"), QStringLiteral("DELETE FROM schema_migrations WHERE version = 29")})
                QVERIFY2(Sql::exec(conn, sql).ok(), qPrintable(sql));
        }
        {
            // What such a workspace holds: a token and its revocation, under the foreign key.
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before-029"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            {
                QSqlQuery q(old);
                QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO tokens (jti, decision_id, sub, act, pol, iat, exp, issued_at) "
                                              "VALUES ('cap_OLD', 'dec_1', 's', 'act', 'p', 1, 2, 't')")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO tokens (jti, decision_id, sub, act, pol, iat, exp, issued_at) "
                                              "VALUES ('cap_OLD2', 'dec_1', 's', 'act', 'p', 1, 2, 't')")));
                QVERIFY(q.exec(revocation.arg(QStringLiteral("cap_OLD"))));
                QVERIFY(!q.exec(revocation.arg(QStringLiteral("cap_NONE")))); // the foreign key
            }
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("before-029"));

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'token_revocations'")) && q.next());
        QVERIFY2(!q.value(0).toString().contains(QLatin1String("REFERENCES")), qPrintable(q.value(0).toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM token_revocations WHERE jti = 'cap_OLD'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A token in a decision row, one in tokens, and none at all.
        QVERIFY(Sql::exec(conn, insertDecision(QStringLiteral("dec_01M85NFHQDEF5GSK463ZQGT67W"), QStringLiteral("approved"))).ok());
        // A decision's token times never change, not even from none.
        QVERIFY(!Sql::exec(conn, QStringLiteral("UPDATE decisions SET token_iat = 1, token_exp = 2 WHERE decision_id = "
                                                "'dec_01M85NFHQDEF5GSK463ZQGT67W'")).ok());
        QVERIFY(Sql::exec(conn, insertDecision(QStringLiteral("dec_01M85NFHQDEF5GSK463ZQGT67X"), QStringLiteral("approved"),
                                               QStringLiteral("token_iat, token_exp"), QStringLiteral("10, 310")))
                    .ok());
        QVERIFY(Sql::exec(conn, revocation.arg(QStringLiteral("cap_01M85NFHQDEF5GSK463ZQGT67X"))).ok());
        QVERIFY(Sql::exec(conn, revocation.arg(QStringLiteral("cap_OLD2"))).ok());
        for (const char *jti : {"cap_01M85NFHQDEF5GSK463ZQGT67W", "cap_NONE", "dec_01M85NFHQDEF5GSK463ZQGT67X"}) {
            auto refused = Sql::exec(conn, revocation.arg(QString::fromLatin1(jti)));
            QVERIFY2(!refused.ok(), jti);
            QVERIFY2(refused.error().message.contains(QLatin1String("no token")), qPrintable(refused.error().message));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QCOMPARE(integrity(conn), QStringLiteral("ok"));
    }

    // Migration 028: only decisions with a request_id are in decisions_idempotency; the lookups
    // use it, and a second decision with the same request_id is refused as before.
    void idempotencyIndexHoldsOnlyRequestIds()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        QSqlDatabase conn = (*db)->connection();
        QSqlQuery q(conn);
        for (const QString &sql : {QStringLiteral("SELECT 1 FROM decisions WHERE requester = ? AND request_id = ?"),
                                   QStringLiteral("SELECT decision_id FROM decisions WHERE requester = ? AND request_id = ?")}) {
            auto explained = Sql::exec(conn, QStringLiteral("EXPLAIN QUERY PLAN ") + sql,
                                       {QStringLiteral("r"), QStringLiteral("req-1")});
            QVERIFY2(explained.ok(), qPrintable(explained.error().message));
            QString plan;
            while (explained->next())
                plan += explained->value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QLatin1String("INDEX decisions_idempotency (requester=? AND request_id=?)")), qPrintable(sql + QLatin1Char('\n') + plan));
        }
        const auto insert = [](const char *id, const char *requestId) {
            return insertDecision(QString::fromLatin1(id), QStringLiteral("approved"), QStringLiteral("request_id"),
                                  QString::fromLatin1(requestId));
        };
        QVERIFY(Sql::exec(conn, insert("dec_1", "'req-1'")).ok());
        QVERIFY(Sql::exec(conn, insert("dec_2", "'req-2'")).ok());
        QVERIFY(Sql::exec(conn, insert("dec_3", "NULL")).ok());
        QVERIFY(Sql::exec(conn, insert("dec_4", "NULL")).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM decisions INDEXED BY decisions_idempotency "
                                      "WHERE request_id IS NOT NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'decisions_idempotency'")) && q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("WHERE request_id IS NOT NULL")), qPrintable(q.value(0).toString()));
        auto twice = Sql::exec(conn, insert("dec_5", "'req-1'"));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(QLatin1String("UNIQUE")), qPrintable(twice.error().message));
        QCOMPARE(integrity(conn), QStringLiteral("ok"));
    }

    void failedWorkRollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        Result<void> r = (*db)->write([](QSqlDatabase &conn) -> Result<void> {
            if (auto ins = Sql::exec(conn, QStringLiteral("INSERT INTO ledger_entries VALUES (0, 't', 'genesis', 's', 'h', x'00')")); !ins)
                return ins.error();
            return Error::invalid(QStringLiteral("x"), QStringLiteral("refused on purpose"));
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("refused on purpose"));
        QSqlDatabase conn = (*db)->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM ledger_entries"));
        QVERIFY(q.ok() && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }

    void connectionPerThread()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.db")));
        QVERIFY(db.ok());
        const QString mine = (*db)->connection().connectionName();
        QString theirs;
        bool theirsWorks = false;
        QThread *t = QThread::create([&] {
            QSqlDatabase c = (*db)->connection();
            theirs = c.connectionName();
            theirsWorks = Sql::exec(c, QStringLiteral("SELECT count(*) FROM ledger_entries")).ok();
        });
        t->start();
        t->wait();
        delete t;
        QVERIFY(theirsWorks);
        QVERIFY(mine != theirs);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("not a readable Lexecon workspace")), qPrintable(db.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
