#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace Lexecon::CanonicalJson {

// RFC 8785 (JCS): keys sorted by UTF-16 code units, no whitespace, ECMAScript number form,
// minimal string escaping, UTF-8. The bytes every hash and signature in the project covers.
QByteArray serialize(const QJsonValue &value);
QByteArray serialize(const QJsonObject &object);
QByteArray serialize(const QJsonArray &array);

// ECMAScript Number::toString for a finite double (exposed for tests).
QByteArray formatNumber(double value);

} // namespace Lexecon::CanonicalJson
