#include "DecisionResponse.h"

#include "CompactJson.h"
#include "decision/DecisionRecord.h"

namespace Lexecon {

namespace {

void stringOrNull(std::string &out, const QString &s)
{
    if (s.isEmpty())
        out.append("null");
    else
        CompactJson::appendString(out, s);
}

void objectOrNull(std::string &out, const QJsonObject &o)
{
    if (o.isEmpty())
        out.append("null");
    else
        CompactJson::append(out, o);
}

} // namespace

bool DecisionResponse::rendersAsIs(const DecisionRecord &record)
{
    return !record.overridden && (record.escalationId.isEmpty() || !record.escalation.isEmpty());
}

std::string DecisionResponse::write(const DecisionRecord &r)
{
    std::string out;
    out.reserve(1024 + size_t(r.capabilityToken.size()));
    // DecisionRecord::toJson()'s keys in QJsonObject's order (which puts "overridden" before
    // "override").
    out.append("{\"action\":");
    CompactJson::appendString(out, r.request.action);
    out.append(",\"actor\":");
    CompactJson::appendString(out, r.request.actor);
    out.append(",\"capability_token\":");
    stringOrNull(out, r.capabilityToken);
    out.append(",\"data_classes\":[");
    for (qsizetype i = 0; i < r.request.dataClasses.size(); ++i) {
        if (i)
            out.push_back(',');
        CompactJson::appendString(out, r.request.dataClasses.at(i));
    }
    out.append("],\"decision_id\":");
    CompactJson::appendString(out, r.decisionId);
    out.append(",\"escalation\":");
    objectOrNull(out, r.escalation);
    out.append(",\"final_outcome\":");
    CompactJson::appendString(out, r.finalOutcome);
    out.append(",\"ledger\":");
    if (r.ledgerIndex < 0) {
        out.append("null");
    } else {
        out.append("{\"entry_hash\":");
        CompactJson::appendString(out, r.entryHash);
        out.append(",\"index\":");
        out.append(std::to_string(r.ledgerIndex));
        out.push_back('}');
    }
    out.append(",\"outcome\":");
    CompactJson::appendString(out, r.outcome);
    out.append(",\"overridden\":");
    out.append(r.overridden ? "true" : "false");
    out.append(",\"override\":");
    objectOrNull(out, r.override);
    out.append(",\"policy\":");
    if (r.policyHash.isEmpty()) {
        out.append("null");
    } else {
        out.append("{\"hash\":");
        CompactJson::appendString(out, r.policyHash);
        out.append(",\"mode\":");
        CompactJson::appendString(out, r.policyMode);
        out.append(",\"version\":");
        out.append(std::to_string(r.policyVersion));
        out.push_back('}');
    }
    out.append(",\"reasons\":");
    CompactJson::append(out, r.reasons);
    out.append(",\"request_id\":");
    stringOrNull(out, r.request.requestId);
    out.append(",\"resource\":");
    stringOrNull(out, r.request.resource);
    out.append(",\"risk\":");
    CompactJson::append(out, r.risk);
    out.append(",\"timestamp\":");
    CompactJson::appendString(out, r.timestamp);
    out.append(",\"tool\":");
    stringOrNull(out, r.request.tool);
    if (!r.request.traceParent.isEmpty()) {
        out.append(",\"traceparent\":");
        CompactJson::appendString(out, r.request.traceParent);
    }
    out.push_back('}');
    return out;
}

} // namespace Lexecon
