#include "DecisionRecord.h"

#include "common/CanonicalJson.h"
#include "common/JcsText.h"

namespace Lexecon {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const QJsonObject &o)
{
    return o.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o);
}

} // namespace

QJsonObject DecisionRecord::toJson() const
{
    QJsonObject policy;
    if (!policyHash.isEmpty())
        policy = {{QStringLiteral("version"), policyVersion},
                  {QStringLiteral("hash"), policyHash},
                  {QStringLiteral("mode"), policyMode}};
    QJsonObject o{{QStringLiteral("decision_id"), decisionId},
                  {QStringLiteral("request_id"), orNull(request.requestId)},
                  {QStringLiteral("outcome"), outcome},
                  {QStringLiteral("final_outcome"), finalOutcome},
                  {QStringLiteral("overridden"), overridden},
                  {QStringLiteral("actor"), request.actor},
                  {QStringLiteral("action"), request.action},
                  {QStringLiteral("resource"), orNull(request.resource)},
                  {QStringLiteral("tool"), orNull(request.tool)},
                  {QStringLiteral("data_classes"), QJsonArray::fromStringList(request.dataClasses)},
                  {QStringLiteral("reasons"), reasons},
                  {QStringLiteral("policy"), orNull(policy)},
                  {QStringLiteral("risk"), risk},
                  {QStringLiteral("escalation"), orNull(escalation)},
                  {QStringLiteral("override"), orNull(override)},
                  {QStringLiteral("capability_token"), orNull(capabilityToken)},
                  // null for a denial that could not even be recorded (the fail-closed answer of last resort)
                  {QStringLiteral("ledger"), ledgerIndex < 0 ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(QJsonObject{{QStringLiteral("index"), ledgerIndex},
                                                                                      {QStringLiteral("entry_hash"), entryHash}})},
                  {QStringLiteral("timestamp"), timestamp}};
    // W3C trace context of the HTTP request that asked, so a client can find its trace; absent
    // when the request carried none.
    if (!request.traceParent.isEmpty())
        o.insert(QStringLiteral("traceparent"), request.traceParent);
    return o;
}

QByteArray DecisionRecord::logText(const QByteArray &requestCanonical) const
{
    return logText(requestCanonical, CanonicalJson::serialize(reasons), CanonicalJson::serialize(risk));
}

QByteArray DecisionRecord::logText(const QByteArray &requestCanonical, const QByteArray &reasonsCanonical,
                                   const QByteArray &riskCanonical) const
{
    using namespace JcsText;
    QByteArray out;
    out.reserve(640 + requestCanonical.size() + reasonsCanonical.size() + riskCanonical.size() +
                capabilityToken.size());
    // The keys of toJson() (less "ledger", plus "request") in JCS order: sorted by UTF-16 code
    // units, so "overridden" comes before "override".
    out.append("{\"action\":");
    appendString(out, request.action);
    out.append(",\"actor\":");
    appendString(out, request.actor);
    out.append(",\"capability_token\":");
    appendStringOrNull(out, capabilityToken);
    out.append(",\"data_classes\":[");
    for (qsizetype i = 0; i < request.dataClasses.size(); ++i) {
        if (i)
            out.append(',');
        appendString(out, request.dataClasses.at(i));
    }
    out.append("],\"decision_id\":");
    appendString(out, decisionId);
    out.append(",\"escalation\":");
    out.append(escalation.isEmpty() ? QByteArray("null") : CanonicalJson::serialize(escalation));
    out.append(",\"final_outcome\":");
    appendString(out, finalOutcome);
    out.append(",\"outcome\":");
    appendString(out, outcome);
    out.append(",\"overridden\":");
    out.append(overridden ? "true" : "false");
    out.append(",\"override\":");
    out.append(override.isEmpty() ? QByteArray("null") : CanonicalJson::serialize(override));
    out.append(",\"policy\":");
    if (policyHash.isEmpty()) {
        out.append("null");
    } else {
        out.append("{\"hash\":");
        appendString(out, policyHash);
        out.append(",\"mode\":");
        appendString(out, policyMode);
        out.append(",\"version\":");
        appendInteger(out, policyVersion);
        out.append('}');
    }
    out.append(",\"reasons\":");
    out.append(reasonsCanonical);
    out.append(",\"request\":");
    out.append(requestCanonical);
    out.append(",\"request_id\":");
    appendStringOrNull(out, request.requestId);
    out.append(",\"resource\":");
    appendStringOrNull(out, request.resource);
    out.append(",\"risk\":");
    out.append(riskCanonical);
    out.append(",\"timestamp\":");
    appendString(out, timestamp);
    out.append(",\"tool\":");
    appendStringOrNull(out, request.tool);
    if (!request.traceParent.isEmpty()) {
        out.append(",\"traceparent\":");
        appendString(out, request.traceParent);
    }
    out.append('}');
    return out;
}

} // namespace Lexecon
