#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>

namespace Lexecon {

// The right edge of a Merkle tree: the root of each perfect subtree of a tree of size() leaves
// (one per set bit of the size). O(log n) memory, amortized one node hash per append, so it serves
// as the writer's cache and as a streaming MTH for verifiers that walk every entry.
class MerkleFrontier
{
public:
    MerkleFrontier() = default; // the empty tree

    qint64 size() const { return m_size; }
    bool isValid() const { return m_valid; }
    // Marks the frontier stale (e.g. its transaction rolled back); appendLeaf then reloads it.
    void invalidate() { m_valid = false; }

    // Appends one 32-byte leaf hash. When completed is given it receives the hashes of the perfect subtrees
    // this leaf completes: completed[i] is the node at level i + 1, index (size() - 1) >> (i + 1).
    void append(QByteArrayView leafHash, QList<QByteArray> *completed = nullptr);
    using Hash = std::array<unsigned char, 32>;
    // The same without allocating: completed[i] receives the node at level i + 1; returns how many.
    int append(const unsigned char *leafHash, std::array<Hash, 64> &completed);
    // MTH of the size() leaves appended so far.
    QByteArray root() const;
    // Perfect subtree roots from the highest level to the lowest (the left-to-right order).
    QList<QByteArray> subtrees() const;
    // Rebuilds a frontier from subtrees() of a tree of the given size; invalid if they do not fit.
    static MerkleFrontier fromSubtrees(qint64 size, const QList<QByteArray> &subtrees);

private:
    std::array<Hash, 64> m_levels{}; // m_levels[l] is meaningful when bit l of m_size is set
    qint64 m_size = 0;
    bool m_valid = true;
};

} // namespace Lexecon
