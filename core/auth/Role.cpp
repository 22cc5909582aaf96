#include "Role.h"

namespace Lexecon::Roles {

QString name(Role role)
{
    switch (role) {
    case Role::Viewer: return QStringLiteral("viewer");
    case Role::Auditor: return QStringLiteral("auditor");
    case Role::ComplianceOfficer: return QStringLiteral("compliance_officer");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> fromName(const QString &name)
{
    for (Role r : all()) {
        if (Roles::name(r) == name)
            return r;
    }
    return std::nullopt;
}

QList<Role> all()
{
    return {Role::Viewer, Role::Auditor, Role::ComplianceOfficer, Role::Admin};
}

bool grants(Role role, Permission p)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::ComplianceOfficer:
        return p == Permission::ViewDashboard || p == Permission::ViewAuditLogs || p == Permission::RequestAuditPacket
               || p == Permission::ApproveAuditPacket || p == Permission::ExportData || p == Permission::ResolveEscalation
               || p == Permission::CreateOverride || p == Permission::ManagePolicies || p == Permission::ManageCompliance;
    case Role::Auditor:
        return p == Permission::ViewDashboard || p == Permission::ViewAuditLogs || p == Permission::RequestAuditPacket
               || p == Permission::ExportData;
    case Role::Viewer:
        return p == Permission::ViewDashboard;
    }
    return false;
}

QString permissionName(Permission p)
{
    switch (p) {
    case Permission::ViewDashboard: return QStringLiteral("view_dashboard");
    case Permission::RequestAuditPacket: return QStringLiteral("request_audit_packet");
    case Permission::ApproveAuditPacket: return QStringLiteral("approve_audit_packet");
    case Permission::ManageUsers: return QStringLiteral("manage_users");
    case Permission::ViewAuditLogs: return QStringLiteral("view_audit_logs");
    case Permission::ExportData: return QStringLiteral("export_data");
    case Permission::ResolveEscalation: return QStringLiteral("resolve_escalation");
    case Permission::CreateOverride: return QStringLiteral("create_override");
    case Permission::CreateExecutiveOverride: return QStringLiteral("create_executive_override");
    case Permission::ManagePolicies: return QStringLiteral("manage_policies");
    case Permission::ManageApiKeys: return QStringLiteral("manage_api_keys");
    case Permission::ManageSettings: return QStringLiteral("manage_settings");
    case Permission::Decide: return QStringLiteral("decide");
    case Permission::ManageCompliance: return QStringLiteral("manage_compliance");
    }
    return {};
}

} // namespace Lexecon::Roles
