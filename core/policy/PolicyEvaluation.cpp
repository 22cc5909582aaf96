#include "PolicyEvaluation.h"

#include "common/JcsText.h"

#include <QJsonArray>

namespace Lexecon {

QJsonObject PolicyReason::toJson() const
{
    return {{QStringLiteral("relation_id"), relationId},
            {QStringLiteral("effect"), effect},
            {QStringLiteral("justification"),
             justification.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(justification)}};
}

QByteArray PolicyReason::canonicalList(const QList<PolicyReason> &reasons)
{
    using namespace JcsText;
    QByteArray out;
    out.reserve(2 + 96 * reasons.size());
    out.append('[');
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const PolicyReason &r = reasons.at(i);
        // toJson()'s keys in JCS order: effect, justification (null when empty), relation_id.
        out.append(i ? ",{\"effect\":" : "{\"effect\":");
        appendString(out, r.effect);
        out.append(",\"justification\":");
        appendStringOrNull(out, r.justification);
        out.append(",\"relation_id\":");
        appendString(out, r.relationId);
        out.append('}');
    }
    out.append(']');
    return out;
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
