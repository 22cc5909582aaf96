#include "Relation.h"

namespace Lexecon {

QString Relation::typeName(Type type)
{
    switch (type) {
    case Type::Permits: return QStringLiteral("permits");
    case Type::Forbids: return QStringLiteral("forbids");
    case Type::Requires: return QStringLiteral("requires");
    case Type::Implies: return QStringLiteral("implies");
    case Type::Conflicts: return QStringLiteral("conflicts");
    }
    return QStringLiteral("permits");
}

std::optional<Relation::Type> Relation::typeFromName(const QString &name)
{
    for (Type t : {Type::Permits, Type::Forbids, Type::Requires, Type::Implies, Type::Conflicts}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString Relation::defaultId(Type type, const QString &source, const QString &target, const QString &object)
{
    QString id = typeName(type) + QLatin1Char(':') + source + QLatin1Char(':') + target;
    if (!object.isEmpty())
        id += QLatin1Char(':') + object;
    return id;
}

} // namespace Lexecon
