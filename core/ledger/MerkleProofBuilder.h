#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace Lexecon {

// The RFC 9162 proof recursions (PATH 2.1.3.1, PROOF/SUBPROOF 2.1.4.1) over any source of
// subtree hashes, so the stored tree and the in-memory reference share one walk.
class MerkleProofBuilder
{
public:
    // MTH of leaves [start, start + count); the walks only ask for ranges the RFC recursion yields.
    using RangeHash = std::function<Result<QByteArray>(qint64 start, qint64 count)>;

    explicit MerkleProofBuilder(RangeHash mth);

    // PATH(index, D[treeSize]); the caller has checked 0 <= index < treeSize.
    Result<QList<QByteArray>> inclusion(qint64 index, qint64 treeSize) const;
    // PROOF(oldSize, D[newSize]); empty when oldSize is 0 or newSize. The caller has checked 0 <= oldSize <= newSize.
    Result<QList<QByteArray>> consistency(qint64 oldSize, qint64 newSize) const;

    // RFC 9162 2.1.1: k, the largest power of two smaller than n (n > 1).
    static qint64 splitPoint(qint64 n);

private:
    RangeHash m_mth;
};

} // namespace Lexecon
