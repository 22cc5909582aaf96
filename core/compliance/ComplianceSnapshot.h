#pragma once

#include "PrimitiveEvidence.h"
#include "common/Result.h"

#include <QJsonObject>

namespace Lexecon {

class Workspace;

// The compliance section of an audit packet (compliance.json): one JSON object with
//   generated_at, node_id, period {from, to}
//   primitives [PrimitiveEvidence::toJson()]
//   frameworks [{framework, name, version, kind, controls, met, with_evidence, coverage_percent,
//                evidence_percent, by_status, groups, gaps,
//                assessments [{control, title, status, source, derived_status, manual_status,
//                              set_by, set_at, primitives}]}]
//   status_changes [ManualControlStatus::toJson() set within the period, oldest first]
//   cross_mappings [{source, target, relationship}]
//   oversight OversightReport::build(ws, fromMs, toMs)
// Statuses are as of now (the evidence is live); the changes and oversight figures cover the period.
class ComplianceSnapshot
{
public:
    static Result<QJsonObject> build(Workspace &ws, qint64 fromMs, qint64 toMs, const EvidenceOptions &options = {});
};

} // namespace Lexecon
