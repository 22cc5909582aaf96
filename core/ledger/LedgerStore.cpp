#include "LedgerStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace Lexecon {

LedgerStore::LedgerStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<qint64> LedgerStore::size()
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT COALESCE(MAX(idx) + 1, 0) FROM ledger_entries"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<LedgerEntry> LedgerStore::entry(qint64 index)
{
    auto list = entries(index, 1);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(QStringLiteral("the ledger has no entry %1").arg(index));
    return list->first();
}

Result<QList<LedgerEntry>> LedgerStore::entries(qint64 from, qint64 count)
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT canonical FROM ledger_entries WHERE idx >= ? ORDER BY idx LIMIT ?"),
                       {from, count});
    if (!q)
        return q.error();
    QList<LedgerEntry> out;
    while (q->next())
        out.append(LedgerEntry::fromCanonical(q->value(0).toByteArray()));
    return out;
}

Result<void> LedgerStore::scan(qint64 from, const std::function<bool(qint64, QByteArrayView, QByteArrayView)> &visit)
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT idx, entry_hash, canonical FROM ledger_entries WHERE idx >= ? ORDER BY idx"),
                       {from});
    if (!q)
        return q.error();
    while (q->next()) {
        const QByteArray hash = q->value(1).toByteArray();
        const QByteArray canonical = q->value(2).toByteArray();
        if (!visit(q->value(0).toLongLong(), hash, canonical))
            break;
    }
    return {};
}

Result<void> LedgerStore::scanRows(qint64 from, const std::function<bool(const LedgerRow &)> &visit)
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn,
                       QStringLiteral("SELECT idx, entry_hash, canonical, type, actor, timestamp FROM ledger_entries "
                                      "WHERE idx >= ? ORDER BY idx"),
                       {from});
    if (!q)
        return q.error();
    while (q->next()) {
        const QByteArray hash = q->value(1).toByteArray();
        const QByteArray canonical = q->value(2).toByteArray();
        const QByteArray type = q->value(3).toByteArray();
        const QByteArray actor = q->value(4).toByteArray();
        const QByteArray timestamp = q->value(5).toByteArray();
        if (!visit(LedgerRow{q->value(0).toLongLong(), hash, canonical, type, actor, timestamp}))
            break;
    }
    return {};
}

} // namespace Lexecon
