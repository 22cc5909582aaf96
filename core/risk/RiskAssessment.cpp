#include "RiskAssessment.h"

#include "RiskLevel.h"
#include "common/JcsText.h"

namespace Lexecon {

QJsonObject RiskAssessment::toJson() const
{
    QJsonObject dims;
    for (auto it = dimensions.constBegin(); it != dimensions.constEnd(); ++it)
        dims.insert(it.key(), it.value());
    return {{QStringLiteral("score"), score}, {QStringLiteral("level"), level}, {QStringLiteral("dimensions"), dims}};
}

QByteArray RiskAssessment::canonicalText() const
{
    using namespace JcsText;
    // Keys in JCS order: dimensions (a QMap iterates in QString order, UTF-16 code units, as JCS
    // sorts), level, score.
    QByteArray out;
    out.reserve(64 + 24 * dimensions.size());
    out.append("{\"dimensions\":{");
    bool first = true;
    for (auto it = dimensions.constBegin(); it != dimensions.constEnd(); ++it) {
        if (!first)
            out.append(',');
        first = false;
        appendString(out, it.key());
        out.append(':');
        appendInteger(out, it.value());
    }
    out.append("},\"level\":");
    appendString(out, level);
    out.append(",\"score\":");
    appendInteger(out, score);
    out.append('}');
    return out;
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
