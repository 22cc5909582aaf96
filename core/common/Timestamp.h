#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Lexecon::Timestamp {

// RFC 3339 UTC with milliseconds and Z: 2026-11-22T10:00:00.000Z (SPEC section 3).
QString format(qint64 msSinceEpoch);
QString format(const QDateTime &time);
// Accepts RFC 3339 with or without fraction, with Z or an offset. Empty optional when malformed.
std::optional<qint64> parse(const QString &text);

} // namespace Lexecon::Timestamp
