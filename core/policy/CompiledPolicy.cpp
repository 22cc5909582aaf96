#include "CompiledPolicy.h"

#include "PolicyEngine.h"

#include <algorithm>

namespace Lexecon {

std::shared_ptr<const CompiledPolicy> CompiledPolicy::compile(Policy policy, int version)
{
    std::shared_ptr<CompiledPolicy> compiled(new CompiledPolicy);
    compiled->m_policy = std::move(policy);
    compiled->m_version = version;
    compiled->build();
    return compiled;
}

void CompiledPolicy::build()
{
    const auto &terms = m_policy.terms;
    m_terms.resize(size_t(terms.size()));
    m_termIds.reserve(terms.size());
    for (int i = 0; i < int(terms.size()); ++i)
        m_termIds.insert(terms.at(i).id, i);

    auto addKey = [this](Term::Type type, const QString &key, int term) {
        if (key.isEmpty())
            return;
        std::vector<int> &list = m_slots[int(type)][key];
        if (std::find(list.begin(), list.end(), term) == list.end())
            list.push_back(term);
    };
    std::vector<std::vector<int>> implies(m_terms.size());
    for (int i = 0; i < int(terms.size()); ++i) {
        const Term &t = terms.at(i);
        const QString prefix = Term::prefix(t.type) + QLatin1Char(':');
        addKey(t.type, t.id, i);
        if (t.id.startsWith(prefix))
            addKey(t.type, t.id.mid(prefix.size()), i);
        addKey(t.type, t.label, i);
        const QJsonObject risk = t.metadata.value(QStringLiteral("risk")).toObject();
        for (auto it = risk.begin(); it != risk.end(); ++it)
            m_terms[size_t(i)].riskFloors.emplace_back(it.key(), it.value().toInt());
    }

    for (int r = 0; r < int(m_policy.relations.size()); ++r) {
        const Relation &rel = m_policy.relations.at(r);
        const int s = m_termIds.value(rel.source, -1);
        const int t = m_termIds.value(rel.target, -1);
        if (s < 0 || t < 0)
            continue; // PolicyLoader refuses such files; a hand-built Policy just loses the relation
        const Edge edge{t, rel.object.isEmpty() ? -1 : m_termIds.value(rel.object, -1), r};
        TermIndex &src = m_terms[size_t(s)];
        switch (rel.type) {
        case Relation::Type::Permits: src.permits.push_back(edge); break;
        case Relation::Type::Forbids: src.forbids.push_back(edge); break;
        case Relation::Type::Requires: src.requirements.push_back(edge); break;
        case Relation::Type::Conflicts: src.conflicts.push_back(edge); break;
        case Relation::Type::Implies: implies[size_t(s)].push_back(t); break;
        }
    }

    // Closure by breadth-first walk from each term; cycles simply stop at seen terms.
    std::vector<int> seen(m_terms.size(), -1);
    for (int i = 0; i < int(m_terms.size()); ++i) {
        std::vector<int> &closure = m_terms[size_t(i)].closure;
        closure.push_back(i);
        seen[size_t(i)] = i;
        for (size_t at = 0; at < closure.size(); ++at) {
            for (int next : implies[size_t(closure[at])]) {
                if (seen[size_t(next)] != i) {
                    seen[size_t(next)] = i;
                    closure.push_back(next);
                }
            }
        }
    }
}

const std::vector<int> *CompiledPolicy::lookup(Term::Type slot, const QString &value) const
{
    if (value.isEmpty())
        return nullptr;
    const auto &table = m_slots[int(slot)];
    const auto it = table.constFind(value);
    return it == table.constEnd() ? nullptr : &it.value();
}

PolicyEvaluation CompiledPolicy::evaluate(const PolicyRequest &request) const
{
    return PolicyEngine::evaluate(*this, request);
}

QStringList CompiledPolicy::match(Term::Type slot, const QString &value) const
{
    QStringList ids;
    if (const auto *found = lookup(slot, value)) {
        for (int t : *found)
            ids.append(m_policy.terms.at(t).id);
    }
    return ids;
}

QStringList CompiledPolicy::closureOf(const QString &termId) const
{
    QStringList ids;
    const int t = m_termIds.value(termId, -1);
    if (t >= 0) {
        for (int c : m_terms[size_t(t)].closure)
            ids.append(m_policy.terms.at(c).id);
    }
    return ids;
}

} // namespace Lexecon
