#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace Lexecon {

struct SignedNoteKey;

// What a verified proof establishes: entry `index` (its canonical bytes) is in the tree of
// treeSize leaves whose root the node signed under origin.
struct TlogProofCheck
{
    qint64 index = 0;
    qint64 treeSize = 0;
    QString origin;
    QByteArray rootHash;
    QByteArray entry; // canonical bytes from the proof's extra line
};

// Offline verification of a Lexecon tlog-proof with nothing but the node's note verifier key:
// the checkpoint's signature, its origin against the key name, the entry's own index against
// the proof's, and the RFC 6962 inclusion path against the signed root. Every way a proof can
// be wrong (edited, truncated, for another entry, signed by another node, not a proof at all)
// is an Integrity error with one sentence saying which.
class TlogProofVerifier
{
public:
    static Result<TlogProofCheck> verify(QByteArrayView proofText, const SignedNoteKey &key);
    // Verifies a checkpoint note on its own (signature, origin, body); the parsed body on success.
    static Result<TlogProofCheck> verifyCheckpoint(QByteArrayView note, const SignedNoteKey &key);
};

} // namespace Lexecon
