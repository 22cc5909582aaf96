#pragma once

#include "RiskAssessment.h"
#include "RiskWeights.h"
#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

namespace Lexecon {

// Scores a request (SPEC section 2): each dimension's value is the maximum of the request's value
// and the floors from term metadata; the score is the integer weighted mean over the dimensions
// that have a value. Pure and thread-safe: one scorer serves every request.
class RiskScorer
{
public:
    explicit RiskScorer(RiskWeights weights = {});

    const RiskWeights &weights() const { return m_weights; }

    // The request's "risk" object: {"privacy": 70, ...}. Absent or null means no values. Errors name
    // the field as "risk.<dimension>".
    static Result<QMap<QString, int>> parseInput(const QJsonValue &risk);

    // Folds one term's metadata ({"risk": {"privacy": 70}}) into floors, keeping the maximum per
    // dimension. Unknown dimensions and non-integer values are ignored; values are clamped to 0-100.
    static void addTermFloors(QHash<QString, int> &floors, const QJsonObject &termMetadata);

    RiskAssessment assess(const QMap<QString, int> &given, const QHash<QString, int> &termFloors = {}) const;

private:
    RiskWeights m_weights;
};

} // namespace Lexecon
