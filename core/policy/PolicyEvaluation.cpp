#include "PolicyEvaluation.h"

#include <QJsonArray>

namespace Lexecon {

QJsonObject PolicyReason::toJson() const
{
    return {{QStringLiteral("relation_id"), relationId},
            {QStringLiteral("effect"), effect},
            {QStringLiteral("justification"),
             justification.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(justification)}};
}

QJsonObject PolicyEvaluation::toJson() const
{
    QJsonArray reasonList;
    for (const PolicyReason &r : reasons)
        reasonList.append(r.toJson());
    QJsonObject floors;
    for (auto it = riskFloors.begin(); it != riskFloors.end(); ++it)
        floors.insert(it.key(), it.value());
    return {{QStringLiteral("permitted"), permitted},
            {QStringLiteral("reasons"), reasonList},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("terms"), QJsonArray::fromStringList(terms)},
            {QStringLiteral("risk_floors"), floors}};
}

} // namespace Lexecon
