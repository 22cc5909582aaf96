#include "RiskScorer.h"

#include "RiskLevel.h"

#include <cmath>

namespace Lexecon {

namespace {

// An integer 0-100 as JSON carries it (a number with no fraction), or -1.
int dimensionValue(const QJsonValue &v)
{
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    if (d != std::floor(d) || d < 0 || d > 100)
        return -1;
    return int(d);
}

} // namespace

RiskScorer::RiskScorer(RiskWeights weights)
    : m_weights(std::move(weights))
{
}

Result<QMap<QString, int>> RiskScorer::parseInput(const QJsonValue &risk)
{
    QMap<QString, int> values;
    if (risk.isUndefined() || risk.isNull())
        return values;
    if (!risk.isObject())
        return Error::invalid(QStringLiteral("risk"),
                              QStringLiteral("risk must be an object of dimension to integer 0-100, for example "
                                             "{\"privacy\": 70}; dimensions are %1")
                                  .arg(RiskWeights::dimensions().join(QStringLiteral(", "))));
    const QJsonObject object = risk.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString field = QStringLiteral("risk.") + it.key();
        if (!RiskWeights::isDimension(it.key()))
            return Error::invalid(field, QStringLiteral("\"%1\" is not a risk dimension; use one of %2")
                                             .arg(it.key(), RiskWeights::dimensions().join(QStringLiteral(", "))));
        const int value = dimensionValue(it.value());
        if (value < 0)
            return Error::invalid(field, QStringLiteral("%1 must be an integer from 0 to 100").arg(field));
        values.insert(it.key(), value);
    }
    return values;
}

void RiskScorer::addTermFloors(QHash<QString, int> &floors, const QJsonObject &termMetadata)
{
    const QJsonObject risk = termMetadata.value(QStringLiteral("risk")).toObject();
    for (auto it = risk.constBegin(); it != risk.constEnd(); ++it) {
        if (!RiskWeights::isDimension(it.key()) || !it.value().isDouble())
            continue;
        const int value = qBound(0, int(std::floor(it.value().toDouble())), 100);
        floors[it.key()] = qMax(floors.value(it.key(), 0), value);
    }
}

RiskAssessment RiskScorer::assess(const QMap<QString, int> &given, const QHash<QString, int> &termFloors) const
{
    RiskAssessment a;
    qint64 weighted = 0;
    qint64 weightSum = 0;
    for (const QString &d : RiskWeights::dimensions()) {
        const bool hasGiven = given.contains(d);
        const bool hasFloor = termFloors.contains(d);
        if (!hasGiven && !hasFloor)
            continue;
        const int value = qMax(hasGiven ? given.value(d) : 0, hasFloor ? termFloors.value(d) : 0);
        a.dimensions.insert(d, value);
        weighted += qint64(value) * m_weights.weight(d);
        weightSum += m_weights.weight(d);
    }
    // Dimensions weighted 0 can have values yet add no weight; a mean over nothing is 0.
    a.score = weightSum > 0 ? int(weighted / weightSum) : 0;
    a.level = RiskLevel::levelFor(a.score);
    return a;
}

} // namespace Lexecon
