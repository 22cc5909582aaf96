#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace Lexecon {

// A C2SP transparency log proof (c2sp.org/tlog-proof@v1):
//   c2sp.org/tlog-proof@v1
//   extra <base64 extra data>          (optional)
//   index <decimal>
//   <base64 hash>                      (the RFC 6962 inclusion path, leaf's sibling first)
//   <empty line>
//   <the signed checkpoint note, verbatim>
// Lexecon puts the entry's canonical bytes (SPEC section 5) in the extra line: the leaf hash is
// SHA-256(0x00 || extra), so the proof is self-contained and the inclusion path authenticates it.
struct TlogProof
{
    static constexpr const char *Header = "c2sp.org/tlog-proof@v1";

    QByteArray extra;
    qint64 index = 0;
    QList<QByteArray> hashes;  // 32 raw bytes each
    QByteArray checkpointNote; // the signed note, as the log issued it

    QByteArray toText() const;
    // Checks the syntax only (header, index, hashes, the note's presence). Every failure is an
    // Integrity error with a sentence naming the line at fault.
    static Result<TlogProof> parse(QByteArrayView text);
};

} // namespace Lexecon
