#pragma once

#include "ApiKey.h"
#include "common/Result.h"

#include <QByteArrayView>
#include <QList>

#include <memory>
#include <optional>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;
class Principal;

struct CreatedApiKey
{
    ApiKey key;
    QString secret; // "lxk_" + base64url of 32 random bytes; shown once, never stored
};

// API keys per AI system: created, listed and revoked by an operator with ManageApiKeys (each a
// ledger entry, in the transaction that writes the row), authenticated on every HTTP request.
// Owns the table api_keys (migration 015).
class ApiKeyStore
{
public:
    ApiKeyStore(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock);
    ~ApiKeyStore();

    // Validates name (unique, also among revoked keys), scopes and rate (1 to 100000 a second;
    // burst = twice the rate). Ledger entry "apikey_created" (name, scopes, rate, prefix).
    Result<CreatedApiKey> create(const QString &name, const QStringList &scopes, double ratePerSecond,
                                 const Principal &by);
    Result<QList<ApiKey>> list();
    // Ledger entry "apikey_revoked". NotFound for an unknown name, Conflict if already revoked.
    Result<void> revoke(const QString &name, const Principal &by);

    // The active key whose secret was presented, or nullopt (unknown, malformed or revoked).
    // Thread-safe and cheap enough for every request: SHA-256 of the presented secret is looked up
    // in an in-memory index, compared in constant time (sodium_memcmp). The index is reloaded
    // when the table changed, also when another process (a desktop beside a headless server)
    // changed it, so a revocation takes effect within a second.
    std::optional<ApiKey> authenticate(QByteArrayView presented);

    // 1-64 characters of [A-Za-z0-9._-]; an error names field "name". For the CLI's checks.
    static Result<void> validateName(const QString &name);

private:
    struct Index;
    // Rebuilds the index from the table when it changed since the last load (or always, with force).
    Result<void> reload(bool force);
    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    std::unique_ptr<Index> m_index;
};

} // namespace Lexecon
