#include "AuthSettings.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <algorithm>

namespace Lexecon {

AuthSettings::AuthSettings(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

QString AuthSettings::read(QSqlDatabase &conn, const QString &key, const QString &fallback)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!q || !q->next())
        return fallback;
    return q->value(0).toString();
}

int AuthSettings::readInt(const QString &key, int fallback) const
{
    QSqlDatabase conn = m_db->connection();
    bool ok = false;
    const int value = read(conn, key, QString()).trimmed().toInt(&ok);
    // A value that is not a number, or negative, falls back to the default: fail closed.
    return ok && value >= 0 ? value : fallback;
}

int AuthSettings::passwordMaxAgeDays() const
{
    return readInt(passwordMaxAgeDaysKey(), DefaultPasswordMaxAgeDays);
}

qint64 AuthSettings::passwordMaxAgeMs() const
{
    return qint64(passwordMaxAgeDays()) * 24 * 3600 * 1000;
}

int AuthSettings::idleLockMinutes() const
{
    return readInt(idleLockMinutesKey(), DefaultIdleLockMinutes);
}

qint64 AuthSettings::idleLockMs() const
{
    return qint64(idleLockMinutes()) * 60 * 1000;
}

QSet<Role> AuthSettings::mfaRequiredRoles() const
{
    QSqlDatabase conn = m_db->connection();
    return parseRoles(read(conn, mfaRequiredRolesKey(), QString()));
}

QSet<Role> AuthSettings::parseRoles(const QString &value)
{
    QSet<Role> roles;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto role = Roles::fromName(part.trimmed()))
            roles.insert(*role);
    return roles;
}

QString AuthSettings::formatRoles(const QSet<Role> &roles)
{
    QStringList names;
    for (Role role : Roles::all())
        if (roles.contains(role))
            names << Roles::name(role);
    return names.join(QLatin1Char(','));
}

} // namespace Lexecon
