#include "PolicyService.h"

#include "PolicyLoader.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QMutexLocker>
#include <QSqlQuery>

namespace Lexecon {

namespace {

const QString kSelectInfo = QStringLiteral("SELECT version, hash, mode, name, loaded_at, loaded_by, relation_count, "
                                           "term_count, active FROM policy_versions ");

PolicyVersionInfo infoFromRow(const QSqlQuery &q)
{
    PolicyVersionInfo info;
    info.version = q.value(0).toInt();
    info.hash = q.value(1).toString();
    info.mode = q.value(2).toString();
    info.name = q.value(3).toString();
    info.loadedAt = q.value(4).toString();
    info.loadedBy = q.value(5).toString();
    info.relationCount = q.value(6).toInt();
    info.termCount = q.value(7).toInt();
    info.active = q.value(8).toInt() == 1;
    return info;
}

QJsonObject activationPayload(const PolicyVersionInfo &info, bool reactivated)
{
    return {{QStringLiteral("version"), info.version},
            {QStringLiteral("hash"), info.hash},
            {QStringLiteral("mode"), info.mode},
            {QStringLiteral("name"), info.name},
            {QStringLiteral("reactivated"), reactivated}};
}

// Moves the active flag and records the activation; runs inside the ledger transaction.
Result<void> markActive(QSqlDatabase &conn, int version, const LedgerEntry &entry)
{
    if (auto r = Sql::exec(conn, QStringLiteral("UPDATE policy_versions SET active = 0 WHERE active = 1")); !r)
        return r.error();
    if (auto r =
            Sql::execOne(conn, QStringLiteral("UPDATE policy_versions SET active = 1 WHERE version = ?"), {version});
        !r)
        return r;
    return Sql::execOne(
        conn,
        QStringLiteral("INSERT INTO policy_activations (ledger_index, version, activated_at, activated_by) "
                       "VALUES (?, ?, ?, ?)"),
        {entry.index, version, entry.timestamp, entry.actor});
}

} // namespace

PolicyService::PolicyService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock)
    : m_db(std::move(db))
    , m_ledger(ledger)
    , m_clock(clock)
{
    // A workspace that cannot read its policy runs with none: every decision is denied (fail closed).
    (void)refresh();
}

std::shared_ptr<const CompiledPolicy> PolicyService::active() const
{
    const auto snapshot = m_active.load(std::memory_order_acquire);
    return snapshot ? snapshot->compiled : nullptr;
}

std::optional<PolicyVersionInfo> PolicyService::activeInfo() const
{
    const auto snapshot = m_active.load(std::memory_order_acquire);
    if (!snapshot)
        return std::nullopt;
    return snapshot->info;
}

void PolicyService::publish(const PolicyVersionInfo &info, std::shared_ptr<const CompiledPolicy> compiled)
{
    auto snapshot = std::make_shared<const Snapshot>(Snapshot{info, std::move(compiled)});
    m_active.store(std::move(snapshot), std::memory_order_release);
    Q_EMIT activated(info.version, info.hash);
}

Result<PolicyVersionInfo> PolicyService::load(const QByteArray &json, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManagePolicies); !allowed)
        return allowed.error();
    auto policy = PolicyLoader::load(json);
    if (!policy)
        return policy.error();

    QMutexLocker lock(&m_changeMutex);
    // Another process may insert the same next version between our read and our write; the
    // write checks and we try again with fresh numbers.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QSqlDatabase conn = m_db->connection();
        auto existing = Sql::exec(conn, kSelectInfo + QStringLiteral("WHERE hash = ?"), {policy->hash});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            const PolicyVersionInfo stored = infoFromRow(*existing);
            existing->finish();
            return activateStored(stored, by);
        }
        existing->finish();
        bool raced = false;
        auto inserted = insertAndActivate(*policy, by, raced);
        if (inserted || !raced)
            return inserted;
    }
    return Error::conflict(QStringLiteral("policy versions kept changing while loading; try again"));
}

