#include "ApiKey.h"

#include "Principal.h"
#include "common/Timestamp.h"

#include <QJsonArray>

namespace Lexecon {

QStringList ApiKey::allScopes()
{
    return {QStringLiteral("decide"), QStringLiteral("verify"), QStringLiteral("read")};
}

Principal ApiKey::principal() const
{
    // Only deciding is a state change a key can make; verify and read are checked by the intake
    // through hasScope(), since they change nothing a service would guard.
    QSet<Permission> permissions;
    if (hasScope(QStringLiteral("decide")))
        permissions.insert(Permission::Decide);
    return Principal::apiKey(name, permissions);
}

QJsonObject ApiKey::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                  {QStringLiteral("rate"), ratePerSecond},
                  {QStringLiteral("burst"), burst},
                  {QStringLiteral("prefix"), prefix},
                  {QStringLiteral("created_at"), Timestamp::format(createdAtMs)},
                  {QStringLiteral("created_by"), createdBy},
                  {QStringLiteral("active"), isActive()}};
    o.insert(QStringLiteral("revoked_at"), revokedAtMs ? QJsonValue(Timestamp::format(revokedAtMs)) : QJsonValue());
    return o;
}

} // namespace Lexecon
