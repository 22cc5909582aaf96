#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Lexecon {

// What an act needs. The catalogue's six, plus what the workstation needs.
enum class Permission {
    ViewDashboard,
    RequestAuditPacket,
    ApproveAuditPacket,
    ManageUsers,
    ViewAuditLogs,
    ExportData,
    ResolveEscalation,
    CreateOverride,          // policy_exception, business_exception, human_review, technical_emergency
    CreateExecutiveOverride, // executive_override, emergency_bypass
    ManagePolicies,
    ManageApiKeys,
    ManageSettings,
    Decide, // submit decision requests (AI systems, the CLI's decide)
    ManageCompliance, // set a compliance control's status by hand (core/compliance)
};

enum class Role { Viewer, Auditor, ComplianceOfficer, Admin };

namespace Roles {
QString name(Role role);
std::optional<Role> fromName(const QString &name);
bool grants(Role role, Permission permission);
QString permissionName(Permission permission);
QList<Role> all();
} // namespace Roles

} // namespace Lexecon