Result<PolicyVersionInfo> PolicyService::insertAndActivate(const Policy &policy, const Principal &by, bool &raced)
{
    QSqlDatabase conn = m_db->connection();
    auto maxVersion = Sql::exec(conn, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM policy_versions"));
    if (!maxVersion)
        return maxVersion.error();
    PolicyVersionInfo info;
    info.version = maxVersion->next() ? maxVersion->value(0).toInt() + 1 : 1;
    maxVersion->finish();
    info.hash = policy.hash;
    info.mode = Policy::modeName(policy.mode);
    info.name = policy.name;
    info.loadedBy = by.ledgerActor();
    info.relationCount = int(policy.relations.size());
    info.termCount = int(policy.terms.size());
    info.active = true;

    auto entry = m_ledger.append(
        {QStringLiteral("policy_activated"), by.ledgerActor(), activationPayload(info, false),
         [&](QSqlDatabase &tx, const LedgerEntry &e) -> Result<void> {
             auto check = Sql::exec(tx, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM policy_versions"));
             if (!check)
                 return check.error();
             if (!check->next() || check->value(0).toInt() + 1 != info.version) {
                 raced = true;
                 return Error::conflict(QStringLiteral("another process stored a policy version first"));
             }
             check->finish();
             info.loadedAt = e.timestamp;
             auto row = Sql::execOne(
                 tx,
                 QStringLiteral("INSERT INTO policy_versions (version, hash, name, mode, content, term_count, "
                                "relation_count, loaded_at, loaded_by, ledger_index, active) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                 {info.version, info.hash, info.name, info.mode, policy.canonical, info.termCount, info.relationCount,
                  info.loadedAt, info.loadedBy, e.index});
             if (!row)
                 return row;
             return markActive(tx, info.version, e);
         }});
    if (!entry)
        return entry.error();
    publish(info, CompiledPolicy::compile(policy, info.version));
    return info;
}

Result<PolicyVersionInfo> PolicyService::activate(int version, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManagePolicies); !allowed)
        return allowed.error();
    QMutexLocker lock(&m_changeMutex);
    auto stored = versionInfo(version);
    if (!stored)
        return stored.error();
    return activateStored(*stored, by);
}

Result<PolicyVersionInfo> PolicyService::activateStored(const PolicyVersionInfo &stored, const Principal &by)
{
    PolicyVersionInfo info = stored;
    info.active = true;
    auto policy = content(info.version);
    if (!policy)
        return policy.error();
    if (stored.active) {
        // Already the active version: no state changes, so no ledger entry; make sure this
        // process serves it too.
        const auto current = activeInfo();
        if (!current || current->version != info.version)
            publish(info, CompiledPolicy::compile(*policy, info.version));
        return info;
    }
    auto entry =
        m_ledger.append({QStringLiteral("policy_activated"), by.ledgerActor(), activationPayload(info, true),
                         [&](QSqlDatabase &tx, const LedgerEntry &e) { return markActive(tx, info.version, e); }});
    if (!entry)
        return entry.error();
    publish(info, CompiledPolicy::compile(*policy, info.version));
    return info;
}

Result<QList<PolicyVersionInfo>> PolicyService::versions() const
{
    QSqlDatabase conn = m_db->connection();
    return Sql::selectAll(conn, kSelectInfo + QStringLiteral("ORDER BY version"), {}, infoFromRow);
}

Result<PolicyVersionInfo> PolicyService::versionInfo(int version) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, kSelectInfo + QStringLiteral("WHERE version = ?"), {version});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(
            QStringLiteral("policy version %1 does not exist; `policy load` lists the versions").arg(version));
    return infoFromRow(*q);
}

Result<Policy> PolicyService::content(int version) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT content, hash FROM policy_versions WHERE version = ?"), {version});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("policy version %1 does not exist").arg(version));
    const QByteArray bytes = q->value(0).toByteArray();
    const QString hash = q->value(1).toString();
    auto policy = PolicyLoader::load(bytes);
    if (!policy || policy->hash != hash)
        return Error::integrity(
            QStringLiteral("stored policy version %1 does not match its hash %2").arg(version).arg(hash));
    return policy;
}

Result<bool> PolicyService::refresh()
{
    QMutexLocker lock(&m_changeMutex);
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, kSelectInfo + QStringLiteral("WHERE active = 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return false;
    const PolicyVersionInfo info = infoFromRow(*q);
    q->finish();
    const auto current = activeInfo();
    if (current && current->version == info.version)
        return false;
    auto policy = content(info.version);
    if (!policy)
        return policy.error();
    publish(info, CompiledPolicy::compile(*policy, info.version));
    return true;
}

} // namespace Lexecon
