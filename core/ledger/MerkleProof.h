#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Lexecon {

// Verification of RFC 9162 proofs with nothing but hashes: what `ledger verify-proof` and the
// packet verifier call. Failures (including hashes that are not 32 bytes) are Error::integrity with
// a sentence saying what did not match; only negative sizes are Error::invalid naming the field.
class MerkleProof
{
public:
    // The root an inclusion proof leads to (2.1.3.2), or the reason it leads nowhere.
    static Result<QByteArray> rootFromInclusion(QByteArrayView leafHash, qint64 index, qint64 treeSize,
                                                const QList<QByteArray> &proof);
    // Inclusion of leafHash at index in the tree of treeSize leaves with rootHash (2.1.3.2).
    static Result<void> verifyInclusion(QByteArrayView leafHash, qint64 index, qint64 treeSize,
                                        const QList<QByteArray> &proof, QByteArrayView rootHash);
    // That the tree of newSize leaves with newRoot extends the tree of oldSize with oldRoot (2.1.4.2).
    // oldSize == newSize needs an empty proof and equal roots; oldSize 0 needs an empty proof.
    static Result<void> verifyConsistency(qint64 oldSize, qint64 newSize, const QList<QByteArray> &proof,
                                          QByteArrayView oldRoot, QByteArrayView newRoot);
};

} // namespace Lexecon
