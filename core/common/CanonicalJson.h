#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace Lexecon::CanonicalJson {

// RFC 8785 (JCS): keys sorted by UTF-16 code units, no whitespace, ECMAScript number form,
// minimal string escaping, UTF-8. The bytes every hash and signature in the project covers.
QByteArray serialize(const QJsonValue &value);
QByteArray serialize(const QJsonObject &object);
QByteArray serialize(const QJsonArray &array);

// Appends s as a JCS string (UTF-8; only ", \ and control characters escaped). For hot paths that
// write known keys in sorted order themselves instead of building a QJsonObject (JcsText).
void appendString(QByteArray &out, QStringView s);

// ECMAScript Number::toString for a finite double (exposed for tests).
QByteArray formatNumber(double value);

} // namespace Lexecon::CanonicalJson
