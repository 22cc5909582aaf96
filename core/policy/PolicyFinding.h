#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Lexecon {

// One result of static analysis: what is wrong or odd in a policy, and which relations.
struct PolicyFinding
{
    QString severity; // error, warning, info
    QString kind;     // conflicting_rules, shadowed_permit, self_conflicting, unusable_term,
                      // unsatisfiable_requirement, implies_cycle, requires_cycle, unused_term
    QString message;
    QStringList relationIds;

    // {"severity","kind","message","relation_ids"}
    QJsonObject toJson() const;
};

} // namespace Lexecon
