#include "MerkleFrontier.h"

#include "MerkleTree.h"

#include <bit>
#include <cstring>

namespace Lexecon {

void MerkleFrontier::append(QByteArrayView leafHash, QList<QByteArray> *completed)
{
    Q_ASSERT(leafHash.size() == MerkleTree::HashSize);
    Hash current;
    std::memcpy(current.data(), leafHash.data(), current.size());
    // Each set low bit of the size is a finished left sibling waiting for a right neighbour.
    int level = 0;
    while (m_size & (qint64(1) << level)) {
        MerkleTree::nodeHashInto(m_levels[level].data(), current.data(), current.data());
        if (completed)
            completed->append(QByteArray(reinterpret_cast<const char *>(current.data()), int(current.size())));
        ++level;
    }
    m_levels[level] = current;
    ++m_size;
}

int MerkleFrontier::append(const unsigned char *leafHash, std::array<Hash, 64> &completed)
{
    Hash current;
    std::memcpy(current.data(), leafHash, current.size());
    int level = 0;
    while (m_size & (qint64(1) << level)) {
        MerkleTree::nodeHashInto(m_levels[level].data(), current.data(), current.data());
        completed[level] = current;
        ++level;
    }
    m_levels[level] = current;
    ++m_size;
    return level;
}

QByteArray MerkleFrontier::root() const
{
    if (m_size == 0)
        return MerkleTree::emptyRoot();
    // RFC 9162 MTH folds the subtrees right to left: the smallest (rightmost) one first.
    int level = std::countr_zero(quint64(m_size));
    Hash acc = m_levels[level];
    for (++level; level < 64; ++level) {
        if (m_size & (qint64(1) << level))
            MerkleTree::nodeHashInto(m_levels[level].data(), acc.data(), acc.data());
    }
    return QByteArray(reinterpret_cast<const char *>(acc.data()), int(acc.size()));
}

QList<QByteArray> MerkleFrontier::subtrees() const
{
    QList<QByteArray> out;
    for (int level = 63; level >= 0; --level) {
        if (m_size & (qint64(1) << level))
            out.append(QByteArray(reinterpret_cast<const char *>(m_levels[level].data()), int(m_levels[level].size())));
    }
    return out;
}

MerkleFrontier MerkleFrontier::fromSubtrees(qint64 size, const QList<QByteArray> &subtrees)
{
    MerkleFrontier f;
    if (size < 0 || std::popcount(quint64(size)) != subtrees.size()) {
        f.m_valid = false;
        return f;
    }
    qsizetype next = 0;
    for (int level = 63; level >= 0; --level) {
        if (!(size & (qint64(1) << level)))
            continue;
        const QByteArray &hash = subtrees.at(next++);
        if (hash.size() != MerkleTree::HashSize) {
            f.m_valid = false;
            return f;
        }
        std::memcpy(f.m_levels[level].data(), hash.constData(), MerkleTree::HashSize);
    }
    f.m_size = size;
    return f;
}

} // namespace Lexecon
