#include "MerkleProofBuilder.h"

#include <bit>

namespace Lexecon {

MerkleProofBuilder::MerkleProofBuilder(RangeHash mth)
    : m_mth(std::move(mth))
{
}

qint64 MerkleProofBuilder::splitPoint(qint64 n)
{
    return qint64(std::bit_floor(quint64(n - 1)));
}

// The recursion is walked top-down; the RFC lists proofs bottom-up, hence the reversal.
Result<QList<QByteArray>> MerkleProofBuilder::inclusion(qint64 index, qint64 treeSize) const
{
    QList<QByteArray> topDown;
    qint64 start = 0, count = treeSize, m = index;
    while (count > 1) {
        const qint64 k = splitPoint(count);
        Result<QByteArray> sibling = m < k ? m_mth(start + k, count - k) : m_mth(start, k);
        if (!sibling)
            return sibling.error();
        topDown.append(*sibling);
        if (m < k) {
            count = k;
        } else {
            start += k;
            m -= k;
            count -= k;
        }
    }
    return QList<QByteArray>(topDown.rbegin(), topDown.rend());
}

Result<QList<QByteArray>> MerkleProofBuilder::consistency(qint64 oldSize, qint64 newSize) const
{
    QList<QByteArray> topDown;
    if (oldSize == 0 || oldSize == newSize)
        return topDown;
    qint64 start = 0, count = newSize, m = oldSize;
    bool wholeOldTree = true; // b in the RFC: the verifier knows the old tree's root already
    while (m != count) {
        const qint64 k = splitPoint(count);
        Result<QByteArray> node = m <= k ? m_mth(start + k, count - k) : m_mth(start, k);
        if (!node)
            return node.error();
        topDown.append(*node);
        if (m <= k) {
            count = k;
        } else {
            start += k;
            m -= k;
            count -= k;
            wholeOldTree = false;
        }
    }
    if (!wholeOldTree) {
        Result<QByteArray> node = m_mth(start, count);
        if (!node)
            return node.error();
        topDown.append(*node);
    }
    return QList<QByteArray>(topDown.rbegin(), topDown.rend());
}

} // namespace Lexecon
