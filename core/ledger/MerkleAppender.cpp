#include "MerkleAppender.h"

#include "MerkleTree.h"

#include <QSqlError>

namespace Lexecon {

MerkleAppender::MerkleAppender(const QSqlDatabase &conn, const MerkleFrontier &frontier)
    : m_conn(conn)
    , m_insert(m_conn)
    , m_frontier(frontier)
{
}

Result<void> MerkleAppender::append(qint64 index, QByteArrayView leafHash)
{
    if (leafHash.size() != MerkleTree::HashSize)
        return Error::invalid(QStringLiteral("leaf_hash"),
                              QStringLiteral("a leaf hash has 32 bytes, not %1; send MerkleTree::leafHash(canonical)")
                                  .arg(leafHash.size()));
    if (auto synced = sync(index); !synced)
        return synced;
    QList<QByteArray> completed;
    m_frontier.append(leafHash, &completed);
    // The frontier already counts the leaf, so any failure below leaves it stale.
    Result<void> stored = insert(0, index, leafHash.toByteArray());
    for (qsizetype level = 1; stored && level <= completed.size(); ++level)
        stored = insert(int(level), index >> level, completed[level - 1]);
    if (!stored)
        m_frontier.invalidate();
    return stored;
}

Result<void> MerkleAppender::append(qint64 firstIndex, const QList<QByteArray> &leafHashes)
{
    for (qsizetype i = 0; i < leafHashes.size(); ++i) {
        if (auto added = append(firstIndex + i, leafHashes[i]); !added)
            return added;
    }
    return {};
}

Result<void> MerkleAppender::sync(qint64 index)
{
    if (index < 0)
        return Error::invalid(QStringLiteral("index"), QStringLiteral("a leaf index is 0 or more, not %1").arg(index));
    if (m_frontier.isValid() && m_frontier.size() == index)
        return {};
    auto stored = MerkleTree::size(m_conn);
    if (!stored)
        return stored.error();
    if (*stored > index)
        return Error::conflict(
            QStringLiteral("the Merkle tree already holds leaf %1 (it has %2 leaves); append leaf %2 next")
                .arg(index)
                .arg(*stored));
    if (*stored < index) {
        if (auto filled = MerkleTree::backfill(m_conn, index); !filled)
            return filled.error();
    }
    auto loaded = MerkleTree::frontier(m_conn, index);
    if (!loaded)
        return loaded.error();
    m_frontier = *loaded;
    return {};
}

Result<void> MerkleAppender::insert(int level, qint64 idx, const QByteArray &hash)
{
    if (!m_prepared) {
        if (!m_insert.prepare(QStringLiteral("INSERT INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)")))
            return Error::internal(
                QStringLiteral("database: cannot prepare the Merkle node insert: %1").arg(m_insert.lastError().text()));
        m_prepared = true;
    }
    m_insert.bindValue(0, level);
    m_insert.bindValue(1, idx);
    m_insert.bindValue(2, hash);
    if (!m_insert.exec())
        return Error::conflict(
            QStringLiteral("the Merkle tree could not store the node at level %1, index %2 (is leaf %3 "
                           "already stored?): %4")
                .arg(level)
                .arg(idx)
                .arg(idx << level)
                .arg(m_insert.lastError().text()));
    return {};
}

} // namespace Lexecon
