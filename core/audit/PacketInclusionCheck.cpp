#include "PacketInclusionCheck.h"

#include "ledger/MerkleProof.h"
#include "ledger/MerkleTree.h"

#include <cstring>

namespace Lexecon {

PacketInclusionCheck::PacketInclusionCheck(qint64 treeSize, QByteArray rootHash)
    : m_treeSize(treeSize), m_root(std::move(rootHash))
{
}

Result<void> PacketInclusionCheck::verify(QByteArrayView leafHash, qint64 index, const QList<QByteArray> &proof)
{
    const auto full = [&] { return MerkleProof::verifyInclusion(leafHash, index, m_treeSize, proof, m_root); };
    if (index < 0 || index >= m_treeSize || leafHash.size() != 32 || m_root.size() != 32 || proof.size() > 63)
        return full();
    for (const QByteArray &p : proof)
        if (p.size() != 32)
            return full();
    // The walk of RFC 9162 2.1.3.2. After each step r is the hash of the node at (level, fn):
    // the leaves [fn * 2^level, min((fn + 1) * 2^level, treeSize)).
    struct Step
    {
        int level;
        quint64 fn;
        std::array<unsigned char, 32> hash;
    };
    std::array<Step, 64> steps;
    int taken = 0;
    quint64 fn = quint64(index), sn = quint64(m_treeSize - 1);
    int level = 0;
    std::array<unsigned char, 32> r;
    std::memcpy(r.data(), leafHash.data(), 32);
    bool joined = false;
    for (int i = 0; i < proof.size(); ++i) {
        if (sn == 0)
            return full();
        const auto *pp = reinterpret_cast<const unsigned char *>(proof.at(i).constData());
        if ((fn & 1) || fn == sn) {
            MerkleTree::nodeHashInto(pp, r.data(), r.data());
            if (!(fn & 1))
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                    ++level;
                }
        } else {
            MerkleTree::nodeHashInto(r.data(), pp, r.data());
        }
        ++m_hashes;
        fn >>= 1;
        sn >>= 1;
        ++level;
        if (level >= 64)
            return full();
        steps[size_t(taken++)] = Step{level, fn, r};
        const Node &known = m_levels[size_t(level)];
        const int rest = int(proof.size()) - (i + 1);
        if (known.known && known.fn == fn && known.hash == r && known.proof.size() - known.next == rest) {
            bool same = true;
            for (int k = 0; k < rest && same; ++k)
                same = proof.at(i + 1 + k) == known.proof.at(known.next + k);
            if (same) {
                joined = true;
                break;
            }
        }
    }
    if (!joined && (sn != 0 || std::memcmp(r.data(), m_root.constData(), 32) != 0))
        return full();
    // Every node this walk computed is now known to be in the tree.
    for (int s = 0; s < taken; ++s) {
        Node &n = m_levels[size_t(steps[size_t(s)].level)];
        n.known = true;
        n.fn = steps[size_t(s)].fn;
        n.hash = steps[size_t(s)].hash;
        n.proof = proof;
        n.next = s + 1;
    }
    return {};
}

} // namespace Lexecon
