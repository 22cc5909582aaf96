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
    const auto *leaf = reinterpret_cast<const unsigned char *>(leafHash.data());
    const int completed = m_frontier.append(leaf, m_completed);
    // The frontier already counts the leaf, so any failure below leaves it stale.
    Result<void> stored = insert(0, index, leaf);
    for (int level = 1; stored && level <= completed; ++level)
        stored = insert(level, index >> level, m_completed[size_t(level - 1)].data());
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

Result<void> MerkleAppender::insert(int level, qint64 idx, const unsigned char *hash)
{
    static const char kSql[] = "INSERT INTO merkle_nodes (pos, level, idx, hash) VALUES (?, ?, ?, ?)";
    if (!m_prepared) {
        if (sqlite3 *handle = SqliteStatement::handle(m_conn)) {
            if (auto prepared = m_raw.prepare(handle, kSql); !prepared)
                return prepared;
        } else if (!m_insert.prepare(QString::fromLatin1(kSql))) {
            return Error::internal(
                QStringLiteral("database: cannot prepare the Merkle node insert: %1").arg(m_insert.lastError().text()));
        }
        m_prepared = true;
    }
    const QByteArrayView bytes(reinterpret_cast<const char *>(hash), MerkleTree::HashSize);
    bool ok = false;
    QString why;
    if (m_raw.isPrepared()) {
        m_raw.bind(1, MerkleTree::nodePos(level, idx));
        m_raw.bind(2, level);
        m_raw.bind(3, idx);
        m_raw.bindBlob(4, bytes);
        auto done = m_raw.run("store a Merkle node");
        ok = done.ok();
        if (!ok)
            why = done.error().message;
    } else {
        m_insert.bindValue(0, MerkleTree::nodePos(level, idx));
        m_insert.bindValue(1, level);
        m_insert.bindValue(2, idx);
        m_insert.bindValue(3, bytes.toByteArray());
        ok = m_insert.exec();
        if (!ok)
            why = m_insert.lastError().text();
    }
    if (!ok)
        return Error::conflict(
            QStringLiteral("the Merkle tree could not store the node at level %1, index %2 (is leaf %3 "
                           "already stored?): %4")
                .arg(level)
                .arg(idx)
                .arg(idx << level)
                .arg(why));
    return {};
}

} // namespace Lexecon
