#include "User.h"

namespace Lexecon {

QJsonObject User::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), Roles::name(role)},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("disabled"), disabled}};
}

} // namespace Lexecon
