#include "ApiKeyStore.h"

#include "Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "crypto/SecureBytes.h"
#include "crypto/Sha256.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <sodium.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>

namespace Lexecon {

namespace {

constexpr int kSecretBytes = 32;
constexpr int kEncodedSecretChars = 43; // base64url of 32 bytes, no padding
constexpr int kPrefixChars = 12;
constexpr double kMinRate = 1;
constexpr double kMaxRate = 100000;
// How often authenticate() asks the database whether the table changed. A revocation made by
// another process takes effect within this, well inside the one second the header promises.
constexpr auto kRecheckInterval = std::chrono::milliseconds(250);

const QLatin1String kKeyPrefix("lxk_");
const QString columns =
    QStringLiteral("name, key_hash, prefix, scopes, rate, burst, created_at, created_by, revoked_at");

ApiKey keyFrom(const QSqlQuery &q)
{
    ApiKey k;
    k.name = q.value(0).toString();
    k.prefix = q.value(2).toString();
    k.scopes = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    k.ratePerSecond = q.value(4).toDouble();
    k.burst = q.value(5).toDouble();
    k.createdAtMs = Timestamp::parse(q.value(6).toString()).value_or(0);
    k.createdBy = q.value(7).toString();
    const QString revoked = q.value(8).toString();
    k.revokedAtMs = revoked.isEmpty() ? 0 : Timestamp::parse(revoked).value_or(1);
    return k;
}

// The well-formed shape of a key: "lxk_" and 43 base64url characters. Anything else is refused
// before it is hashed, so garbage costs nothing but this scan.
bool wellFormed(QByteArrayView presented)
{
    if (presented.size() != kKeyPrefix.size() + kEncodedSecretChars || !presented.startsWith(kKeyPrefix))
        return false;
    for (qsizetype i = kKeyPrefix.size(); i < presented.size(); ++i) {
        const char c = presented[i];
        const bool ok =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

Result<QStringList> normalizeScopes(const QStringList &scopes)
{
    const QStringList all = ApiKey::allScopes();
    if (scopes.isEmpty())
        return Error::invalid(QStringLiteral("scopes"),
                              QStringLiteral("scopes is empty; send one or more of decide, verify, read"));
    for (const QString &s : scopes) {
        if (!all.contains(s))
            return Error::invalid(
                QStringLiteral("scopes"),
                QStringLiteral("scope \"%1\" does not exist; send one or more of decide, verify, read").arg(s));
    }
    QStringList ordered; // canonical order, no duplicates
    for (const QString &s : all) {
        if (scopes.contains(s))
            ordered << s;
    }
    return ordered;
}

} // namespace

// The authenticated view of the table: hash -> key, swapped as a whole on reload so readers
// never see a half-built index and never wait for a reload.
struct ApiKeyStore::Index
{
    struct Snapshot
    {
        QHash<QByteArray, ApiKey> byHash; // raw 32-byte SHA-256 -> active key
        QString signature;                // COUNT(*), MAX(created_ledger_index), revoked count when loaded
    };

    std::mutex snapshotMutex; // guards only the pointer copy
    std::shared_ptr<const Snapshot> snapshot;
    // Local creates and revokes count up `changes`; `loaded` is the count the published snapshot
    // includes. A reload takes the count before it reads, so a change committed meanwhile
    // leaves the snapshot marked stale instead of being lost.
    std::atomic<quint64> changes{1};
    std::atomic<quint64> loaded{0};
    std::atomic<qint64> nextCheckNs{0};
    std::mutex reloadMutex;

    std::shared_ptr<const Snapshot> current()
    {
        std::lock_guard lock(snapshotMutex);
        return snapshot;
    }
    void publish(std::shared_ptr<const Snapshot> s)
    {
        std::lock_guard lock(snapshotMutex);
        snapshot = std::move(s);
    }
};

ApiKeyStore::ApiKeyStore(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock)
    : m_db(std::move(db))
    , m_ledger(ledger)
    , m_clock(clock)
    , m_index(std::make_unique<Index>())
{
}

ApiKeyStore::~ApiKeyStore() = default;

Result<void> ApiKeyStore::validateName(const QString &name)
{
    static const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]{1,64}")));
    if (name.isEmpty())
        return Error::invalid(
            QStringLiteral("name"),
            QStringLiteral("name is empty; send a key name of 1 to 64 characters, e.g. the AI system's name"));
    if (name.size() > 64)
        return Error::invalid(QStringLiteral("name"),
                              QStringLiteral("name is %1 characters long; send at most 64").arg(name.size()));
    if (!allowed.match(name).hasMatch())
        return Error::invalid(QStringLiteral("name"),
                              QStringLiteral("name \"%1\" may hold only letters A-Z and a-z, digits, '.', '_' and '-' "
                                             "(no spaces)")
                                  .arg(name));
    return {};
}

Result<CreatedApiKey> ApiKeyStore::create(const QString &name, const QStringList &scopes, double ratePerSecond,
                                          const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageApiKeys); !allowed)
        return allowed.error();
    if (auto valid = validateName(name); !valid)
        return valid.error();
    auto normalized = normalizeScopes(scopes);
    if (!normalized)
        return normalized.error();
    if (!std::isfinite(ratePerSecond) || ratePerSecond < kMinRate || ratePerSecond > kMaxRate)
        return Error::invalid(QStringLiteral("rate"),
                              QStringLiteral("rate must be a number of requests a second from 1 to 100000"));
    if (!ensureSodium())
        return Error::internal(QStringLiteral("libsodium could not be initialised; no key was created"));

