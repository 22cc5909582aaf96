#include "CompactJson.h"

#include <QLocale>
#include <QVariant>

#include <cmath>

namespace Lexecon {

namespace {

char hexDigit(unsigned value)
{
    return "0123456789abcdef"[value & 0xf];
}

} // namespace

QByteArray CompactJson::write(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(1024);
    append(out, object);
    return out;
}

void CompactJson::append(QByteArray &out, const QJsonObject &object)
{
    out.append('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(':');
        append(out, it.value());
    }
    out.append('}');
}

void CompactJson::append(QByteArray &out, const QJsonArray &array)
{
    out.append('[');
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (i)
            out.append(',');
        append(out, array.at(i));
    }
    out.append(']');
}

void CompactJson::append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: out.append(value.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: {
        // Qt keeps integers apart from doubles and prints each its own way.
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            out.append(QByteArray::number(number.toLongLong()));
        } else {
            const double d = value.toDouble();
            if (std::isfinite(d))
                out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
            else
                out.append("null");
        }
        break;
    }
    case QJsonValue::String: appendString(out, value.toString()); break;
    case QJsonValue::Array: append(out, value.toArray()); break;
    case QJsonValue::Object: append(out, value.toObject()); break;
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    }
}

void CompactJson::appendString(QByteArray &out, QStringView text)
{
    // At most 6 bytes per UTF-16 unit (\u00xx); reserving once keeps the loop free of growth.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char *cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *cursor++ = char(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case '"': *cursor++ = '"'; break;
            case '\\': *cursor++ = '\\'; break;
            case '\b': *cursor++ = 'b'; break;
            case '\f': *cursor++ = 'f'; break;
            case '\n': *cursor++ = 'n'; break;
            case '\r': *cursor++ = 'r'; break;
            case '\t': *cursor++ = 't'; break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(u >> 4);
                *cursor++ = hexDigit(u);
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src++) - 0xdc00);
            *cursor++ = char(0xf0 | (c >> 18));
            *cursor++ = char(0x80 | ((c >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((c >> 6) & 0x3f));
            *cursor++ = char(0x80 | (c & 0x3f));
        } else {
            // An unpaired surrogate cannot be UTF-8: Qt writes it as an escape.
            *cursor++ = '\\';
            *cursor++ = 'u';
            *cursor++ = hexDigit(u >> 12);
            *cursor++ = hexDigit(u >> 8);
            *cursor++ = hexDigit(u >> 4);
            *cursor++ = hexDigit(u);
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
}

} // namespace Lexecon
