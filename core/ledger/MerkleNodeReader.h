#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace Lexecon {

// Reads the stored merkle_nodes a computation needs in ONE query: the nodes are named first
// (want(), or a recording pass of the computation), then fetched together, since a query through
// QtSql costs far more than the hashing. Used by MerkleTree only.
class MerkleNodeReader
{
public:
    explicit MerkleNodeReader(QSqlDatabase &conn);

    void want(int level, qint64 idx);
    Result<void> fetch();

    // Runs compute once recording the nodes it reads, fetches them, then runs it for real. Its
    // control flow depends on sizes only, never on hash values, so both passes read the same nodes.
    Result<QList<QByteArray>> twoPass(const std::function<Result<QList<QByteArray>>()> &compute);

    // A fetched node, or an integrity error naming the missing one.
    Result<QByteArray> node(int level, qint64 idx);
    // MTH of leaves [start, start + count), start aligned as the RFC 9162 recursion guarantees.
    Result<QByteArray> range(qint64 start, qint64 count);

private:
    using Key = QPair<int, qint64>;
    QSqlDatabase &m_conn;
    QSet<Key> m_wanted;
    QHash<Key, QByteArray> m_cache;
    bool m_recording = false;
};

} // namespace Lexecon
