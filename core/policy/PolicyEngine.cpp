#include "PolicyEngine.h"

#include "CompiledPolicy.h"

#include <QVarLengthArray>

#include <vector>

namespace Lexecon {

namespace {

// Which terms are present, without clearing an array per call: a term is present when its
// mark equals this evaluation's generation. One scratch per thread, reused across calls.
struct Presence
{
    std::vector<quint32> marks;
    quint32 generation = 0;

    void begin(size_t termCount)
    {
        if (marks.size() < termCount)
            marks.resize(termCount, 0);
        if (++generation == 0) {
            std::fill(marks.begin(), marks.end(), 0);
            generation = 1;
        }
    }
    bool has(int term) const { return term >= 0 && marks[size_t(term)] == generation; }
    bool add(int term)
    {
        if (marks[size_t(term)] == generation)
            return false;
        marks[size_t(term)] = generation;
        return true;
    }
};

// JavaScript-like truthiness, as SPEC section 1 puts it: present unless false, null, 0 or "".
bool truthy(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null: return false;
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::Double: return v.toDouble() != 0;
    case QJsonValue::String: return !v.toString().isEmpty();
    default: return true;
    }
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// One sentence naming the first deciding relation, what it says and why.
QString denialSummary(const Relation &rel, const QList<PolicyReason> &denials)
{
    QString why;
    switch (rel.type) {
    case Relation::Type::Conflicts:
        why = QStringLiteral("%1 and %2 may not occur together").arg(rel.source, rel.target);
        break;
    case Relation::Type::Requires:
        why = QStringLiteral("%1 requires %2, which the request does not have").arg(rel.source, rel.target);
        break;
    default:
        why = QStringLiteral("%1 may not %2").arg(rel.source, rel.target);
        if (!rel.object.isEmpty())
            why += QStringLiteral(" on ") + rel.object;
    }
    if (!rel.justification.isEmpty())
        why += QStringLiteral(" (") + rel.justification + QLatin1Char(')');
    if (denials.size() > 1)
        why += QStringLiteral(", and %1 more relation(s)").arg(denials.size() - 1);
    return QStringLiteral("Denied by %1: %2.").arg(quoted(rel.id), why);
}

QString approvalSummary(const QList<PolicyReason> &permits)
{
    return QStringLiteral("Approved: permitted by %1%2.")
        .arg(quoted(permits.first().relationId),
             permits.size() > 1 ? QStringLiteral(" and %1 more").arg(permits.size() - 1) : QString());
}

} // namespace

PolicyEvaluation PolicyEngine::evaluate(const CompiledPolicy &policy, const PolicyRequest &request)
{
    thread_local Presence presence;
    presence.begin(policy.m_terms.size());
    QVarLengthArray<int, 64> present;
    auto addClosure = [&](int term) {
        for (int c : policy.m_terms[size_t(term)].closure) {
            if (presence.add(c))
                present.append(c);
        }
    };
    auto addMatches = [&](Term::Type slot, const QString &value) -> const std::vector<int> * {
        const std::vector<int> *found = policy.lookup(slot, value);
        if (found) {
            for (int t : *found)
                addClosure(t);
        }
        return found;
    };

    // Step 1 and 2: matched terms, closed under implies.
    const bool actorKnown = addMatches(Term::Type::Actor, request.actor) != nullptr;
    const bool actionKnown = addMatches(Term::Type::Action, request.action) != nullptr;
    addMatches(Term::Type::Resource, request.resource);
    QVarLengthArray<const std::vector<int> *, 8> dataMatches;
    for (const QString &d : request.dataClasses)
        dataMatches.append(addMatches(Term::Type::DataClass, d));
    for (auto it = request.context.constBegin(); it != request.context.constEnd(); ++it) {
        if (truthy(it.value()))
            addMatches(Term::Type::Context, it.key());
    }

    // Steps 3-6, walking only the relations whose source is present.
    const auto &relations = policy.m_policy.relations;
    PolicyEvaluation result;
    QList<PolicyReason> denials;
    QVarLengthArray<int, 16> permits;
    int firstDenial = -1; // relation index, for the summary
    auto reason = [&](const CompiledPolicy::Edge &e, const QString &effect) {
        const Relation &rel = relations.at(e.relation);
        return PolicyReason{rel.id, effect, rel.justification};
    };
    auto deny = [&](const CompiledPolicy::Edge &e, const QString &effect) {
        if (firstDenial < 0)
            firstDenial = e.relation;
        denials.append(reason(e, effect));
    };
    for (int s : present) {
        const auto &index = policy.m_terms[size_t(s)];
        for (const auto &e : index.conflicts) {
            if (presence.has(e.target))
                deny(e, QStringLiteral("conflict"));
        }
        for (const auto &e : index.forbids) {
            if (presence.has(e.target) && (e.object < 0 || presence.has(e.object)))
                deny(e, QStringLiteral("forbid"));
        }
        for (const auto &e : index.requirements) {
            if (!presence.has(e.target))
                deny(e, QStringLiteral("require"));
        }
        for (const auto &e : index.permits) {
            if (presence.has(e.target) && (e.object < 0 || presence.has(e.object))) {
                permits.append(e.object);
                result.reasons.append(reason(e, QStringLiteral("permit")));
            }
        }
    }

    result.terms.reserve(present.size());
    for (int t : present) {
        result.terms.append(policy.m_policy.terms.at(t).id);
        for (const auto &[dimension, value] : policy.m_terms[size_t(t)].riskFloors) {
            int &floor = result.riskFloors[dimension];
            floor = std::max(floor, value);
        }
    }

    const Policy::Mode mode = policy.mode();
    if (!denials.isEmpty()) {
        result.permitted = false;
        result.reasons = denials;
        result.summary = denialSummary(relations.at(firstDenial), denials);
        return result;
    }
    if (mode == Policy::Mode::Permissive) {
        result.permitted = true;
        result.summary = result.reasons.isEmpty()
                             ? QStringLiteral("Approved: nothing forbids it and the policy is permissive.")
                             : approvalSummary(result.reasons);
        return result;
    }
    if (result.reasons.isEmpty()) {
        // Say when a name matched nothing: usually a typo or a term the policy lacks.
        const QString unknown =
            !actorKnown    ? QStringLiteral("actor %1 matches no term of the policy, so ").arg(quoted(request.actor))
            : !actionKnown ? QStringLiteral("action %1 matches no term of the policy, so ").arg(quoted(request.action))
                           : QString();
        result.summary = QStringLiteral("Denied: %1no relation permits actor %2 to %3 (%4 mode).")
                             .arg(unknown, quoted(request.actor), quoted(request.action), Policy::modeName(mode));
        return result;
    }
    if (mode == Policy::Mode::Paranoid) {
        // Every requested data class must be the object of a matching permit; a permit naming a
        // broader class the requested one implies (data:ssn implies data:pii) covers it too.
        for (qsizetype i = 0; i < dataMatches.size(); ++i) {
            bool covered = false;
            if (dataMatches[i]) {
                for (int term : *dataMatches[i]) {
                    for (int c : policy.m_terms[size_t(term)].closure)
                        covered = covered || permits.contains(c);
                }
            }
            if (!covered) {
                result.reasons.clear();
                result.summary =
                    QStringLiteral("Denied: data class %1 is not the object of any matching permit (paranoid mode).")
                        .arg(quoted(request.dataClasses.at(i)));
                return result;
            }
        }
    }
    result.permitted = true;
    result.summary = approvalSummary(result.reasons);
    return result;
}

} // namespace Lexecon
