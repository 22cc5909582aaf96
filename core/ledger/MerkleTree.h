#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace Lexecon {

class Database;
class MerkleFrontier;

// The RFC 9162 section 2.1 Merkle tree over the ledger entries in index order (SPEC section 5).
// The pure functions need no storage, so offline verifiers use them as they are. The stored tree
// is table merkle_nodes (pos, level, idx, hash): every perfect aligned subtree, level 0 = leaf hashes,
// so appends cost O(log n) and roots and proofs for any past size read O(log n) rows. The key pos
// (nodePos) grows in append order, so a group commit writes one B-tree page, not one per level.
class MerkleTree
{
public:
    static constexpr qsizetype HashSize = 32;

    // SHA-256(0x00 || canonical bytes of the entry).
    static QByteArray leafHash(QByteArrayView canonical);
    // leafHash into a caller's buffer without allocating, for walks over every entry.
    static void leafHashInto(QByteArrayView canonical, unsigned char out[32]);
    // SHA-256(0x01 || left || right).
    static QByteArray nodeHash(QByteArrayView left, QByteArrayView right);
    // MTH({}) = SHA-256("").
    static QByteArray emptyRoot();
    // nodeHash on raw 32-byte buffers without allocating: the hot path of appends and streaming MTH.
    static void nodeHashInto(const unsigned char *left, const unsigned char *right, unsigned char out[32]);
    // MTH (2.1.1) over leaf hashes, in memory.
    static QByteArray rootFromLeaves(const QList<QByteArray> &leafHashes);
    // PATH (2.1.3.1) and PROOF (2.1.4.1) over leaf hashes held in memory: the reference the stored
    // versions are tested against. The tree size is leafHashes.size().
    static Result<QList<QByteArray>> inclusionProofFromLeaves(const QList<QByteArray> &leafHashes, qint64 index);
    static Result<QList<QByteArray>> consistencyProofFromLeaves(const QList<QByteArray> &leafHashes, qint64 oldSize);

    // Stores leaf `index` and every perfect subtree it completes. Call it inside the writer's
    // transaction right after inserting the entry row; index must be the stored tree size. This
    // form reads the right edge it needs (O(log n) nodes by primary key, one query) on every call.
    static Result<void> appendLeaf(QSqlDatabase &conn, qint64 index, QByteArrayView leafHash);
    // The same with the caller's in-memory right edge: no reads at all while frontier.size() == index.
    // A frontier that does not match (new, invalidated, or another writer appended) is reloaded
    // from storage (O(log n) reads). After a rolled-back transaction call frontier.invalidate().
    static Result<void> appendLeaf(QSqlDatabase &conn, qint64 index, QByteArrayView leafHash, MerkleFrontier &frontier);
    // A batch of consecutive leaves from firstIndex with one prepared statement. A long-lived writer
    // does better still with its own MerkleAppender (statement prepared once for the connection).
    static Result<void> appendLeaves(QSqlDatabase &conn, qint64 firstIndex, const QList<QByteArray> &leafHashes,
                                     MerkleFrontier &frontier);

    // The merkle_nodes key of node (level, idx): (last leaf it covers) * 64 + level (017_ledger_speed.sql).
    static constexpr qint64 nodePos(int level, qint64 idx) { return ((((idx + 1) << level) - 1) << 6) + level; }

    // Number of leaves in merkle_nodes.
    static Result<qint64> size(QSqlDatabase &conn);
    // The right edge of the stored tree at treeSize (default: the whole stored tree).
    static Result<MerkleFrontier> frontier(QSqlDatabase &conn, qint64 treeSize = -1);

    // Adds the nodes for ledger entries [stored size, upTo) from their canonical bytes, inside the
    // caller's transaction (upTo -1: the whole ledger). Returns the number of leaves added.
    static Result<qint64> backfill(QSqlDatabase &conn, qint64 upTo = -1);
    // Brings merkle_nodes up to ledger_entries (a ledger created before migration 013, or
    // appended without appendLeaf) in bounded transactions. Idempotent; returns the tree size.
    static Result<qint64> ensureComplete(const std::shared_ptr<Database> &db);

    // MTH of the first treeSize entries, for any treeSize up to the stored size.
    static Result<QByteArray> root(QSqlDatabase &conn, qint64 treeSize);
    static Result<QByteArray> root(const std::shared_ptr<Database> &db, qint64 treeSize);
    // PATH(index, D[treeSize]) (2.1.3.1), from stored nodes.
    static Result<QList<QByteArray>> inclusionProof(QSqlDatabase &conn, qint64 index, qint64 treeSize);
    static Result<QList<QByteArray>> inclusionProof(const std::shared_ptr<Database> &db, qint64 index, qint64 treeSize);
    // PROOF(oldSize, D[newSize]) (2.1.4.1), from stored nodes; empty when oldSize is 0 or newSize.
    static Result<QList<QByteArray>> consistencyProof(QSqlDatabase &conn, qint64 oldSize, qint64 newSize);
    static Result<QList<QByteArray>> consistencyProof(const std::shared_ptr<Database> &db, qint64 oldSize,
                                                      qint64 newSize);
};

} // namespace Lexecon
