#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Lexecon {

// A node of the policy graph (SPEC section 1): who acts, what they do, on which data or
// resource, in which context. The id always carries its type prefix once loaded.
struct Term
{
    enum class Type { Actor, Action, DataClass, Resource, Context };

    QString id;
    Type type = Type::Actor;
    QString label;
    QString description;
    QJsonObject metadata;

    // "actor", "action", "data_class", "resource", "context": the word used in files.
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    // The id prefix of a type: actor, action, data, resource, context.
    static QString prefix(Type type);
};

} // namespace Lexecon