    unsigned char raw[kSecretBytes];
    randombytes_buf(raw, sizeof raw);
    QByteArray encoded = QByteArray(reinterpret_cast<const char *>(raw), kSecretBytes)
                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(raw, sizeof raw);
    const QByteArray secret = QByteArray(kKeyPrefix.data(), kKeyPrefix.size()) + encoded;
    wipe(encoded);
    const QString hashHex = Sha256::hex(secret);

    CreatedApiKey created;
    created.secret = QString::fromLatin1(secret);
    ApiKey &key = created.key;
    key.name = name;
    key.scopes = *normalized;
    key.ratePerSecond = ratePerSecond;
    key.burst = 2 * ratePerSecond;
    key.prefix = created.secret.left(kPrefixChars);
    key.createdAtMs = m_clock.nowMs();
    key.createdBy = by.ledgerActor();
    const QString now = Timestamp::format(key.createdAtMs);

    LedgerAppend append;
    append.type = QStringLiteral("apikey_created");
    append.actor = by.ledgerActor();
    append.payload = {{QStringLiteral("name"), name},
                      {QStringLiteral("scopes"), QJsonArray::fromStringList(key.scopes)},
                      {QStringLiteral("rate"), ratePerSecond},
                      {QStringLiteral("prefix"), key.prefix}};
    append.alsoWrite = [&](QSqlDatabase &conn, const LedgerEntry &entry) -> Result<void> {
        // Checked inside the transaction, so two concurrent creates of one name cannot both pass.
        auto taken =
            Sql::exec(conn, QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE name_key = ?"), {name.toLower()});
        if (!taken)
            return taken.error();
        if (taken->next() && taken->value(0).toInt() > 0)
            return Error::conflict(QStringLiteral("an API key named %1 already exists (also revoked keys keep their "
                                                  "name; names are compared without case); choose another name")
                                       .arg(name));
        taken->finish();
        return Sql::execOne(
            conn,
            QStringLiteral("INSERT INTO api_keys (name, name_key, key_hash, prefix, scopes, rate, burst, created_at, "
                           "created_by, created_ledger_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {name, name.toLower(), hashHex, key.prefix, key.scopes.join(QLatin1Char(',')), key.ratePerSecond, key.burst,
             now, key.createdBy, entry.index});
    };
    auto entry = m_ledger.append(append);
    if (!entry)
        return entry.error();
    m_index->changes.fetch_add(1);
    return created;
}

Result<QList<ApiKey>> ApiKeyStore::list()
{
    QSqlDatabase conn = m_db->connection();
    return Sql::selectAll(conn, QStringLiteral("SELECT %1 FROM api_keys ORDER BY name_key").arg(columns), {}, keyFrom);
}

Result<void> ApiKeyStore::revoke(const QString &name, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageApiKeys); !allowed)
        return allowed.error();
    if (auto valid = validateName(name); !valid)
        return valid.error();
    QSqlDatabase conn = m_db->connection();
    auto found = Sql::firstOrNotFound(
        Sql::selectAll(conn, QStringLiteral("SELECT %1 FROM api_keys WHERE name_key = ?").arg(columns),
                       {name.toLower()}, keyFrom),
        QStringLiteral("there is no API key named %1; `lexecon-cli apikey list` shows the keys").arg(name));
    if (!found)
        return found.error();
    if (!found->isActive())
        return Error::conflict(QStringLiteral("the API key %1 is already revoked").arg(found->name));

    const QString now = Timestamp::format(m_clock.nowMs());
    LedgerAppend append;
    append.type = QStringLiteral("apikey_revoked");
    append.actor = by.ledgerActor();
    append.payload = {{QStringLiteral("name"), found->name}, {QStringLiteral("prefix"), found->prefix}};
    append.alsoWrite = [&](QSqlDatabase &c, const LedgerEntry &entry) -> Result<void> {
        auto r =
            Sql::exec(c,
                      QStringLiteral("UPDATE api_keys SET revoked_at = ?, revoked_by = ?, revoked_ledger_index = ? "
                                     "WHERE name_key = ? AND revoked_at IS NULL"),
                      {now, by.ledgerActor(), entry.index, name.toLower()});
        if (!r)
            return r.error();
        if (r->numRowsAffected() != 1) // revoked by someone else since we read it
            return Error::conflict(QStringLiteral("the API key %1 is already revoked").arg(found->name));
        return {};
    };
    auto entry = m_ledger.append(append);
    if (!entry)
        return entry.error();
    m_index->changes.fetch_add(1);
    return {};
}

