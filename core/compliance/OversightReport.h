#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>

namespace Lexecon {

class Workspace;

// EU AI Act Article 14: how effective human oversight was over a period, from the records the
// workstation keeps. JSON (all times in milliseconds, rates as fractions 0..1):
//   period {from, to}
//   decisions {total, escalated, overridden, escalation_rate}
//   sla {escalations, resolved, open, within_sla, breached, breach_rate,
//        response_ms {count, median, p90, mean, max},
//        by_priority [{priority, target_ms, escalations, resolved, within_sla, breached, median_response_ms}]}
//   overrides {total, active, revoked, rate, by_type {type: n}}
//   interventions {total, by_type {type: n}, by_role {role: n}, response_ms {...}}
//   reviewers [{reviewer, resolved, within_sla, breached, median_response_ms, interventions, overrides}]
// Escalations and overrides count when created in the period; a response is creation to
// resolution; an escalation is breached when its breach was recorded, it was resolved after its
// deadline, or it is still open past its deadline at the clock's now.
class OversightReport
{
public:
    static Result<QJsonObject> build(Workspace &ws, qint64 fromMs, qint64 toMs);
    // The last 30 days up to and including the workspace clock's now.
    static Result<QJsonObject> build(Workspace &ws);

    // The Art. 14 evidence package: {"report": build(...), "interventions": [Intervention::toJson()
    // of every intervention in the period, oldest first]}. Each intervention names its decision,
    // escalation or override and the ledger entry that recorded it, so an auditor can prove each.
    static Result<QJsonObject> evidencePackage(Workspace &ws, qint64 fromMs, qint64 toMs);

    // {count, median, p90, mean, max} of durations; nulls when there are none. Nearest-rank
    // percentiles, so every number is one that occurred.
    static QJsonObject summarize(QList<qint64> durations);
};

} // namespace Lexecon
