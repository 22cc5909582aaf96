#pragma once

#include "Result.h"

#include <QString>

namespace Lexecon {

class Clock;

// ULIDs (26 Crockford base-32 characters) with a type prefix: dec_, esc_, ovr_, evd_, rsk_, cap_.
// Monotonic within a millisecond: a second id in the same millisecond increments the random part.
class Ulid
{
public:
    static QString make(const QString &prefix, const Clock &clock);
    static QString make(const QString &prefix, qint64 msSinceEpoch);
    static bool isValid(const QString &id, const QString &prefix);
    // isValid as an input check on the named field: an empty value passes unless required.
    static Result<void> checkField(const QString &field, const QString &value, const QString &prefix, bool required);
    // The millisecond timestamp encoded in an id's first ten characters, or -1.
    static qint64 timestampOf(const QString &id);
    // The same ULID under another type prefix (dec_X -> rsp_X): records that belong to one
    // decision and are kept in its row take its ULID. Empty when id does not start with from.
    static QString rePrefixed(const QString &id, QLatin1String from, QLatin1String to);
};

} // namespace Lexecon
