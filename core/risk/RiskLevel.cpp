#include "RiskLevel.h"

namespace Lexecon::RiskLevel {

QString low()
{
    return QStringLiteral("low");
}
QString medium()
{
    return QStringLiteral("medium");
}
QString high()
{
    return QStringLiteral("high");
}
QString critical()
{
    return QStringLiteral("critical");
}

QStringList all()
{
    return {low(), medium(), high(), critical()};
}

QString levelFor(int score)
{
    if (score <= 25)
        return low();
    if (score <= 50)
        return medium();
    if (score <= 75)
        return high();
    return critical();
}

int rank(const QString &level)
{
    return int(all().indexOf(level));
}

bool isLevel(const QString &level)
{
    return rank(level) >= 0;
}

QString raised(const QString &level)
{
    const int r = rank(level);
    if (r < 0)
        return level;
    return all().at(qMin(r + 1, 3));
}

} // namespace Lexecon::RiskLevel
