#include "MerkleProof.h"

#include "MerkleTree.h"

#include <bit>
#include <cstring>

namespace Lexecon {

namespace {

using Hash = std::array<unsigned char, 32>;

Hash toHash(QByteArrayView bytes)
{
    Hash h;
    std::memcpy(h.data(), bytes.data(), h.size());
    return h;
}

bool equals(const Hash &h, QByteArrayView bytes)
{
    return std::memcmp(h.data(), bytes.data(), h.size()) == 0;
}

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QString hex(const Hash &h)
{
    return hex(QByteArrayView(h.data(), qsizetype(h.size())));
}

Result<void> checkHash(QByteArrayView hash, const QString &what)
{
    if (hash.size() != MerkleTree::HashSize)
        return Error::integrity(QStringLiteral("%1 has %2 bytes; a SHA-256 hash has 32").arg(what).arg(hash.size()));
    return {};
}

Result<void> checkProofHashes(const QList<QByteArray> &proof)
{
    for (qsizetype i = 0; i < proof.size(); ++i) {
        if (auto ok = checkHash(proof[i], QStringLiteral("hash %1 of the proof").arg(i + 1)); !ok)
            return ok;
    }
    return {};
}

// Hashes on the path below the split of index and size - 1 ("inner"), and the right border above it.
// The RFC algorithms reject a proof of another length too, but this says why in one sentence.
std::pair<int, int> proofShape(quint64 index, quint64 size)
{
    const int inner = std::bit_width(index ^ (size - 1));
    return {inner, std::popcount(index >> inner)};
}

void shiftUntilOddOrZero(quint64 &fn, quint64 &sn)
{
    while (!(fn & 1) && fn != 0) {
        fn >>= 1;
        sn >>= 1;
    }
}

} // namespace

Result<QByteArray> MerkleProof::rootFromInclusion(QByteArrayView leafHash, qint64 index, qint64 treeSize,
                                                  const QList<QByteArray> &proof)
{
    if (treeSize < 0)
        return Error::invalid(QStringLiteral("tree_size"),
                              QStringLiteral("the tree size %1 is negative; send 0 or more").arg(treeSize));
    if (index < 0)
        return Error::invalid(QStringLiteral("index"),
                              QStringLiteral("the entry index %1 is negative; send 0 or more").arg(index));
    if (index >= treeSize)
        return Error::integrity(
            QStringLiteral("the proof is for entry %1, which is not in a tree of %2 entries").arg(index).arg(treeSize));
    if (auto ok = checkHash(leafHash, QStringLiteral("the leaf hash")); !ok)
        return ok.error();
    if (auto ok = checkProofHashes(proof); !ok)
        return ok.error();
    const auto [inner, border] = proofShape(quint64(index), quint64(treeSize));
    if (proof.size() != inner + border)
        return Error::integrity(
            QStringLiteral("the inclusion proof has %1 hashes, but a proof for entry %2 in a tree of %3 "
                           "entries has %4")
                .arg(proof.size())
                .arg(index)
                .arg(treeSize)
                .arg(inner + border));
    // RFC 9162 2.1.3.2, step by step.
    quint64 fn = quint64(index), sn = quint64(treeSize - 1);
    Hash r = toHash(leafHash);
    for (const QByteArray &p : proof) {
        if (sn == 0)
            return Error::integrity(
                QStringLiteral("the inclusion proof is longer than the path from entry %1 to the root").arg(index));
        const auto *pp = reinterpret_cast<const unsigned char *>(p.constData());
        if ((fn & 1) || fn == sn) {
            MerkleTree::nodeHashInto(pp, r.data(), r.data());
            shiftUntilOddOrZero(fn, sn);
        } else {
            MerkleTree::nodeHashInto(r.data(), pp, r.data());
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return Error::integrity(
            QStringLiteral("the inclusion proof is shorter than the path from entry %1 to the root").arg(index));
    return QByteArray(reinterpret_cast<const char *>(r.data()), qsizetype(r.size()));
}

Result<void> MerkleProof::verifyInclusion(QByteArrayView leafHash, qint64 index, qint64 treeSize,
                                          const QList<QByteArray> &proof, QByteArrayView rootHash)
{
    if (auto ok = checkHash(rootHash, QStringLiteral("the root hash")); !ok)
        return ok;
    auto root = rootFromInclusion(leafHash, index, treeSize, proof);
    if (!root)
        return root.error();
    if (*root != rootHash)
        return Error::integrity(
            QStringLiteral("the inclusion proof for entry %1 leads to root %2, not to the root %3 of the tree of "
                           "%4 entries: the entry, its index or the proof belongs elsewhere")
                .arg(index)
                .arg(hex(*root), hex(rootHash))
                .arg(treeSize));
    return {};
}

Result<void> MerkleProof::verifyConsistency(qint64 oldSize, qint64 newSize, const QList<QByteArray> &proof,
                                            QByteArrayView oldRoot, QByteArrayView newRoot)
{
    if (oldSize < 0)
        return Error::invalid(QStringLiteral("old_size"),
                              QStringLiteral("the old tree size %1 is negative; send 0 or more").arg(oldSize));
    if (newSize < 0)
        return Error::invalid(QStringLiteral("new_size"),
                              QStringLiteral("the new tree size %1 is negative; send 0 or more").arg(newSize));
    if (oldSize > newSize)
        return Error::integrity(
            QStringLiteral("the old tree size %1 is larger than the new tree size %2; a log never shrinks")
                .arg(oldSize)
                .arg(newSize));
    if (auto ok = checkHash(oldRoot, QStringLiteral("the old root hash")); !ok)
        return ok;
    if (auto ok = checkHash(newRoot, QStringLiteral("the new root hash")); !ok)
        return ok;
    if (auto ok = checkProofHashes(proof); !ok)
        return ok;
    if (oldSize == 0 && oldRoot != MerkleTree::emptyRoot())
        return Error::integrity(QStringLiteral("the old root %1 is not the root of the empty tree (%2)")
                                    .arg(hex(oldRoot), hex(MerkleTree::emptyRoot())));
    if (oldSize == newSize) {
        if (!proof.isEmpty())
            return Error::integrity(
                QStringLiteral("two trees of %1 entries need an empty consistency proof, not %2 hashes")
                    .arg(oldSize)
                    .arg(proof.size()));
        if (oldRoot != newRoot)
            return Error::integrity(
                QStringLiteral("two trees of %1 entries have different roots %2 and %3: the log forked")
                    .arg(oldSize)
                    .arg(hex(oldRoot), hex(newRoot)));
        return {};
    }
    if (oldSize == 0) {
        if (!proof.isEmpty())
            return Error::integrity(
                QStringLiteral("every tree extends the empty tree; send an empty consistency proof, not %1 hashes")
                    .arg(proof.size()));
        return {};
    }
    if (proof.isEmpty())
        return Error::integrity(
            QStringLiteral("the consistency proof is empty; growing a tree of %1 entries to %2 needs at least "
                           "one hash")
                .arg(oldSize)
                .arg(newSize));
    // The expected length, as transparency-dev/merkle computes it: the proof for entry oldSize - 1
    // in a tree of newSize, minus the levels where the old tree is a whole subtree.
    const int shift = std::countr_zero(quint64(oldSize));
    const bool oldIsSubtree = std::has_single_bit(quint64(oldSize));
    const auto [inner, border] = proofShape(quint64(oldSize - 1) >> shift, (quint64(newSize - 1) >> shift) + 1);
    const qsizetype expected = (oldIsSubtree ? 0 : 1) + inner + border;
    if (proof.size() != expected)
        return Error::integrity(
            QStringLiteral("the consistency proof has %1 hashes, but a proof from %2 to %3 entries has %4")
                .arg(proof.size())
                .arg(oldSize)
                .arg(newSize)
                .arg(expected));

    // RFC 9162 2.1.4.2, step by step.
    QList<QByteArray> path = proof;
    if (oldIsSubtree)
        path.prepend(oldRoot.toByteArray());
    quint64 fn = quint64(oldSize - 1), sn = quint64(newSize - 1);
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    Hash fr = toHash(path.first());
    Hash sr = fr;
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (sn == 0)
            return Error::integrity(
                QStringLiteral("the consistency proof from %1 to %2 entries is too long").arg(oldSize).arg(newSize));
        const auto *c = reinterpret_cast<const unsigned char *>(path[i].constData());
        if ((fn & 1) || fn == sn) {
            MerkleTree::nodeHashInto(c, fr.data(), fr.data());
            MerkleTree::nodeHashInto(c, sr.data(), sr.data());
            shiftUntilOddOrZero(fn, sn);
        } else {
            MerkleTree::nodeHashInto(sr.data(), c, sr.data());
        }
        fn >>= 1;
        sn >>= 1;
    }
    if (sn != 0)
        return Error::integrity(
            QStringLiteral("the consistency proof from %1 to %2 entries is too short").arg(oldSize).arg(newSize));
    if (!equals(fr, oldRoot))
        return Error::integrity(
            QStringLiteral("the consistency proof leads to old root %1, not %2: the tree of %3 entries does not "
                           "extend that tree of %4 entries")
                .arg(hex(fr), hex(oldRoot))
                .arg(newSize)
                .arg(oldSize));
    if (!equals(sr, newRoot))
        return Error::integrity(
            QStringLiteral("the consistency proof leads to new root %1, not %2: the tree of %3 entries does not "
                           "extend that tree of %4 entries")
                .arg(hex(sr), hex(newRoot))
                .arg(newSize)
                .arg(oldSize));
    return {};
}

} // namespace Lexecon
