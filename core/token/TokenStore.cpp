#include "TokenStore.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "crypto/Commitment.h"
#include "ledger/LedgerWriter.h"
#include "storage/CachedStatement.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace Lexecon {

TokenStore::TokenStore(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock)
    : m_db(std::move(db))
    , m_ledger(ledger)
    , m_clock(clock)
{
}

Result<void> TokenStore::recordIssued(QSqlDatabase &conn, const IssuedToken &token)
{
    return insertRow(conn, row(token));
}

TokenStore::Row TokenStore::row(const IssuedToken &token)
{
    return Row{CachedStatement::text(token.jti),
               CachedStatement::text(token.claims.decisionId),
               CachedStatement::text(token.claims.subject),
               CachedStatement::text(token.claims.action),
               CachedStatement::textOrNull(token.claims.tool),
               CachedStatement::text(token.claims.policyHash),
               Timestamp::formatAscii(token.issuedAt * 1000),
               token.issuedAt,
               token.expiresAt};
}

Result<void> TokenStore::insertRow(QSqlDatabase &conn, const Row &row)
{
    // Prepared once per connection: on the ledger writer's connection this runs for every approval.
    auto insert = CachedStatement::get(
        conn, "INSERT INTO tokens (jti, decision_id, sub, act, tool, pol, iat, exp, issued_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bindText(1, row.jti);
    insert->bindText(2, row.decisionId);
    insert->bindText(3, row.subject);
    insert->bindText(4, row.action);
    insert->bindText(5, row.tool);
    insert->bindText(6, row.policyHash);
    insert->bind(7, row.issuedAt);
    insert->bind(8, row.expiresAt);
    insert->bindText(9, row.issuedAtText);
    return insert->runOne();
}

Result<void> TokenStore::revoke(const QString &jti, const QString &reason, const Principal &by)
{
    if (auto allowed = by.require(Permission::CreateOverride); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"),
                              QStringLiteral("reason is empty; say why the token is revoked"));

    QString decisionId;
    {
        QSqlDatabase conn = m_db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT decision_id FROM tokens WHERE jti = ?"), {jti});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::notFound(QStringLiteral("no token with jti %1 was issued by this node").arg(jti));
        decisionId = q->value(0).toString();
    }
    const QString now = Timestamp::format(m_clock.nowMs());
    // Salted: the reason is free text that may name a person; the salt is erased with it.
    const Commitment reasonCommitment = Commitment::make(reason.toUtf8());
    LedgerAppend append;
    append.type = QStringLiteral("token_revoked");
    append.actor = by.ledgerActor();
    append.payload = {{QStringLiteral("jti"), jti},
                      {QStringLiteral("decision_id"), decisionId},
                      {QStringLiteral("reason_commitment"), reasonCommitment.value}};
    append.alsoWrite = [&](QSqlDatabase &conn, const LedgerEntry &entry) -> Result<void> {
        auto seen = Sql::exec(conn, QStringLiteral("SELECT revoked_at FROM token_revocations WHERE jti = ?"), {jti});
        if (!seen)
            return seen.error();
        if (seen->next())
            return Error::conflict(
                QStringLiteral("token %1 was already revoked at %2").arg(jti, seen->value(0).toString()));
        seen->finish();
        return Sql::execOne(
            conn,
            QStringLiteral("INSERT INTO token_revocations (jti, revoked_at, revoked_by, reason, ledger_index, "
                           "reason_salt) VALUES (?, ?, ?, ?, ?, ?)"),
            {jti, now, by.ledgerActor(), reason, entry.index, reasonCommitment.salt});
    };
    auto entry = m_ledger.append(append);
    if (!entry)
        return entry.error();
    return {};
}

Result<bool> TokenStore::isRevoked(const QString &jti) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT 1 FROM token_revocations WHERE jti = ?"), {jti});
    if (!q)
        return q.error();
    return q->next();
}

Result<bool> TokenStore::isIssued(const QString &jti) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT 1 FROM tokens WHERE jti = ?"), {jti});
    if (!q)
        return q.error();
    return q->next();
}

Result<QStringList> TokenStore::tokensForDecision(const QString &decisionId) const
{
    QSqlDatabase conn = m_db->connection();
    return Sql::selectAll(conn, QStringLiteral("SELECT jti FROM tokens WHERE decision_id = ? ORDER BY jti"),
                          {decisionId}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace Lexecon
