#pragma once

#include "Policy.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lexecon {

// What changed between two policy versions: terms and relations added, removed or changed
// (matched by id), and the mode. The policy screen shows it; the order is stable (by id).
class PolicyDiff
{
public:
    enum class Change { Added, Removed, Changed };

    struct Entry
    {
        Change change = Change::Added;
        QString id;
        QString kind;       // a term's type (actor, ...) or a relation's type (permits, ...)
        QString before;     // one-line description in the older version; empty when added
        QString after;      // likewise in the newer one; empty when removed
        QStringList fields; // for Changed: which fields differ (label, target, conditions, ...)

        QJsonObject toJson() const;
    };

    static PolicyDiff between(const Policy &from, const Policy &to);

    QList<Entry> terms() const { return m_terms; }
    QList<Entry> relations() const { return m_relations; }
    QString fromMode() const { return m_fromMode; }
    QString toMode() const { return m_toMode; }
    bool modeChanged() const { return m_fromMode != m_toMode; }
    bool isEmpty() const { return m_terms.isEmpty() && m_relations.isEmpty() && !modeChanged(); }

    static QString changeName(Change change); // added | removed | changed
    // One line a person reads: "permits actor:a → action:b on data:c".
    static QString describe(const Relation &relation);
    static QString describe(const Term &term);

    // {"mode": {"from","to"}, "terms": [...], "relations": [...]}
    QJsonObject toJson() const;

private:
    QList<Entry> m_terms;
    QList<Entry> m_relations;
    QString m_fromMode;
    QString m_toMode;
};

} // namespace Lexecon