Result<void> ApiKeyStore::reload(bool force)
{
    QSqlDatabase conn = m_db->connection();
    // A change is an insert (the count and the latest ledger index grow) or a revocation (the revoked count grows):
    // the table's triggers allow nothing else, so these three numbers identify its state.
    auto sig =
        Sql::exec(conn, QStringLiteral("SELECT COUNT(*), MAX(created_ledger_index), COUNT(revoked_at) FROM api_keys"));
    if (!sig)
        return sig.error();
    if (!sig->next())
        return Error::internal(QStringLiteral("cannot read the api_keys table"));
    const QString signature = QStringLiteral("%1/%2/%3")
                                  .arg(sig->value(0).toLongLong())
                                  .arg(sig->value(1).toLongLong())
                                  .arg(sig->value(2).toLongLong());
    sig->finish();
    const auto before = m_index->current();
    if (!force && before && before->signature == signature)
        return {};

    auto next = std::make_shared<Index::Snapshot>();
    next->signature = signature;
    auto q = Sql::exec(conn, QStringLiteral("SELECT %1 FROM api_keys WHERE revoked_at IS NULL").arg(columns));
    if (!q)
        return q.error();
    while (q->next()) {
        const QByteArray hash = QByteArray::fromHex(q->value(1).toString().toLatin1());
        if (hash.size() == 32)
            next->byHash.insert(hash, keyFrom(*q));
    }
    m_index->publish(std::move(next));
    return {};
}

std::optional<ApiKey> ApiKeyStore::authenticate(QByteArrayView presented)
{
    if (!wellFormed(presented))
        return std::nullopt;

    const qint64 nowNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
    Index &index = *m_index;
    qint64 due = index.nextCheckNs.load(std::memory_order_relaxed);
    const qint64 nextDue = nowNs + std::chrono::nanoseconds(kRecheckInterval).count();
    // After a local create/revoke (and before the first load) every caller waits for the reload,
    // so none of them answers from an index without the change. Otherwise one thread asks the
    // database when the interval is up and the others go on with the snapshot they have.
    if (index.loaded.load(std::memory_order_acquire) != index.changes.load(std::memory_order_acquire)) {
        std::lock_guard lock(index.reloadMutex);
        const quint64 wanted = index.changes.load();
        if (index.loaded.load() != wanted) {
            if (reload(true).ok())
                index.loaded.store(wanted, std::memory_order_release);
            // else: the next request tries again; the old snapshot (if any) stays
            index.nextCheckNs.store(nextDue);
        }
    } else if (nowNs >= due && index.nextCheckNs.compare_exchange_strong(due, nextDue)) {
        std::lock_guard lock(index.reloadMutex);
        (void)reload(false);
    }

    const auto snapshot = index.current();
    if (!snapshot)
        return std::nullopt; // never loaded (the database failed): fail closed
    unsigned char digest[32];
    Sha256::hashInto(presented, digest);
    const auto it = snapshot->byHash.constFind(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), 32));
    if (it == snapshot->byHash.constEnd())
        return std::nullopt;
    // The hash table found the candidate by its hash; the final say is a constant-time compare.
    if (sodium_memcmp(it.key().constData(), digest, 32) != 0)
        return std::nullopt;
    return it.value();
}

} // namespace Lexecon
