#include "DecisionRecord.h"

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

} // namespace Lexecon
