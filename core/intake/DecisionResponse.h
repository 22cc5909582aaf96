#pragma once

#include <string>

namespace Lexecon {

struct DecisionRecord;

// The body of POST /v1/decisions for a decision just made: the compact JSON of
// DecisionService::render(record), written from the record's fields in the order QJsonObject
// keeps its keys, instead of copying the record, building its QJsonObject and serializing that
// (about 30 µs of a request's CPU, mostly allocations). TestDecisionResponse pins the bytes
// against QJsonDocument(render(record)) for approved, denied, escalated and traced decisions.
class DecisionResponse
{
public:
    // True when render(record) is record.toJson() unchanged: a record fresh from decide(), which
    // carries the escalation it opened and has no override. Others go through render().
    static bool rendersAsIs(const DecisionRecord &record);
    static std::string write(const DecisionRecord &record);
};

} // namespace Lexecon
