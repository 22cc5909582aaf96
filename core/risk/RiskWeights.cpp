#include "RiskWeights.h"

#include <QJsonValue>

#include <cmath>

namespace Lexecon {

namespace {

QString field(const QString &dimension)
{
    return QStringLiteral("risk_weights.") + dimension;
}

} // namespace

RiskWeights::RiskWeights()
    : m_weights{{QStringLiteral("security"), 25},     {QStringLiteral("privacy"), 20},
                {QStringLiteral("compliance"), 20},   {QStringLiteral("operational"), 15},
                {QStringLiteral("reputational"), 10}, {QStringLiteral("financial"), 10}}
{
}

const QStringList &RiskWeights::dimensions()
{
    static const QStringList names{QStringLiteral("security"),     QStringLiteral("privacy"),
                                   QStringLiteral("compliance"),   QStringLiteral("operational"),
                                   QStringLiteral("reputational"), QStringLiteral("financial")};
    return names;
}

bool RiskWeights::isDimension(const QString &name)
{
    return dimensions().contains(name);
}

Result<RiskWeights> RiskWeights::fromMap(const QMap<QString, int> &weights)
{
    RiskWeights result;
    for (const QString &d : dimensions())
        result.m_weights[d] = 0;
    int sum = 0;
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        if (!isDimension(it.key()))
            return Error::invalid(field(it.key()), QStringLiteral("\"%1\" is not a risk dimension; use %2")
                                                       .arg(it.key(), dimensions().join(QStringLiteral(", "))));
        if (it.value() < 0 || it.value() > 100)
            return Error::invalid(field(it.key()),
                                  QStringLiteral("the weight of %1 must be an integer from 0 to 100, not %2")
                                      .arg(it.key())
                                      .arg(it.value()));
        result.m_weights[it.key()] = it.value();
        sum += it.value();
    }
    if (sum != 100)
        return Error::invalid(
            QStringLiteral("risk_weights"),
            QStringLiteral("the risk weights must sum to 100 (integer percent), but they sum to %1").arg(sum));
    return result;
}

Result<RiskWeights> RiskWeights::fromJson(const QJsonObject &weights)
{
    QMap<QString, int> map;
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        const double v = it.value().toDouble(-1);
        if (!it.value().isDouble() || v != std::floor(v) || v < 0 || v > 100)
            return Error::invalid(field(it.key()),
                                  QStringLiteral("the weight of %1 must be an integer from 0 to 100").arg(it.key()));
        map.insert(it.key(), int(v));
    }
    return fromMap(map);
}

QJsonObject RiskWeights::toJson() const
{
    QJsonObject o;
    for (auto it = m_weights.constBegin(); it != m_weights.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace Lexecon
