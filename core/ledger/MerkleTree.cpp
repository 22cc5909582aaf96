#include "MerkleTree.h"

#include "LedgerHash.h"
#include "MerkleAppender.h"
#include "MerkleFrontier.h"
#include "MerkleNodeReader.h"
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

} // namespace

void MerkleTree::leafHashInto(QByteArrayView canonical, unsigned char out[32])
{
    LedgerHash::leafHashInto(canonical, out);
}

QByteArray MerkleTree::leafHash(QByteArrayView canonical)
{
    QByteArray out(HashSize, Qt::Uninitialized);
    leafHashInto(canonical, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

void MerkleTree::nodeHashInto(const unsigned char *left, const unsigned char *right, unsigned char out[32])
{
    LedgerHash::nodeHashInto(left, right, out);
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
    return MerkleAppender(conn).append(index, leafHash);
}

Result<void> MerkleTree::appendLeaf(QSqlDatabase &conn, qint64 index, QByteArrayView leafHash, MerkleFrontier &frontier)
{
    MerkleAppender appender(conn, frontier);
    auto added = appender.append(index, leafHash);
    frontier = appender.frontier();
    return added;
}

Result<void> MerkleTree::appendLeaves(QSqlDatabase &conn, qint64 firstIndex, const QList<QByteArray> &leafHashes,
                                      MerkleFrontier &frontier)
{
    MerkleAppender appender(conn, frontier);
    auto added = appender.append(firstIndex, leafHashes);
    frontier = appender.frontier();
    return added;
}

Result<qint64> MerkleTree::size(QSqlDatabase &conn)
{
    // The node with the highest key covers the last leaf (see nodePos).
    auto q = Sql::exec(conn, QStringLiteral("SELECT pos FROM merkle_nodes ORDER BY pos DESC LIMIT 1"));
    if (!q)
        return q.error();
    return q->next() ? (q->value(0).toLongLong() >> 6) + 1 : qint64(0);
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
    MerkleNodeReader reader(conn);
    for (int level = 63; level >= 0; --level) {
        if (treeSize & (qint64(1) << level))
            reader.want(level, (treeSize >> level) - 1);
    }
    if (auto fetched = reader.fetch(); !fetched)
        return fetched.error();
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
    MerkleAppender appender(conn);
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
        if (auto added = appender.append(next, leaves); !added)
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
    MerkleNodeReader reader(conn);
    const MerkleProofBuilder builder([&](qint64 start, qint64 count) { return reader.range(start, count); });
    return reader.twoPass([&] { return builder.inclusion(index, treeSize); });
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
    MerkleNodeReader reader(conn);
    const MerkleProofBuilder builder([&](qint64 start, qint64 count) { return reader.range(start, count); });
    return reader.twoPass([&] { return builder.consistency(oldSize, newSize); });
}

Result<QList<QByteArray>> MerkleTree::consistencyProof(const std::shared_ptr<Database> &db, qint64 oldSize,
                                                       qint64 newSize)
{
    QSqlDatabase conn = db->connection();
    return consistencyProof(conn, oldSize, newSize);
}

} // namespace Lexecon
