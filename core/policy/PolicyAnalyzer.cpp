#include "PolicyAnalyzer.h"

#include "CompiledPolicy.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Lexecon {

namespace {

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

class Analysis
{
public:
    explicit Analysis(const Policy &policy)
        : m_policy(policy)
        , m_compiled(CompiledPolicy::compile(policy))
    {
        for (const Relation &r : policy.relations) {
            if (r.type == Relation::Type::Forbids)
                m_forbidsBySource[r.source].append(&r);
            if (r.type == Relation::Type::Conflicts)
                m_conflicts.append(&r);
        }
    }

    QList<PolicyFinding> run()
    {
        permitsAgainstForbids();
        selfConflicts();
        unsatisfiableRequirements();
        cycles(Relation::Type::Implies, QStringLiteral("implies_cycle"),
               QStringLiteral("the terms on it imply each other, so they always occur together"));
        cycles(Relation::Type::Requires, QStringLiteral("requires_cycle"),
               QStringLiteral("each term on it needs the next, so none can be used alone"));
        unusedTerms();
        auto rank = [](const PolicyFinding &f) {
            return f.severity == QLatin1String("error") ? 0 : f.severity == QLatin1String("warning") ? 1 : 2;
        };
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [&](const PolicyFinding &a, const PolicyFinding &b) { return rank(a) < rank(b); });
        return m_findings;
    }

private:
    const QSet<QString> &closure(const QString &term)
    {
        auto it = m_closures.find(term);
        if (it == m_closures.end()) {
            const QStringList list = m_compiled->closureOf(term);
            it = m_closures.insert(term, QSet<QString>(list.begin(), list.end()));
        }
        return *it;
    }
    // Everything present whenever all of the relation's own terms are present.
    QSet<QString> scope(const Relation &r)
    {
        QSet<QString> all = closure(r.source);
        all.unite(closure(r.target));
        if (!r.object.isEmpty())
            all.unite(closure(r.object));
        return all;
    }
    void add(const QString &severity, const QString &kind, const QString &message, const QStringList &relations)
    {
        m_findings.append({severity, kind, message, relations});
    }

    // A forbid that fires whenever a permit matches leaves the permit without effect.
    void permitsAgainstForbids()
    {
        for (const Relation &p : m_policy.relations) {
            if (p.type != Relation::Type::Permits)
                continue;
            const QSet<QString> present = scope(p);
            for (const QString &term : present) {
                for (const Relation *f : m_forbidsBySource.value(term)) {
                    if (!present.contains(f->target) || (!f->object.isEmpty() && !present.contains(f->object)))
                        continue;
                    if (f->source == p.source && f->target == p.target && f->object == p.object)
                        add(QStringLiteral("error"), QStringLiteral("conflicting_rules"),
                            QStringLiteral("%1 and %2 name the same source, target and object; the forbid always wins, "
                                           "so remove one of them")
                                .arg(quoted(p.id), quoted(f->id)),
                            {p.id, f->id});
                    else
                        add(QStringLiteral("warning"), QStringLiteral("shadowed_permit"),
                            QStringLiteral(
                                "%1 can never approve: %2 applies whenever it matches (same or broader scope, "
                                "counting implies)")
                                .arg(quoted(p.id), quoted(f->id)),
                            {p.id, f->id});
                }
            }
        }
    }

    void selfConflicts()
    {
        for (const Relation *c : m_conflicts) {
            if (closure(c->source).contains(c->target) || closure(c->target).contains(c->source))
                add(QStringLiteral("warning"), QStringLiteral("unusable_term"),
                    QStringLiteral("%1 makes %2 and %3 conflict although one implies the other; every request with "
                                   "either is denied")
                        .arg(quoted(c->id), c->source, c->target),
                    {c->id});
        }
        // A permit whose own terms conflict never approves; a requirement whose source and
        // target conflict can never be met, so every request with the source is denied.
        for (const Relation &r : m_policy.relations) {
            if (r.type != Relation::Type::Permits && r.type != Relation::Type::Requires)
                continue;
            const QSet<QString> present = scope(r);
            for (const Relation *c : m_conflicts) {
                if (!present.contains(c->source) || !present.contains(c->target))
                    continue;
                if (r.type == Relation::Type::Permits)
                    add(QStringLiteral("warning"), QStringLiteral("self_conflicting"),
                        QStringLiteral("%1 can never approve: its own terms trigger %2")
                            .arg(quoted(r.id), quoted(c->id)),
                        {r.id, c->id});
                else
                    add(QStringLiteral("warning"), QStringLiteral("unsatisfiable_requirement"),
                        QStringLiteral("%1 can never be met: having %2 triggers %3, so every request with %4 is denied")
                            .arg(quoted(r.id), r.target, quoted(c->id), r.source),
                        {r.id, c->id});
            }
        }
    }

