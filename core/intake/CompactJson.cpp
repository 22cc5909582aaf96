#include "CompactJson.h"

#include <QByteArray>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace Lexecon {

namespace {

char hexDigit(unsigned value)
{
    return "0123456789abcdef"[value & 0xf];
}

void appendBytes(std::string &out, const QByteArray &bytes)
{
    out.append(bytes.constData(), size_t(bytes.size()));
}

} // namespace

std::string CompactJson::write(const QJsonObject &object)
{
    std::string out;
    out.reserve(1024);
    append(out, object);
    return out;
}

void CompactJson::append(std::string &out, const QJsonObject &object)
{
    out.push_back('{');
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out.push_back(',');
        first = false;
        appendString(out, it.key());
        out.push_back(':');
        append(out, it.value());
    }
    out.push_back('}');
}

void CompactJson::append(std::string &out, const QJsonArray &array)
{
    out.push_back('[');
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (i)
            out.push_back(',');
        append(out, array.at(i));
    }
    out.push_back(']');
}

void CompactJson::append(std::string &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: out.append(value.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: {
        // Qt keeps integers apart from doubles and prints each its own way.
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            out.append(std::to_string(number.toLongLong()));
        } else {
            const double d = value.toDouble();
            if (std::isfinite(d))
                appendBytes(out, QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
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

void CompactJson::appendString(std::string &out, QStringView text)
{
    // Room for plain ASCII; escapes and multi-byte characters grow the string as they come.
    out.reserve(out.size() + size_t(text.size()) + 2);
    out.push_back('"');
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out.push_back(char(u));
                continue;
            }
            out.push_back('\\');
            switch (u) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '\b': out.push_back('b'); break;
            case '\f': out.push_back('f'); break;
            case '\n': out.push_back('n'); break;
            case '\r': out.push_back('r'); break;
            case '\t': out.push_back('t'); break;
            default: {
                const char escape[] = {'u', '0', '0', hexDigit(u >> 4), hexDigit(u)};
                out.append(escape, sizeof(escape));
            }
            }
        } else if (u < 0x800) {
            out.push_back(char(0xc0 | (u >> 6)));
            out.push_back(char(0x80 | (u & 0x3f)));
        } else if (u < 0xd800 || u > 0xdfff) {
            out.push_back(char(0xe0 | (u >> 12)));
            out.push_back(char(0x80 | ((u >> 6) & 0x3f)));
            out.push_back(char(0x80 | (u & 0x3f)));
        } else if (u < 0xdc00 && src != end && *src >= 0xdc00 && *src <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src++) - 0xdc00);
            out.push_back(char(0xf0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3f)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
            out.push_back(char(0x80 | (c & 0x3f)));
        } else {
            // An unpaired surrogate cannot be UTF-8: Qt writes it as an escape.
            const char escape[] = {'\\', 'u', hexDigit(u >> 12), hexDigit(u >> 8), hexDigit(u >> 4), hexDigit(u)};
            out.append(escape, sizeof(escape));
        }
    }
    out.push_back('"');
}

} // namespace Lexecon
