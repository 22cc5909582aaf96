#pragma once

#include "CapabilityToken.h"
#include "auth/Principal.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;

// Issued capability tokens and their revocations (table tokens, token_revocations).
// The token an approval gets with its decision is kept in the decision's row: every claim but
// the times follows from the decision, the times are decisions.token_iat and token_exp
// (migration 029), and its jti is the decision's ULID under the cap_ prefix (jtiOf). Tokens
// issued later (a reviewer's approval, an override) and all tokens issued before 029 are rows of
// tokens (recordIssued). The lookups below read both.
//
// Revoking needs Permission::CreateOverride: withdrawing what a decision authorized is the
// same authority as overriding the decision, so compliance officers may do it; admins have
// every permission. Each revocation is one ledger entry "token_revoked" (jti, decision id and
// the SHA-256 of the reason; the reason text stays in the table, where it can be erased).
class TokenStore
{
public:
    TokenStore(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock);

    // Records an issued token inside the caller's transaction (a service calls it from its
    // LedgerAppend::alsoWrite, so the token exists exactly when what authorized it does).
    static Result<void> recordIssued(QSqlDatabase &conn, const IssuedToken &token);

    // The jti of the token a decision's row holds, and the decision of such a jti (empty for
    // one that is not a cap_ id).
    static QString jtiOf(const QString &decisionId);
    static QString decisionOf(const QString &jti);

    Result<void> revoke(const QString &jti, const QString &reason, const Principal &by);
    // Fails (rather than answering false) when the store cannot be read: callers fail closed.
    Result<bool> isRevoked(const QString &jti) const;
    Result<bool> isIssued(const QString &jti) const;
    // jtis of the tokens issued for a decision, oldest first.
    Result<QStringList> tokensForDecision(const QString &decisionId) const;

private:
    // The decision a token was issued for, from tokens or from the decision's row; nullopt when
    // no such token was issued.
    Result<std::optional<QString>> issuedFor(const QString &jti) const;

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
};

} // namespace Lexecon
