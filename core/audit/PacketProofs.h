#pragma once

#include "common/Result.h"
#include "ledger/CheckpointStore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>
#include <vector>

namespace Lexecon {

class Database;

// tlog-proofs for many ledger entries at once. CheckpointService::inclusionProof reads the stored
// tree once per proof; a packet citing 100,000 entries needs them all against one checkpoint, so
// this reads the ledger once, keeps the RFC 9162 tree's perfect subtrees in memory (64 bytes per
// entry) and walks each path from there. The root it computes must equal the checkpoint's, so a
// packet is never built over a ledger that does not match what the node signed.
class PacketProofs
{
public:
    static Result<PacketProofs> load(const std::shared_ptr<Database> &db, const StoredCheckpoint &checkpoint);

    qint64 treeSize() const { return m_treeSize; }
    // PATH(index, D[treeSize]), leaf's sibling first.
    Result<QList<QByteArray>> inclusion(qint64 index) const;
    // The tlog-proof text (TlogProof::toText) of every index in sortedIndexes (ascending, each
    // below treeSize), handed to sink in order; sink returns false to stop (cancel).
    Result<void> write(const std::shared_ptr<Database> &db, const std::vector<qint64> &sortedIndexes,
                       const std::function<bool(qint64 index, const QByteArray &proofText)> &sink) const;

private:
    Result<QByteArray> range(qint64 start, qint64 count) const;

    StoredCheckpoint m_checkpoint;
    qint64 m_treeSize = 0;
    std::vector<std::vector<unsigned char>> m_levels; // level k: hashes of aligned subtrees of 2^k leaves
    mutable QHash<QPair<qint64, qint64>, QByteArray> m_edge; // right-edge (imperfect) subtrees
};

} // namespace Lexecon
