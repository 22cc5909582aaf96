#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Lexecon {

// An edge of the policy graph (SPEC section 1). source/target/object hold full term ids.
struct Relation
{
    enum class Type { Permits, Forbids, Requires, Implies, Conflicts };

    QString id;
    Type type = Type::Permits;
    QString source;
    QString target;
    QString object; // empty: none; else a data_class or resource term (permits/forbids only)
    QString justification;
    QJsonValue conditions; // carried for display and audit; evaluation does not interpret it
    QJsonObject metadata;

    // "permits", "forbids", "requires", "implies", "conflicts".
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    // relation_id when the file gives none: type:source:target, plus :object when there is one.
    static QString defaultId(Type type, const QString &source, const QString &target, const QString &object);
};

} // namespace Lexecon
