#pragma once

#include <QByteArray>
#include <QString>

namespace Lexecon::JcsText {

// Pieces of RFC 8785 (JCS) text for hot paths that know their keys in advance (a decision log, a
// token's claims) and write them in sorted order themselves, instead of building a QJsonObject
// only to serialize it. The bytes are CanonicalJson's: the same string escaping (UTF-8, only
// ", \ and control characters escaped) and integers in plain decimal. Tests pin each writer
// against CanonicalJson::serialize.

inline void appendString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    qsizetype plain = 0; // start of the run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (u) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            out.append("\\u00");
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        }
    }
    out.append(utf8.constData() + plain, utf8.size() - plain);
    out.append('"');
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
