#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Lexecon {

// Integer percent weights of the six risk dimensions (SPEC section 2). Always sum to 100:
// the only ways to build one are the defaults and validated input.
class RiskWeights
{
public:
    RiskWeights(); // 25, 20, 20, 15, 10, 10

    // The six dimensions in SPEC order: security, privacy, compliance, operational, reputational, financial.
    static const QStringList &dimensions();
    static bool isDimension(const QString &name);

    // Every dimension named must be one of the six with a weight 0-100; dimensions left out weigh 0;
    // the weights must sum to 100. Errors name the field as "risk_weights.<dimension>".
    static Result<RiskWeights> fromMap(const QMap<QString, int> &weights);
    static Result<RiskWeights> fromJson(const QJsonObject &weights);

    int weight(const QString &dimension) const { return m_weights.value(dimension, 0); }
    QMap<QString, int> toMap() const { return m_weights; }
    QJsonObject toJson() const;

private:
    QMap<QString, int> m_weights;
};

} // namespace Lexecon
