#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Lexecon::Timestamp {

// RFC 3339 UTC with milliseconds and Z: 2026-11-22T10:00:00.000Z (SPEC section 3).
QString format(qint64 msSinceEpoch);
QString format(const QDateTime &time);
// format() as ASCII bytes (what SQLite text columns and JCS writers take), without a QString.
QByteArray formatAscii(qint64 msSinceEpoch);
// Accepts RFC 3339 with or without fraction, with Z or an offset. Empty optional when malformed.
std::optional<qint64> parse(const QString &text);
// The same instant years later (or earlier) in UTC, as QDateTime::addYears counts: 29 February
// becomes 28 February in a year that has none.
qint64 addYears(qint64 msSinceEpoch, int years);

} // namespace Lexecon::Timestamp
