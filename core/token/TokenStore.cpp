#include "TokenStore.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
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
    auto insert = CachedStatement::get(
        conn, "INSERT INTO tokens (jti, decision_id, sub, act, tool, pol, iat, exp, issued_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    // The statement binds without copying: the bytes live here until runOne() returns.
    const QByteArray text[] = {CachedStatement::text(token.jti),
                               CachedStatement::text(token.claims.decisionId),
                               CachedStatement::text(token.claims.subject),
                               CachedStatement::text(token.claims.action),
                               CachedStatement::textOrNull(token.claims.tool),
                               CachedStatement::text(token.claims.policyHash)};
    const QByteArray issuedAt = Timestamp::formatAscii(token.issuedAt * 1000);
    for (int i = 0; i < 6; ++i)
        insert->bindText(i + 1, text[i]);
    insert->bind(7, token.issuedAt);
    insert->bind(8, token.expiresAt);
    insert->bindText(9, issuedAt);
    return insert->runOne();
}

QString TokenStore::jtiOf(const QString &decisionId)
{
    return Ulid::rePrefixed(decisionId, QLatin1String("dec_"), QLatin1String("cap_"));
}

QString TokenStore::decisionOf(const QString &jti)
{
    return Ulid::rePrefixed(jti, QLatin1String("cap_"), QLatin1String("dec_"));
}

Result<std::optional<QString>> TokenStore::issuedFor(const QString &jti) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT decision_id FROM tokens WHERE jti = ? UNION ALL "
                                      "SELECT decision_id FROM decisions WHERE decision_id = ? AND token_iat IS NOT NULL"),
                       {jti, decisionOf(jti)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<void> TokenStore::revoke(const QString &jti, const QString &reason, const Principal &by)
{
    if (auto allowed = by.require(Permission::CreateOverride); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"),
                              QStringLiteral("reason is empty; say why the token is revoked"));

    auto issued = issuedFor(jti);
    if (!issued)
        return issued.error();
    if (!issued->has_value())
        return Error::notFound(QStringLiteral("no token with jti %1 was issued by this node").arg(jti));
    const QString decisionId = **issued;
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
    auto issued = issuedFor(jti);
    if (!issued)
        return issued.error();
    return issued->has_value();
}

Result<QStringList> TokenStore::tokensForDecision(const QString &decisionId) const
{
    QSqlDatabase conn = m_db->connection();
    return Sql::selectAll(conn,
                          QStringLiteral("SELECT jti FROM tokens WHERE decision_id = ? UNION ALL "
                                         "SELECT 'cap_' || substr(decision_id, 5) FROM decisions "
                                         "WHERE decision_id = ? AND token_iat IS NOT NULL ORDER BY 1"),
                          {decisionId, decisionId}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace Lexecon
