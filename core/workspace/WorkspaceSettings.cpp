#include "WorkspaceSettings.h"

#include "auth/Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "crypto/Sha256.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace Lexecon {

WorkspaceSettings::WorkspaceSettings(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock)
    : m_db(std::move(db)), m_ledger(ledger), m_clock(clock)
{
}

QString WorkspaceSettings::value(const QString &key, const QString &fallback) const
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q || !q->next())
        return fallback;
    return q->value(0).toString();
}

Result<void> WorkspaceSettings::setValue(const QString &key, const QString &value, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageSettings); !allowed && by.kind() != Principal::Kind::System)
        return allowed;
    if (key.isEmpty())
        return Error::invalid(QStringLiteral("key"), QStringLiteral("a setting needs a name"));
    const QString now = Timestamp::format(m_clock.nowMs());
    auto entry = m_ledger.append(
        {QStringLiteral("setting_changed"), by.ledgerActor(),
         {{QStringLiteral("key"), key}, {QStringLiteral("value_sha256"), Sha256::hex(value.toUtf8())}},
         [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
             auto q = Sql::exec(conn,
                                QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                               "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                                {key, value, now, by.ledgerActor()});
             return q ? Result<void>() : Result<void>(q.error());
         }});
    return entry ? Result<void>() : Result<void>(entry.error());
}

} // namespace Lexecon
