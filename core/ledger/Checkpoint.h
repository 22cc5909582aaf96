#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace Lexecon {

// The body of a C2SP tlog-checkpoint (c2sp.org/tlog-checkpoint): the origin line, the tree size
// in decimal and the base64 RFC 6962 root hash, each ending in a newline. It is the text of the
// signed note the node issues; extension lines are not used (monitors cannot audit them).
struct Checkpoint
{
    QString origin;
    qint64 treeSize = 0;
    QByteArray rootHash; // 32 raw bytes

    QByteArray body() const;
    // Parses a note text. Every failure is an Integrity error naming the bad line.
    static Result<Checkpoint> parse(QByteArrayView text);
};

} // namespace Lexecon
