#pragma once

#include "MerkleFrontier.h"
#include "SqliteStatement.h"
#include "common/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Lexecon {

// Appends leaves to the stored Merkle tree (merkle_nodes) on one connection, keeping the insert
// statement prepared and the right edge in memory: what a long-lived ledger writer holds, so an
// append costs its 1-2 row inserts and nothing else. MerkleTree::appendLeaf/appendLeaves use a
// short-lived one. Create it on the connection's thread and drop it before the connection closes.
class MerkleAppender
{
public:
    explicit MerkleAppender(const QSqlDatabase &conn, const MerkleFrontier &frontier = MerkleFrontier());

    // Stores leaf index (index must be the stored tree size) and every perfect subtree it completes,
    // inside the caller's transaction. A frontier that does not match the index is reloaded from
    // storage (one query), and a tree that lags the ledger is first caught up from ledger_entries.
    Result<void> append(qint64 index, QByteArrayView leafHash);
    Result<void> append(qint64 firstIndex, const QList<QByteArray> &leafHashes);

    // Call after the caller's transaction or savepoint rolled back: the next append reloads.
    void invalidate() { m_frontier.invalidate(); }
    const MerkleFrontier &frontier() const { return m_frontier; }

private:
    Result<void> sync(qint64 index);
    Result<void> insert(int level, qint64 idx, const unsigned char *hash);

    QSqlDatabase m_conn;
    // On SQLite the insert goes through the raw handle (the writer's hot path); QSqlQuery otherwise.
    SqliteStatement m_raw;
    QSqlQuery m_insert;
    bool m_prepared = false;
    MerkleFrontier m_frontier;
    std::array<MerkleFrontier::Hash, 64> m_completed{};
};

} // namespace Lexecon
