#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace Lexecon::JsonColumns {

// What QJsonDocument(value).toJson(QJsonDocument::Compact) returns (the decisions table's JSON
// columns), reusing the value's JCS text when the two are the same bytes. They are whenever every
// number is an integer held as one within +-2^53 and no string has a lone surrogate: Qt and JCS
// then sort keys alike (UTF-16 code units), escape alike and write UTF-8 alike (TestJsonColumns
// checks every code point). Otherwise Qt writes it: a number such as 1e-7 or a lone surrogate
// differs, and the column keeps Qt's bytes.
QByteArray of(const QJsonObject &value, const QByteArray &canonical);
QByteArray of(const QJsonArray &value, const QByteArray &canonical);

// True when Qt's compact text of value equals its JCS text.
bool sameAsCanonical(const QJsonValue &value);

} // namespace Lexecon::JsonColumns
