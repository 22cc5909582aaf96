#pragma once

#include "Policy.h"
#include "PolicyEvaluation.h"
#include "PolicyRequest.h"

#include <QHash>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace Lexecon {

// An immutable index over a Policy, built once per activation and shared (std::shared_ptr)
// by every thread that evaluates: terms interned to ints, one exact-match hash table per
// request slot, the implies closure per term, relations grouped by source term.
// evaluate() does hash lookups and walks short per-term lists; it never scans the policy.
class CompiledPolicy
{
public:
    // version: the workspace version number (PolicyService); 0 for a draft.
    static std::shared_ptr<const CompiledPolicy> compile(Policy policy, int version = 0);

    const Policy &policy() const { return m_policy; }
    int version() const { return m_version; }
    QString hash() const { return m_policy.hash; }
    Policy::Mode mode() const { return m_policy.mode; }

    // Steps 1-6 of SPEC section 1; see PolicyEngine.
    PolicyEvaluation evaluate(const PolicyRequest &request) const;

    // Terms a request value matches in a slot: id, id without its type prefix, or label.
    // Exact and case-sensitive; an empty value matches nothing.
    QStringList match(Term::Type slot, const QString &value) const;
    // The term and everything it implies, transitively (the term first). Empty if undefined.
    QStringList closureOf(const QString &termId) const;

private:
    friend class PolicyEngine;

    struct Edge
    {
        int target;
        int object; // -1: none
        int relation;
    };
    struct TermIndex
    {
        std::vector<int> closure; // self first, then implied terms
        std::vector<Edge> conflicts, forbids, requirements, permits;
        std::vector<std::pair<QString, int>> riskFloors;
    };

    CompiledPolicy() = default;
    void build();
    const std::vector<int> *lookup(Term::Type slot, const QString &value) const;

    Policy m_policy;
    int m_version = 0;
    std::vector<TermIndex> m_terms;
    QHash<QString, int> m_termIds;
    QHash<QString, std::vector<int>> m_slots[5]; // indexed by Term::Type
};

} // namespace Lexecon
