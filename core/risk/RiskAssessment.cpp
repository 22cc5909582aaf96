#include "RiskAssessment.h"

#include "RiskLevel.h"

namespace Lexecon {

QJsonObject RiskAssessment::toJson() const
{
    QJsonObject dims;
    for (auto it = dimensions.constBegin(); it != dimensions.constEnd(); ++it)
        dims.insert(it.key(), it.value());
    return {{QStringLiteral("score"), score}, {QStringLiteral("level"), level}, {QStringLiteral("dimensions"), dims}};
}

RiskAssessment RiskAssessment::fromJson(const QJsonObject &json)
{
    RiskAssessment a;
    a.score = json.value(QStringLiteral("score")).toInt();
    a.level = json.value(QStringLiteral("level")).toString(RiskLevel::levelFor(a.score));
    const QJsonObject dims = json.value(QStringLiteral("dimensions")).toObject();
    for (auto it = dims.constBegin(); it != dims.constEnd(); ++it)
        a.dimensions.insert(it.key(), it.value().toInt());
    return a;
}

} // namespace Lexecon
