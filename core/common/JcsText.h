#pragma once

#include "CanonicalJson.h"

#include <QByteArray>
#include <QString>

namespace Lexecon::JcsText {

// Pieces of RFC 8785 (JCS) text for hot paths that know their keys in advance (a decision log, a
// token's claims) and write them in sorted order themselves, instead of building a QJsonObject
// only to serialize it. The bytes are CanonicalJson's: its string escaping and integers in plain
// decimal. Tests pin each writer against CanonicalJson::serialize.

inline void appendString(QByteArray &out, QStringView s)
{
    CanonicalJson::appendString(out, s);
}

// A string, or null when it is empty (the records' "orNull" convention).
inline void appendStringOrNull(QByteArray &out, QStringView s)
{
    if (s.isEmpty())
        out.append("null");
    else
        appendString(out, s);
}

// An integer as JCS writes one (exactly representable: |i| < 2^53).
inline void appendInteger(QByteArray &out, qint64 i)
{
    out.append(QByteArray::number(i));
}

} // namespace Lexecon::JcsText
