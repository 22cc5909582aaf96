#include "MerkleTree.h"

#include "MerkleFrontier.h"
#include "MerkleProofBuilder.h"
#include "crypto/Sha256.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

#include <bit>
#include <cstring>

namespace Lexecon {

namespace {

bool isPerfect(qint64 start, qint64 count)
{
    return std::has_single_bit(quint64(count)) && start % count == 0;
}

QByteArray rangeFromLeaves(const QList<QByteArray> &leaves, qint64 start, qint64 count)
{
    if (count == 0)
        return MerkleTree::emptyRoot();
    if (count == 1)
        return leaves.at(start);
    const qint64 k = MerkleProofBuilder::splitPoint(count);
    return MerkleTree::nodeHash(rangeFromLeaves(leaves, start, k), rangeFromLeaves(leaves, start + k, count - k));
}

MerkleProofBuilder::RangeHash fromLeaves(const QList<QByteArray> &leaves)
{
    return
        [&leaves](qint64 start, qint64 count) -> Result<QByteArray> { return rangeFromLeaves(leaves, start, count); };
}

// Reads stored nodes with one prepared statement for the whole computation.
class NodeReader
{
public:
    explicit NodeReader(QSqlDatabase &conn)
        : m_query(conn)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(QStringLiteral("SELECT hash FROM merkle_nodes WHERE level = ? AND idx = ?"));
    }

    Result<QByteArray> node(int level, qint64 idx)
    {
        if (!m_prepared)
            return Error::internal(
                QStringLiteral("database: cannot read merkle_nodes: %1").arg(m_query.lastError().text()));
        m_query.bindValue(0, level);
        m_query.bindValue(1, idx);
        if (!m_query.exec())
            return Error::internal(
                QStringLiteral("database: reading merkle_nodes failed: %1").arg(m_query.lastError().text()));
        if (!m_query.next())
            return Error::integrity(
                QStringLiteral("the Merkle tree has no stored node at level %1, index %2; it is incomplete")
                    .arg(level)
                    .arg(idx));
        QByteArray hash = m_query.value(0).toByteArray();
        m_query.finish();
        if (hash.size() != MerkleTree::HashSize)
            return Error::integrity(QStringLiteral("the stored Merkle node at level %1, index %2 is not a 32-byte hash")
                                        .arg(level)
                                        .arg(idx));
        return hash;
    }

