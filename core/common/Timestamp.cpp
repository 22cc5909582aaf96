#include "Timestamp.h"

#include <QTimeZone>

namespace Lexecon::Timestamp {

QString format(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString format(const QDateTime &time)
{
    return format(time.toMSecsSinceEpoch());
}

std::optional<qint64> parse(const QString &text)
{
    if (text.size() < 20 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

} // namespace Lexecon::Timestamp
