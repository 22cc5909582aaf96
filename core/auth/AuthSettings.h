#pragma once

#include "Role.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Lexecon {

class Database;

// The workspace settings that govern sign-in, read from table settings (the rows that
// WorkspaceSettings writes; auth lives below the workspace module, so it reads them itself).
// Change the first two with WorkspaceSettings::setValue; the roles that require MFA change only
// through MfaService::setRequiredForRole, which records "mfa_required_changed".
class AuthSettings
{
public:
    static QString passwordMaxAgeDaysKey()
    {
        return QStringLiteral("auth.password_max_age_days");
    }                                                                                          // default 90, 0 = never
    static QString idleLockMinutesKey() { return QStringLiteral("auth.idle_lock_minutes"); }   // default 15, 0 = never
    static QString mfaRequiredRolesKey() { return QStringLiteral("auth.mfa_required_roles"); } // "admin,auditor"

    static constexpr int DefaultPasswordMaxAgeDays = 90;
    static constexpr int DefaultIdleLockMinutes = 15;

    explicit AuthSettings(std::shared_ptr<Database> db);

    int passwordMaxAgeDays() const;
    qint64 passwordMaxAgeMs() const; // 0 = passwords do not expire
    int idleLockMinutes() const;
    qint64 idleLockMs() const; // for SessionGuard; 0 = never locks
    QSet<Role> mfaRequiredRoles() const;
    bool mfaRequiredFor(Role role) const { return mfaRequiredRoles().contains(role); }

    static QString read(QSqlDatabase &conn, const QString &key, const QString &fallback);
    static QSet<Role> parseRoles(const QString &value);
    static QString formatRoles(const QSet<Role> &roles); // sorted, comma-separated

private:
    int readInt(const QString &key, int fallback) const;

    std::shared_ptr<Database> m_db;
};

} // namespace Lexecon