    // A request names one actor and one action. requires(s, t) between two actors (or two
    // actions) can only hold when some term implies both; otherwise every request with s is denied.
    void unsatisfiableRequirements()
    {
        for (const Relation &r : m_policy.relations) {
            if (r.type != Relation::Type::Requires)
                continue;
            const Term *s = m_policy.term(r.source);
            const Term *t = m_policy.term(r.target);
            if (!s || !t || s->type != t->type || (s->type != Term::Type::Actor && s->type != Term::Type::Action))
                continue;
            const bool satisfiable = std::any_of(m_policy.terms.begin(), m_policy.terms.end(), [&](const Term &x) {
                return x.type == s->type && closure(x.id).contains(s->id) && closure(x.id).contains(t->id);
            });
            if (!satisfiable)
                add(QStringLiteral("warning"), QStringLiteral("unsatisfiable_requirement"),
                    QStringLiteral("%1 can never be met: a request names one %2 and no %2 implies both %3 and %4, so "
                                   "every request with %3 is denied")
                        .arg(quoted(r.id), Term::typeName(s->type), s->id, t->id),
                    {r.id});
        }
    }

    // Reports each cycle once, as the path a -> b -> ... -> a and the relations along it.
    void cycles(Relation::Type type, const QString &kind, const QString &consequence)
    {
        QHash<QString, QList<const Relation *>> edges;
        for (const Relation &r : m_policy.relations) {
            if (r.type == type)
                edges[r.source].append(&r);
        }
        QSet<QString> reported; // terms already on a reported cycle
        QSet<QString> done;
        for (const Term &start : m_policy.terms) {
            if (done.contains(start.id) || !edges.contains(start.id))
                continue;
            // Iterative depth-first search keeping the current path to recover the cycle.
            QList<QPair<QString, int>> stack{{start.id, 0}};
            QList<const Relation *> via;
            QSet<QString> onPath{start.id};
            while (!stack.isEmpty()) {
                auto &[node, next] = stack.last();
                const auto &out = edges.value(node);
                if (next >= out.size()) {
                    done.insert(node);
                    onPath.remove(node);
                    stack.removeLast();
                    if (!via.isEmpty())
                        via.removeLast();
                    continue;
                }
                const Relation *edge = out.at(next++);
                const QString target = edge->target;
                if (onPath.contains(target)) {
                    qsizetype from = 0;
                    while (stack.at(from).first != target)
                        ++from;
                    QStringList path;
                    QStringList relations;
                    for (qsizetype i = from; i < stack.size(); ++i)
                        path.append(stack.at(i).first);
                    for (qsizetype i = from; i < via.size(); ++i)
                        relations.append(via.at(i)->id);
                    relations.append(edge->id);
                    path.append(target);
                    if (!reported.contains(target)) {
                        for (const QString &p : path)
                            reported.insert(p);
                        add(QStringLiteral("warning"), kind,
                            QStringLiteral("%1 cycle %2: %3")
                                .arg(Relation::typeName(type), path.join(QStringLiteral(" -> ")), consequence),
                            relations);
                    }
                    continue;
                }
                if (done.contains(target))
                    continue;
                via.append(edge);
                onPath.insert(target);
                stack.append({target, 0});
            }
        }
    }

    void unusedTerms()
    {
        QSet<QString> used;
        for (const Relation &r : m_policy.relations) {
            used.insert(r.source);
            used.insert(r.target);
            if (!r.object.isEmpty())
                used.insert(r.object);
        }
        for (const Term &t : m_policy.terms) {
            if (!used.contains(t.id))
                add(QStringLiteral("info"), QStringLiteral("unused_term"),
                    QStringLiteral("term %1 is defined but no relation uses it").arg(t.id), {});
        }
    }

    const Policy &m_policy;
    std::shared_ptr<const CompiledPolicy> m_compiled;
    QHash<QString, QSet<QString>> m_closures;
    QHash<QString, QList<const Relation *>> m_forbidsBySource;
    QList<const Relation *> m_conflicts;
    QList<PolicyFinding> m_findings;
};

} // namespace

QList<PolicyFinding> PolicyAnalyzer::check(const Policy &policy)
{
    return Analysis(policy).run();
}

} // namespace Lexecon