    // MTH of leaves [start, start + count) where start is aligned as the RFC recursion guarantees.
    Result<QByteArray> range(qint64 start, qint64 count)
    {
        if (isPerfect(start, count)) {
            const int level = std::countr_zero(quint64(count));
            return node(level, start >> level);
        }
        const qint64 k = MerkleProofBuilder::splitPoint(count);
        auto left = range(start, k);
        if (!left)
            return left;
        auto right = range(start + k, count - k);
        if (!right)
            return right;
        return MerkleTree::nodeHash(*left, *right);
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

Result<qint64> ledgerSize(QSqlDatabase &conn)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT COALESCE(MAX(idx) + 1, 0) FROM ledger_entries"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

// treeSize must be covered by the stored tree; the error says whether the ledger or the tree is short.
Result<void> requireStored(QSqlDatabase &conn, qint64 treeSize, const QString &field)
{
    if (treeSize < 0)
        return Error::invalid(field, QStringLiteral("the tree size %1 is negative; send 0 or more").arg(treeSize));
    auto stored = MerkleTree::size(conn);
    if (!stored)
        return stored.error();
    if (treeSize <= *stored)
        return {};
    auto entries = ledgerSize(conn);
    if (!entries)
        return entries.error();
    if (treeSize > *entries)
        return Error::invalid(field,
                              QStringLiteral("the ledger holds %1 entries; send a tree size of at most %1, not %2")
                                  .arg(*entries)
                                  .arg(treeSize));
    return Error::conflict(QStringLiteral("the Merkle tree covers %1 of the ledger's %2 entries; "
                                          "run MerkleTree::ensureComplete before asking for tree size %3")
                               .arg(*stored)
                               .arg(*entries)
                               .arg(treeSize));
}

QString nodeRowsSql(qsizetype rows)
{
    QString sql = QStringLiteral("INSERT INTO merkle_nodes (level, idx, hash) VALUES ");
    for (qsizetype i = 0; i < rows; ++i)
        sql += i == 0 ? QStringLiteral("(?, ?, ?)") : QStringLiteral(", (?, ?, ?)");
    return sql;
}

struct NodeRow
{
    int level;
    qint64 idx;
    QByteArray hash;
};

// Multi-row inserts: one prepare per chunk rather than per node. 300 rows stays under the
// 999-variable limit of older SQLite builds.
Result<void> insertRows(QSqlDatabase &conn, const QList<NodeRow> &rows)
{
    constexpr qsizetype chunk = 300;
    for (qsizetype from = 0; from < rows.size(); from += chunk) {
        const qsizetype n = std::min(chunk, rows.size() - from);
        QVariantList binds;
        binds.reserve(n * 3);
        for (qsizetype i = from; i < from + n; ++i)
            binds << rows[i].level << rows[i].idx << rows[i].hash;
        if (auto r = Sql::exec(conn, nodeRowsSql(n), binds); !r) {
            return Error::conflict(QStringLiteral("the Merkle tree could not store leaf %1 (is it already stored?): %2")
                                       .arg(rows[from].idx)
                                       .arg(r.error().message));
        }
    }
    return {};
}

Result<void> checkLeafHash(QByteArrayView leafHash)
{
    if (leafHash.size() != MerkleTree::HashSize)
        return Error::invalid(QStringLiteral("leaf_hash"),
                              QStringLiteral("a leaf hash has 32 bytes, not %1; send MerkleTree::leafHash(canonical)")
                                  .arg(leafHash.size()));
    return {};
}

// A frontier for appending at index: reloaded from storage, after catching up a tree that lags the ledger.
Result<MerkleFrontier> frontierAt(QSqlDatabase &conn, qint64 index)
{
    auto stored = MerkleTree::size(conn);
    if (!stored)
        return stored.error();
    if (*stored > index)
        return Error::conflict(
            QStringLiteral("the Merkle tree already holds leaf %1 (it has %2 leaves); append leaf %2 next")
                .arg(index)
                .arg(*stored));
    if (*stored < index) {
        if (auto filled = MerkleTree::backfill(conn, index); !filled)
            return filled.error();
    }
    return MerkleTree::frontier(conn, index);
}

} // namespace

QByteArray MerkleTree::leafHash(QByteArrayView canonical)
{
    thread_local QByteArray buffer;
    buffer.resize(canonical.size() + 1);
    buffer[0] = '\0';
    std::memcpy(buffer.data() + 1, canonical.data(), size_t(canonical.size()));
    return Sha256::hash(buffer);
}

void MerkleTree::nodeHashInto(const unsigned char *left, const unsigned char *right, unsigned char out[32])
{
    unsigned char buffer[1 + 2 * HashSize];
    buffer[0] = 0x01;
    std::memcpy(buffer + 1, left, HashSize);
    std::memcpy(buffer + 1 + HashSize, right, HashSize);
    Sha256::hashInto(QByteArrayView(buffer, sizeof buffer), out);
}

QByteArray MerkleTree::nodeHash(QByteArrayView left, QByteArrayView right)
{
    Q_ASSERT(left.size() == HashSize && right.size() == HashSize);
    QByteArray out(HashSize, Qt::Uninitialized);
    nodeHashInto(reinterpret_cast<const unsigned char *>(left.data()),
                 reinterpret_cast<const unsigned char *>(right.data()), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray MerkleTree::emptyRoot()
{
    return Sha256::hash(QByteArrayView());
}

QByteArray MerkleTree::rootFromLeaves(const QList<QByteArray> &leafHashes)
{
    return rangeFromLeaves(leafHashes, 0, leafHashes.size());
}

Result<QList<QByteArray>> MerkleTree::inclusionProofFromLeaves(const QList<QByteArray> &leafHashes, qint64 index)
{
    if (index < 0 || index >= leafHashes.size())
        return Error::invalid(QStringLiteral("index"),
                              QStringLiteral("entry %1 is not in a tree of %2 entries; send an index below %2")
                                  .arg(index)
                                  .arg(leafHashes.size()));
    return MerkleProofBuilder(fromLeaves(leafHashes)).inclusion(index, leafHashes.size());
}

Result<QList<QByteArray>> MerkleTree::consistencyProofFromLeaves(const QList<QByteArray> &leafHashes, qint64 oldSize)
{
    if (oldSize < 0 || oldSize > leafHashes.size())
        return Error::invalid(QStringLiteral("old_size"),
                              QStringLiteral("the old tree size %1 must lie between 0 and the new tree size %2")
                                  .arg(oldSize)
                                  .arg(leafHashes.size()));
    return MerkleProofBuilder(fromLeaves(leafHashes)).consistency(oldSize, leafHashes.size());
}

Result<void> MerkleTree::appendLeaf(QSqlDatabase &conn, qint64 index, QByteArrayView leafHash)
{
    if (auto ok = checkLeafHash(leafHash); !ok)
        return ok;
    if (index < 0)
        return Error::invalid(QStringLiteral("index"), QStringLiteral("a leaf index is 0 or more, not %1").arg(index));
    NodeReader reader(conn);
    // A tree that lags the ledger (entries appended without appendLeaf) catches up first.
    if (index > 0) {
        if (auto previous = reader.node(0, index - 1); !previous) {
            if (previous.error().code != Error::Code::Integrity)
                return previous.error();
            if (auto filled = backfill(conn, index); !filled)
                return filled.error();
        }
    }
    QList<NodeRow> rows{{0, index, leafHash.toByteArray()}};
    QByteArray current = rows.first().hash;
    qint64 position = index;
    for (int level = 0; position & 1; ++level) {
        auto sibling = reader.node(level, position - 1);
        if (!sibling)
            return sibling.error();
        current = nodeHash(*sibling, current);
        position >>= 1;
        rows.append({level + 1, position, current});
    }
    return insertRows(conn, rows);
}

Result<void> MerkleTree::appendLeaf(QSqlDatabase &conn, qint64 index, QByteArrayView leafHash, MerkleFrontier &frontier)
{
    if (auto ok = checkLeafHash(leafHash); !ok)
        return ok;
    return appendLeaves(conn, index, {leafHash.toByteArray()}, frontier);
}

Result<void> MerkleTree::appendLeaves(QSqlDatabase &conn, qint64 firstIndex, const QList<QByteArray> &leafHashes,
                                      MerkleFrontier &frontier)
{
    if (firstIndex < 0)
        return Error::invalid(QStringLiteral("index"),
                              QStringLiteral("a leaf index is 0 or more, not %1").arg(firstIndex));
    for (const QByteArray &hash : leafHashes) {
        if (auto ok = checkLeafHash(hash); !ok)
            return ok;
    }
    if (!frontier.isValid() || frontier.size() != firstIndex) {
        auto loaded = frontierAt(conn, firstIndex);
        if (!loaded)
            return loaded.error();
        frontier = *loaded;
    }
    QList<NodeRow> rows;
    rows.reserve(leafHashes.size() * 2 + 64);
    QList<QByteArray> completed;
    for (qsizetype i = 0; i < leafHashes.size(); ++i) {
        const qint64 index = firstIndex + i;
        completed.clear();
        frontier.append(leafHashes[i], &completed);
        rows.append({0, index, leafHashes[i]});
        for (qsizetype level = 1; level <= completed.size(); ++level)
            rows.append({int(level), index >> level, completed[level - 1]});
    }
    if (auto stored = insertRows(conn, rows); !stored) {
        frontier.invalidate(); // it already counts leaves that are not stored
        return stored;
    }
    return {};
}

Result<qint64> MerkleTree::size(QSqlDatabase &conn)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT idx FROM merkle_nodes WHERE level = 0 ORDER BY idx DESC LIMIT 1"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() + 1 : qint64(0);
}

Result<MerkleFrontier> MerkleTree::frontier(QSqlDatabase &conn, qint64 treeSize)
{
    if (treeSize < 0) {
        auto stored = size(conn);
        if (!stored)
            return stored.error();
        treeSize = *stored;
    } else if (auto ok = requireStored(conn, treeSize, QStringLiteral("tree_size")); !ok) {
        return ok.error();
    }
    NodeReader reader(conn);
    QList<QByteArray> subtrees;
    for (int level = 63; level >= 0; --level) {
        if (!(treeSize & (qint64(1) << level)))
            continue;
        auto node = reader.node(level, (treeSize >> level) - 1);
        if (!node)
            return node.error();
        subtrees.append(*node);
    }
    return MerkleFrontier::fromSubtrees(treeSize, subtrees);
}

Result<qint64> MerkleTree::backfill(QSqlDatabase &conn, qint64 upTo)
{
    if (upTo < 0) {
        auto entries = ledgerSize(conn);
        if (!entries)
            return entries.error();
        upTo = *entries;
    }
    auto stored = size(conn);
    if (!stored)
        return stored.error();
    if (*stored >= upTo)
        return qint64(0);
    auto edge = frontier(conn, *stored);
    if (!edge)
        return edge.error();
    // Bounded chunks keep memory flat however long the ledger is.
    constexpr qint64 chunk = 4096;
    for (qint64 next = *stored; next < upTo;) {
        const qint64 end = std::min(upTo, next + chunk);
        auto q = Sql::exec(
            conn, QStringLiteral("SELECT idx, canonical FROM ledger_entries WHERE idx >= ? AND idx < ? ORDER BY idx"),
            {next, end});
        if (!q)
            return q.error();
        QList<QByteArray> leaves;
        leaves.reserve(end - next);
        while (q->next() && q->value(0).toLongLong() == next + leaves.size())
            leaves.append(leafHash(q->value(1).toByteArray()));
        q->finish();
        if (leaves.size() != end - next)
            return Error::integrity(
                QStringLiteral("ledger entry %1 is missing, so the Merkle tree cannot include the entries after it")
                    .arg(next + leaves.size()));
        if (auto added = appendLeaves(conn, next, leaves, edge.value()); !added)
            return added.error();
        next = end;
    }
    return upTo - *stored;
}

Result<qint64> MerkleTree::ensureComplete(const std::shared_ptr<Database> &db)
{
    // Catch up in transactions of a bounded size so a large old ledger never holds one huge write.
    constexpr qint64 perTransaction = 50000;
    for (;;) {
        qint64 total = -1;
        Result<void> step = db->write([&](QSqlDatabase &conn) -> Result<void> {
            auto stored = size(conn);
            if (!stored)
                return stored.error();
            auto entries = ledgerSize(conn);
            if (!entries)
                return entries.error();
            if (*stored > *entries)
                return Error::integrity(
                    QStringLiteral("the Merkle tree holds %1 leaves but the ledger only %2 entries; "
                                   "ledger entries were removed")
                        .arg(*stored)
                        .arg(*entries));
            if (*stored == *entries) {
                total = *entries;
                return {};
            }
            auto added = backfill(conn, std::min(*entries, *stored + perTransaction));
            return added ? Result<void>() : Result<void>(added.error());
        });
        if (!step)
            return step.error();
        if (total >= 0)
            return total;
    }
}

Result<QByteArray> MerkleTree::root(QSqlDatabase &conn, qint64 treeSize)
{
    if (treeSize < 0) // frontier() reads a negative size as "the whole stored tree"
        return Error::invalid(QStringLiteral("tree_size"),
                              QStringLiteral("the tree size %1 is negative; send 0 or more").arg(treeSize));
    auto edge = frontier(conn, treeSize);
    if (!edge)
        return edge.error();
    return edge->root();
}

Result<QByteArray> MerkleTree::root(const std::shared_ptr<Database> &db, qint64 treeSize)
{
    QSqlDatabase conn = db->connection();
    return root(conn, treeSize);
}

Result<QList<QByteArray>> MerkleTree::inclusionProof(QSqlDatabase &conn, qint64 index, qint64 treeSize)
{
    if (auto ok = requireStored(conn, treeSize, QStringLiteral("tree_size")); !ok)
        return ok.error();
    if (index < 0 || index >= treeSize)
        return Error::invalid(
            QStringLiteral("index"),
            QStringLiteral("entry %1 is not in a tree of %2 entries; send an index below %2").arg(index).arg(treeSize));
    NodeReader reader(conn);
    return MerkleProofBuilder([&](qint64 start, qint64 count) { return reader.range(start, count); })
        .inclusion(index, treeSize);
}

Result<QList<QByteArray>> MerkleTree::inclusionProof(const std::shared_ptr<Database> &db, qint64 index, qint64 treeSize)
{
    QSqlDatabase conn = db->connection();
    return inclusionProof(conn, index, treeSize);
}

Result<QList<QByteArray>> MerkleTree::consistencyProof(QSqlDatabase &conn, qint64 oldSize, qint64 newSize)
{
    if (auto ok = requireStored(conn, newSize, QStringLiteral("new_size")); !ok)
        return ok.error();
    if (oldSize < 0 || oldSize > newSize)
        return Error::invalid(QStringLiteral("old_size"),
                              QStringLiteral("the old tree size %1 must lie between 0 and the new tree size %2")
                                  .arg(oldSize)
                                  .arg(newSize));
    NodeReader reader(conn);
    return MerkleProofBuilder([&](qint64 start, qint64 count) { return reader.range(start, count); })
        .consistency(oldSize, newSize);
}

Result<QList<QByteArray>> MerkleTree::consistencyProof(const std::shared_ptr<Database> &db, qint64 oldSize,
                                                       qint64 newSize)
{
    QSqlDatabase conn = db->connection();
    return consistencyProof(conn, oldSize, newSize);
}

} // namespace Lexecon
