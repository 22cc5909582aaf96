#include "PacketProofs.h"

#include "ledger/LedgerStore.h"
#include "ledger/MerkleProofBuilder.h"
#include "ledger/MerkleTree.h"
#include "ledger/TlogProof.h"

#include <bit>

namespace Lexecon {

Result<PacketProofs> PacketProofs::load(const std::shared_ptr<Database> &db, const StoredCheckpoint &checkpoint)
{
    PacketProofs p;
    p.m_checkpoint = checkpoint;
    p.m_treeSize = checkpoint.treeSize;
    if (p.m_treeSize <= 0)
        return Error::integrity(QStringLiteral("The checkpoint covers no ledger entry."));
    std::vector<unsigned char> leaves(size_t(p.m_treeSize) * 32);
    qint64 seen = 0;
    auto scanned = LedgerStore(db).scanRows(0, [&](const LedgerRow &row) {
        if (row.index >= p.m_treeSize)
            return false;
        if (row.index != seen)
            return false;
        MerkleTree::leafHashInto(row.canonical, leaves.data() + size_t(row.index) * 32);
        ++seen;
        return true;
    });
    if (!scanned)
        return scanned.error();
    if (seen != p.m_treeSize)
        return Error::integrity(QStringLiteral("The ledger has %1 consecutive entries, fewer than the %2 its checkpoint covers.")
                                    .arg(seen)
                                    .arg(p.m_treeSize));
    p.m_levels.push_back(std::move(leaves));
    for (qint64 width = p.m_treeSize / 2; width > 0; width /= 2) {
        const std::vector<unsigned char> &below = p.m_levels.back();
        std::vector<unsigned char> level(size_t(width) * 32);
        for (qint64 i = 0; i < width; ++i)
            MerkleTree::nodeHashInto(below.data() + size_t(2 * i) * 32, below.data() + size_t(2 * i + 1) * 32,
                                     level.data() + size_t(i) * 32);
        p.m_levels.push_back(std::move(level));
    }
    auto root = p.range(0, p.m_treeSize);
    if (!root)
        return root.error();
    if (*root != checkpoint.rootHash)
        return Error::integrity(QStringLiteral("The ledger's Merkle root over %1 entries does not match the signed "
                                               "checkpoint; run `ledger verify` before building a packet.")
                                    .arg(p.m_treeSize));
    return p;
}

Result<QByteArray> PacketProofs::range(qint64 start, qint64 count) const
{
    if (count <= 0 || start < 0 || start + count > m_treeSize)
        return Error::internal(QStringLiteral("Merkle range %1+%2 is outside the tree").arg(start).arg(count));
    if (std::has_single_bit(quint64(count)) && start % count == 0) {
        const int level = std::countr_zero(quint64(count));
        const size_t at = size_t(start / count) * 32;
        return QByteArray(reinterpret_cast<const char *>(m_levels[size_t(level)].data() + at), 32);
    }
    const auto key = qMakePair(start, count);
    if (auto it = m_edge.constFind(key); it != m_edge.cend())
        return *it;
    const qint64 k = MerkleProofBuilder::splitPoint(count);
    auto left = range(start, k);
    if (!left)
        return left.error();
    auto right = range(start + k, count - k);
    if (!right)
        return right.error();
    const QByteArray hash = MerkleTree::nodeHash(*left, *right);
    m_edge.insert(key, hash);
    return hash;
}

Result<QList<QByteArray>> PacketProofs::inclusion(qint64 index) const
{
    if (index < 0 || index >= m_treeSize)
        return Error::notFound(QStringLiteral("Ledger entry %1 is not covered by the checkpoint of %2 entries.")
                                   .arg(index)
                                   .arg(m_treeSize));
    MerkleProofBuilder builder([this](qint64 start, qint64 count) { return range(start, count); });
    return builder.inclusion(index, m_treeSize);
}

Result<void> PacketProofs::write(const std::shared_ptr<Database> &db, const std::vector<qint64> &sortedIndexes,
                                 const std::function<bool(qint64, const QByteArray &)> &sink) const
{
    if (sortedIndexes.empty())
        return {};
    size_t next = 0;
    Error failure;
    bool failed = false;
    auto scanned = LedgerStore(db).scanRows(sortedIndexes.front(), [&](const LedgerRow &row) {
        if (next >= sortedIndexes.size())
            return false;
        if (row.index != sortedIndexes[next])
            return true;
        auto hashes = inclusion(row.index);
        if (!hashes) {
            failure = hashes.error();
            failed = true;
            return false;
        }
        TlogProof proof;
        proof.extra = row.canonical.toByteArray();
        proof.index = row.index;
        proof.hashes = *hashes;
        proof.checkpointNote = m_checkpoint.note;
        if (!sink(row.index, proof.toText()))
            return false;
        // Skip repeated indexes (two records citing one entry).
        while (next < sortedIndexes.size() && sortedIndexes[next] == row.index)
            ++next;
        return true;
    });
    if (!scanned)
        return scanned.error();
    if (failed)
        return failure;
    return {};
}

} // namespace Lexecon
