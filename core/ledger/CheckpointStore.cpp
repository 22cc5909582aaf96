#include "CheckpointStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace Lexecon {

namespace {

const QString kColumns = QStringLiteral("SELECT tree_size, root_hash, note, created_at FROM checkpoints ");

StoredCheckpoint read(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toString().toUtf8(), q.value(3).toString()};
}

Result<std::optional<StoredCheckpoint>> first(QSqlDatabase &conn, const QString &sql, const QVariantList &binds)
{
    auto q = Sql::exec(conn, kColumns + sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<StoredCheckpoint>();
    return std::optional<StoredCheckpoint>(read(*q));
}

} // namespace

CheckpointStore::CheckpointStore(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

Result<std::optional<StoredCheckpoint>> CheckpointStore::latest()
{
    QSqlDatabase conn = m_db->connection();
    return latest(conn);
}

Result<std::optional<StoredCheckpoint>> CheckpointStore::latest(QSqlDatabase &conn)
{
    return first(conn, QStringLiteral("ORDER BY tree_size DESC LIMIT 1"), {});
}

Result<StoredCheckpoint> CheckpointStore::at(qint64 treeSize)
{
    QSqlDatabase conn = m_db->connection();
    auto found = first(conn, QStringLiteral("WHERE tree_size = ?"), {treeSize});
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(QStringLiteral("the node signed no checkpoint of tree size %1").arg(treeSize));
    return **found;
}

Result<QList<StoredCheckpoint>> CheckpointStore::all()
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, kColumns + QStringLiteral("ORDER BY tree_size"));
    if (!q)
        return q.error();
    QList<StoredCheckpoint> out;
    while (q->next())
        out.append(read(*q));
    return out;
}

Result<void> CheckpointStore::insert(QSqlDatabase &conn, const StoredCheckpoint &c)
{
    return Sql::execOne(
        conn, QStringLiteral("INSERT INTO checkpoints (tree_size, root_hash, note, created_at) VALUES (?, ?, ?, ?)"),
        {c.treeSize, c.rootHash, QString::fromUtf8(c.note), c.createdAt});
}

} // namespace Lexecon
