#include "PolicySimulator.h"

namespace Lexecon {

QJsonObject SimulationChange::toJson() const
{
    return {{QStringLiteral("decision_id"), decisionId},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after},
            {QStringLiteral("reason"), reason}};
}

QList<SimulationChange> PolicySimulator::simulate(const CompiledPolicy &draft, const QList<SimulationCase> &cases,
                                                  const OutcomeFunction &outcomeOf)
{
    QList<SimulationChange> changes;
    for (const SimulationCase &c : cases) {
        const QString after = outcomeOf(draft, c);
        if (after == c.previousOutcome)
            continue;
        changes.append({c.decisionId, c.previousOutcome, after, draft.evaluate(c.request).summary});
    }
    return changes;
}

} // namespace Lexecon
