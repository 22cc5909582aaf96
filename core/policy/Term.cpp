#include "Term.h"

namespace Lexecon {

QString Term::typeName(Type type)
{
    switch (type) {
    case Type::Actor: return QStringLiteral("actor");
    case Type::Action: return QStringLiteral("action");
    case Type::DataClass: return QStringLiteral("data_class");
    case Type::Resource: return QStringLiteral("resource");
    case Type::Context: return QStringLiteral("context");
    }
    return QStringLiteral("actor");
}

std::optional<Term::Type> Term::typeFromName(const QString &name)
{
    for (Type t : {Type::Actor, Type::Action, Type::DataClass, Type::Resource, Type::Context}) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString Term::prefix(Type type)
{
    return type == Type::DataClass ? QStringLiteral("data") : typeName(type);
}

} // namespace Lexecon
