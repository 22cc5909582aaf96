#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

#include <array>

namespace Lexecon {

// Checks a packet's many inclusion proofs against one tree (RFC 9162 2.1.3.2) without hashing
// every path to the root. Proofs of neighbouring entries share all but their lowest nodes: once
// a proof has been checked up to the root, each node on its path is known to be in the tree. A
// later proof that reaches one of those nodes with the same hash, and whose remaining hashes
// are the ones that node's proof went on with, is checked too: the rest of its walk would repeat
// the earlier one step for step. In index order that is about two hashes per proof instead of
// log2(tree size). Anything else (a mismatch, a malformed proof) is decided by
// MerkleProof::verifyInclusion, whose message names the fault.
class PacketInclusionCheck
{
public:
    PacketInclusionCheck(qint64 treeSize, QByteArray rootHash);

    Result<void> verify(QByteArrayView leafHash, qint64 index, const QList<QByteArray> &proof);
    qint64 hashesComputed() const { return m_hashes; }

private:
    // The last node known to be in the tree at each level: its index at that level, its hash,
    // and the proof that continued from it (from position next on).
    struct Node
    {
        bool known = false;
        quint64 fn = 0;
        std::array<unsigned char, 32> hash{};
        QList<QByteArray> proof;
        int next = 0;
    };

    qint64 m_treeSize;
    QByteArray m_root;
    std::array<Node, 64> m_levels;
    qint64 m_hashes = 0;
};

} // namespace Lexecon
