#include "Principal.h"

namespace Lexecon {

Principal Principal::user(const QString &name, Role role)
{
    Principal p;
    p.m_kind = Kind::User;
    p.m_name = name;
    p.m_role = role;
    return p;
}

Principal Principal::apiKey(const QString &name, const QSet<Permission> &scopes)
{
    Principal p;
    p.m_kind = Kind::ApiKey;
    p.m_name = name;
    p.m_scopes = scopes;
    return p;
}

Principal Principal::system(const QString &name)
{
    Principal p;
    p.m_kind = Kind::System;
    p.m_name = name;
    return p;
}

QString Principal::ledgerActor() const
{
    switch (m_kind) {
    case Kind::User: return QStringLiteral("user:") + m_name;
    case Kind::ApiKey: return QStringLiteral("apikey:") + m_name;
    case Kind::System: return m_name;
    }
    return m_name;
}

bool Principal::can(Permission permission) const
{
    switch (m_kind) {
    case Kind::User: return Roles::grants(m_role, permission);
    case Kind::ApiKey: return m_scopes.contains(permission);
    // The node itself, or the host's operator at the command line (who holds the data dir and
    // its secret): it may decide, manage policies, settings and API keys (`apikey create`),
    // never act as a reviewer.
    case Kind::System:
        return permission == Permission::Decide || permission == Permission::ManagePolicies
               || permission == Permission::ManageSettings || permission == Permission::ManageApiKeys;
    }
    return false;
}

Result<void> Principal::require(Permission permission) const
{
    if (can(permission))
        return {};
    const QString who = m_kind == Kind::User ? QStringLiteral("%1 (%2)").arg(m_name, Roles::name(m_role)) : ledgerActor();
    return Error::forbidden(QStringLiteral("%1 may not do this: it needs the %2 permission")
                                .arg(who, Roles::permissionName(permission)));
}

} // namespace Lexecon
