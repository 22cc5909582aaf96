#pragma once

#include "CompiledPolicy.h"
#include "PolicyRequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Lexecon {

// A past decision to replay: what was asked, what came out, and the risk input it carried.
struct SimulationCase
{
    QString decisionId;
    PolicyRequest request;
    QString previousOutcome; // approved, denied, escalated
    QJsonObject riskInput;
};

// A decision whose outcome would differ under the draft policy.
struct SimulationChange
{
    QString decisionId;
    QString before;
    QString after;
    QString reason; // the draft's summary for the request

    // {"decision_id","before","after","reason"}
    QJsonObject toJson() const;
};

// Replays recent decisions against a draft policy (`policy simulate`). The decision service
// supplies outcomeOf so the replay includes risk escalation exactly as live decisions do.
class PolicySimulator
{
public:
    using OutcomeFunction = std::function<QString(const CompiledPolicy &, const SimulationCase &)>;

    static QList<SimulationChange> simulate(const CompiledPolicy &draft, const QList<SimulationCase> &cases,
                                            const OutcomeFunction &outcomeOf);
};

} // namespace Lexecon
