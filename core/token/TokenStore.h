#pragma once

#include "CapabilityToken.h"
#include "auth/Principal.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;

// Issued capability tokens and their revocations (table tokens, token_revocations).
// Revoking needs Permission::CreateOverride: withdrawing what a decision authorized is the
// same authority as overriding the decision, so compliance officers may do it; admins have
// every permission. Each revocation is one ledger entry "token_revoked" (jti, decision id and
// the SHA-256 of the reason; the reason text stays in the table, where it can be erased).
class TokenStore
{
public:
    TokenStore(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock);

    // Records an issued token inside the caller's transaction (the decision service calls it
    // from its LedgerAppend::alsoWrite, so the token exists exactly when its decision does).
    static Result<void> recordIssued(QSqlDatabase &conn, const IssuedToken &token);

    // The same in two steps, for the ledger writer's thread: row() encodes the values (call it
    // before the append, on the caller's thread); insertRow() only binds and inserts them.
    struct Row
    {
        QByteArray jti, decisionId, subject, action, tool, policyHash, issuedAtText; // UTF-8; tool null when none
        qint64 issuedAt = 0;
        qint64 expiresAt = 0;
    };
    static Row row(const IssuedToken &token);
    static Result<void> insertRow(QSqlDatabase &conn, const Row &row);

    Result<void> revoke(const QString &jti, const QString &reason, const Principal &by);
    // Fails (rather than answering false) when the store cannot be read: callers fail closed.
    Result<bool> isRevoked(const QString &jti) const;
    Result<bool> isIssued(const QString &jti) const;
    // jtis of the tokens issued for a decision, oldest first.
    Result<QStringList> tokensForDecision(const QString &decisionId) const;

private:
    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
};

} // namespace Lexecon
