#include "JsonColumns.h"

#include <QCborValue>
#include <QJsonDocument>

namespace Lexecon::JsonColumns {

namespace {

bool sameObject(const QJsonObject &o);
bool sameArray(const QJsonArray &a);

bool sameValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Bool: return true;
    case QJsonValue::String: return QStringView(v.toString()).isValidUtf16();
    case QJsonValue::Double: {
        // Held as an integer Qt writes it in decimal, as JCS does below 2^53; a double it writes
        // with %g (1e+15), which JCS may not.
        const QCborValue cbor = QCborValue::fromJsonValue(v);
        if (!cbor.isInteger())
            return false;
        const qint64 i = cbor.toInteger();
        return i > -(qint64(1) << 53) && i < (qint64(1) << 53);
    }
    case QJsonValue::Array: return sameArray(v.toArray());
    case QJsonValue::Object: return sameObject(v.toObject());
    case QJsonValue::Undefined: return false;
    }
    return false;
}

bool sameObject(const QJsonObject &o)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!QStringView(it.key()).isValidUtf16() || !sameValue(it.value()))
            return false;
    }
    return true;
}

bool sameArray(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        if (!sameValue(v))
            return false;
    }
    return true;
}

} // namespace

bool sameAsCanonical(const QJsonValue &value)
{
    return sameValue(value);
}

QByteArray of(const QJsonObject &value, const QByteArray &canonical)
{
    if (sameObject(value))
        return canonical;
    return QJsonDocument(value).toJson(QJsonDocument::Compact);
}

QByteArray of(const QJsonArray &value, const QByteArray &canonical)
{
    if (sameArray(value))
        return canonical;
    return QJsonDocument(value).toJson(QJsonDocument::Compact);
}

} // namespace Lexecon::JsonColumns
