#include "CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace Lexecon::CanonicalJson {

namespace {

void appendValue(QByteArray &out, const QJsonValue &v);

void appendObject(QByteArray &out, const QJsonObject &o)
{
    // QJsonObject keeps keys sorted by QString order, which compares UTF-16 code units as JCS wants;
    // sort explicitly anyway so the contract does not rest on a container detail.
    std::vector<QString> keys;
    keys.reserve(o.size());
    for (auto it = o.begin(); it != o.end(); ++it)
        keys.push_back(it.key());
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
    });
    out.append('{');
    bool first = true;
    for (const QString &key : keys) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, key);
        out.append(':');
        appendValue(out, o.value(key));
    }
    out.append('}');
}

void appendValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    case QJsonValue::Bool: out.append(v.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: {
        const QVariant var = v.toVariant();
        if (var.typeId() == QMetaType::LongLong) {
            const qint64 i = var.toLongLong();
            if (i > -(qint64(1) << 53) && i < (qint64(1) << 53)) {
                out.append(QByteArray::number(i));
                break;
            }
        }
        out.append(formatNumber(v.toDouble()));
        break;
    }
    case QJsonValue::String: appendString(out, v.toString()); break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out.append(',');
            appendValue(out, a.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: appendObject(out, v.toObject()); break;
    }
}

} // namespace

QByteArray formatNumber(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null"); // JSON has no NaN/Infinity; callers never produce them
    if (value == 0)
        return QByteArrayLiteral("0"); // also -0
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    // sci is "[-]d[.ddd]e[+-]xx": split into sign, digits and exponent.
    const bool negative = sci[0] == '-';
    const size_t start = negative ? 1 : 0;
    const size_t e = sci.find('e');
    std::string digits;
    for (size_t i = start; i < e; ++i) {
        if (sci[i] != '.')
            digits.push_back(sci[i]);
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int exponent = std::stoi(sci.substr(e + 1));
    const int k = int(digits.size());
    const int n = exponent + 1;

    std::string out = negative ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, size_t(n)) + "." + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(size_t(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += "." + digits.substr(1);
        out += "e";
        out += (n - 1 >= 0) ? "+" : "-";
        out += std::to_string(std::abs(n - 1));
    }
    return QByteArray::fromStdString(out);
}

QByteArray serialize(const QJsonValue &value)
{
    QByteArray out;
    out.reserve(256);
    appendValue(out, value);
    return out;
}

QByteArray serialize(const QJsonObject &object)
{
    return serialize(QJsonValue(object));
}

QByteArray serialize(const QJsonArray &array)
{
    return serialize(QJsonValue(array));
}

void appendString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    // ASCII (ids, hashes, words, most names) is its own UTF-8: escaped straight from UTF-16,
    // without a temporary array per string. Anything else goes through toUtf8 below.
    qsizetype ascii = 0;
    while (ascii < s.size() && s[ascii].unicode() < 0x80)
        ++ascii;
    if (ascii == s.size()) {
        const qsizetype start = out.size();
        out.resize(start + s.size());
        char *p = out.data() + start;
        qsizetype escapes = 0;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t u = s[i].unicode();
            p[i] = char(u);
            escapes += (u < 0x20 || u == '"' || u == '\\') ? 1 : 0;
        }
        if (escapes == 0) {
            out.append('"');
            return;
        }
        out.truncate(start); // rare: fall through to the escaping loop
    }
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

} // namespace Lexecon::CanonicalJson
