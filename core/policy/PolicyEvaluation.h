#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lexecon {

// One relation that took part in a decision: the reason trace of SPEC section 3.
struct PolicyReason
{
    QString relationId;
    QString effect; // permit, forbid, require, conflict
    QString justification;

    // {"relation_id", "effect", "justification"}; justification is null when the relation has none.
    QJsonObject toJson() const;
    bool operator==(const PolicyReason &other) const = default;

    // CanonicalJson::serialize of the array of their toJson(), written directly (every decision's
    // log and row carry its reasons).
    static QByteArray canonicalList(const QList<PolicyReason> &reasons);
};

// The policy's verdict on one request (steps 1-6 of SPEC section 1). Risk escalation (step 7)
// is the decision service's: it combines riskFloors with the request's own risk values.
struct PolicyEvaluation
{
    bool permitted = false;
    QList<PolicyReason> reasons;    // approved: the permits that matched; denied: the deciding relations
    QString summary;                // one sentence saying why
    QStringList terms;              // request terms after the implies closure
    QHash<QString, int> riskFloors; // dimension -> max metadata.risk.<dimension> over terms

    QJsonObject toJson() const;
};

} // namespace Lexecon
