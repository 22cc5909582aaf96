#include "PolicyDiff.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace Lexecon {

namespace {

QStringList termFieldsThatDiffer(const Term &a, const Term &b)
{
    QStringList fields;
    if (a.type != b.type)
        fields << QStringLiteral("type");
    if (a.label != b.label)
        fields << QStringLiteral("label");
    if (a.description != b.description)
        fields << QStringLiteral("description");
    if (a.metadata != b.metadata)
        fields << QStringLiteral("metadata");
    return fields;
}

QStringList relationFieldsThatDiffer(const Relation &a, const Relation &b)
{
    QStringList fields;
    if (a.type != b.type)
        fields << QStringLiteral("type");
    if (a.source != b.source)
        fields << QStringLiteral("source");
    if (a.target != b.target)
        fields << QStringLiteral("target");
    if (a.object != b.object)
        fields << QStringLiteral("object");
    if (a.justification != b.justification)
        fields << QStringLiteral("justification");
    if (a.conditions != b.conditions)
        fields << QStringLiteral("conditions");
    if (a.metadata != b.metadata)
        fields << QStringLiteral("metadata");
    return fields;
}

// Matches items by id across both lists; one generic walk serves terms and relations.
template <typename T, typename KindOf, typename Differ>
QList<PolicyDiff::Entry> compare(const QList<T> &from, const QList<T> &to, KindOf kindOf, Differ differ)
{
    QMap<QString, const T *> before, after; // QMap: entries come out ordered by id
    for (const T &item : from)
        before.insert(item.id, &item);
    for (const T &item : to)
        after.insert(item.id, &item);
    QList<PolicyDiff::Entry> entries;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const T *old = it.value();
        const T *now = after.value(it.key(), nullptr);
        if (!now) {
            entries.append({PolicyDiff::Change::Removed, old->id, kindOf(*old), PolicyDiff::describe(*old), {}, {}});
            continue;
        }
        const QStringList fields = differ(*old, *now);
        if (!fields.isEmpty())
            entries.append({PolicyDiff::Change::Changed, old->id, kindOf(*now), PolicyDiff::describe(*old),
                            PolicyDiff::describe(*now), fields});
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            entries.append(
                {PolicyDiff::Change::Added, it.key(), kindOf(*it.value()), {}, PolicyDiff::describe(*it.value()), {}});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const PolicyDiff::Entry &a, const PolicyDiff::Entry &b) { return a.id < b.id; });
    return entries;
}

QJsonArray toArray(const QList<PolicyDiff::Entry> &entries)
{
    QJsonArray list;
    for (const PolicyDiff::Entry &e : entries)
        list.append(e.toJson());
    return list;
}

} // namespace

PolicyDiff PolicyDiff::between(const Policy &from, const Policy &to)
{
    PolicyDiff diff;
    diff.m_fromMode = Policy::modeName(from.mode);
    diff.m_toMode = Policy::modeName(to.mode);
    diff.m_terms = compare(
        from.terms, to.terms, [](const Term &t) { return Term::typeName(t.type); }, termFieldsThatDiffer);
    diff.m_relations = compare(
        from.relations, to.relations, [](const Relation &r) { return Relation::typeName(r.type); },
        relationFieldsThatDiffer);
    return diff;
}

QString PolicyDiff::changeName(Change change)
{
    switch (change) {
    case Change::Added: return QStringLiteral("added");
    case Change::Removed: return QStringLiteral("removed");
    case Change::Changed: return QStringLiteral("changed");
    }
    return QStringLiteral("changed");
}

QString PolicyDiff::describe(const Relation &relation)
{
    QString text = Relation::typeName(relation.type) + QLatin1Char(' ') + relation.source + QStringLiteral(" → ") +
                   relation.target;
    if (!relation.object.isEmpty())
        text += QStringLiteral(" on ") + relation.object;
    return text;
}

QString PolicyDiff::describe(const Term &term)
{
    return term.label.isEmpty() ? term.id : term.id + QStringLiteral(" (") + term.label + QLatin1Char(')');
}

QJsonObject PolicyDiff::Entry::toJson() const
{
    return {{QStringLiteral("change"), changeName(change)},
            {QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after},
            {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}};
}

QJsonObject PolicyDiff::toJson() const
{
    return {
        {QStringLiteral("mode"), QJsonObject{{QStringLiteral("from"), m_fromMode}, {QStringLiteral("to"), m_toMode}}},
        {QStringLiteral("terms"), toArray(m_terms)},
        {QStringLiteral("relations"), toArray(m_relations)}};
}

} // namespace Lexecon
