#include "UserService.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QRegularExpression>

namespace Lexecon {

namespace {

const QString columns = QStringLiteral("name, role, created_at, created_by, updated_at, disabled, disabled_at");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.name = q.value(0).toString();
    u.role = Roles::fromName(q.value(1).toString()).value_or(Role::Viewer);
    u.createdAt = q.value(2).toString();
    u.createdBy = q.value(3).toString();
    u.updatedAt = q.value(4).toString();
    u.disabled = q.value(5).toInt() != 0;
    u.disabledAt = q.value(6).toString();
    return u;
}

Error noSuchUser(const QString &name)
{
    return Error::notFound(
        QStringLiteral("no user named %1; add one with `lexecon-cli user add %1 --role ...`").arg(name));
}

// Enabled admins other than the named user: the guard against locking every admin out.
Result<int> otherActiveAdmins(QSqlDatabase &conn, const QString &nameKey)
{
    auto q = Sql::exec(
        conn, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'admin' AND disabled = 0 AND name_key <> ?"),
        {nameKey});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace

UserService::UserService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock)
    : m_db(std::move(db))
    , m_ledger(ledger)
    , m_clock(clock)
{
}

Result<void> UserService::validateName(const QString &name)
{
    static const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._@-]{1,64}")));
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("name"),
                              QStringLiteral("name is empty; send a user name of 1 to 64 characters"));
    if (name.size() > 64)
        return Error::invalid(QStringLiteral("name"),
                              QStringLiteral("name is %1 characters long; send at most 64").arg(name.size()));
    if (!allowed.match(name).hasMatch())
        return Error::invalid(
            QStringLiteral("name"),
            QStringLiteral("name \"%1\" may hold only letters A-Z and a-z, digits, '.', '_', '@' and '-' "
                           "(no spaces)")
                .arg(name));
    return {};
}

Result<User> UserService::readUser(QSqlDatabase &conn, const QString &name)
{
    auto q = Sql::exec(conn, QStringLiteral("SELECT %1 FROM users WHERE name_key = ?").arg(columns), {name.toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return noSuchUser(name);
    return userFrom(*q);
}

Result<User> UserService::add(const QString &name, Role role, const Principal &by)
{
    if (auto valid = validateName(name); !valid)
        return valid.error();
    const bool mayManage = by.can(Permission::ManageUsers);
    const QString now = Timestamp::format(m_clock.nowMs());
    User user;
    user.name = name;
    user.role = role;
    user.createdAt = now;
    user.createdBy = by.ledgerActor();
    user.updatedAt = now;

    // Whether this is the first user is decided inside the transaction, so two concurrent
    // "first" adds cannot both skip the permission check.
    LedgerAppend append;
    append.type = QStringLiteral("user_created");
    append.actor = by.ledgerActor();
    append.payload = {{QStringLiteral("name"), name}, {QStringLiteral("role"), Roles::name(role)}};
    append.alsoWrite = [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
        auto existing =
            Sql::exec(conn, QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN name_key = ? THEN 1 ELSE 0 END) FROM users"),
                      {name.toLower()});
        if (!existing)
            return existing.error();
        existing->next();
        const int users = existing->value(0).toInt();
        const bool taken = existing->value(1).toInt() > 0;
        existing->finish();
        if (users == 0 && role != Role::Admin)
            return Error::invalid(
                QStringLiteral("role"),
                QStringLiteral("the first user of a workspace must be an admin; add %1 with --role admin").arg(name));
        if (users > 0 && !mayManage)
            return by.require(Permission::ManageUsers);
        if (taken)
            return Error::conflict(
                QStringLiteral("a user named %1 already exists (names are compared without case)").arg(name));
        return Sql::execOne(
            conn,
            QStringLiteral("INSERT INTO users (name, name_key, role, created_at, created_by, updated_at, disabled) "
                           "VALUES (?, ?, ?, ?, ?, ?, 0)"),
            {name, name.toLower(), Roles::name(role), now, user.createdBy, now});
    };
    auto entry = m_ledger.append(append);
    if (!entry)
        return entry.error();
    return user;
}

Result<User> UserService::find(const QString &name) const
{
    QSqlDatabase conn = m_db->connection();
    return readUser(conn, name);
}

Result<Principal> UserService::principalFor(const QString &name) const
{
    auto user = find(name);
    if (!user)
        return user.error();
    if (user->disabled)
        return Error::forbidden(
            QStringLiteral("user %1 is disabled; an admin can enable the account again").arg(user->name));
    return Principal::user(user->name, user->role);
}

Result<QList<User>> UserService::list() const
{
    QSqlDatabase conn = m_db->connection();
    return Sql::selectAll(conn, QStringLiteral("SELECT %1 FROM users ORDER BY name_key").arg(columns), {}, userFrom);
}

Result<int> UserService::count() const
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<User> UserService::setRole(const QString &name, Role role, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    User updated;
    LedgerAppend append;
    append.type = QStringLiteral("user_role_changed");
    append.actor = by.ledgerActor();
    Result<User> before = find(name);
    if (!before)
        return before.error();
    if (before->role == role)
        return Error::conflict(QStringLiteral("user %1 already has the role %2").arg(before->name, Roles::name(role)));
    append.payload = {{QStringLiteral("name"), before->name},
                      {QStringLiteral("from"), Roles::name(before->role)},
                      {QStringLiteral("role"), Roles::name(role)}};
    const QString now = Timestamp::format(m_clock.nowMs());
    append.alsoWrite = [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
        auto current = readUser(conn, name);
        if (!current)
            return current.error();
        if (current->role != before->role) // changed by someone else since we read it
            return Error::conflict(
                QStringLiteral("user %1's role changed meanwhile; reload and try again").arg(current->name));
        if (current->role == Role::Admin && role != Role::Admin && !current->disabled) {
            auto others = otherActiveAdmins(conn, name.toLower());
            if (!others)
                return others.error();
            if (*others == 0)
                return Error::conflict(
                    QStringLiteral("%1 is the last enabled admin; make another user admin first").arg(current->name));
        }
        if (auto r = Sql::execOne(conn, QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE name_key = ?"),
                                  {Roles::name(role), now, name.toLower()});
            !r)
            return r;
        updated = *current;
        updated.role = role;
        updated.updatedAt = now;
        return {};
    };
    auto entry = m_ledger.append(append);
    if (!entry)
        return entry.error();
    return updated;
}

Result<User> UserService::disable(const QString &name, const Principal &by)
{
    return setDisabled(name, true, by);
}

Result<User> UserService::enable(const QString &name, const Principal &by)
{
    return setDisabled(name, false, by);
}

Result<User> UserService::setDisabled(const QString &name, bool disabled, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageUsers); !allowed)
        return allowed.error();
    Result<User> before = find(name);
    if (!before)
        return before.error();
    if (before->disabled == disabled)
        return Error::conflict(
            QStringLiteral("user %1 is already %2")
                .arg(before->name, disabled ? QStringLiteral("disabled") : QStringLiteral("enabled")));
    User updated;
    const QString now = Timestamp::format(m_clock.nowMs());
    LedgerAppend append;
    append.type = disabled ? QStringLiteral("user_disabled") : QStringLiteral("user_enabled");
    append.actor = by.ledgerActor();
    append.payload = {{QStringLiteral("name"), before->name}};
    append.alsoWrite = [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
        auto current = readUser(conn, name);
        if (!current)
            return current.error();
        if (current->disabled == disabled)
            return Error::conflict(
                QStringLiteral("user %1 changed meanwhile; reload and try again").arg(current->name));
        if (disabled && current->role == Role::Admin) {
            auto others = otherActiveAdmins(conn, name.toLower());
            if (!others)
                return others.error();
            if (*others == 0)
                return Error::conflict(
                    QStringLiteral("%1 is the last enabled admin and cannot be disabled; make another user admin first")
                        .arg(current->name));
        }
        if (auto r = Sql::execOne(
                conn,
                QStringLiteral("UPDATE users SET disabled = ?, disabled_at = ?, disabled_by = ?, updated_at = ? "
                               "WHERE name_key = ?"),
                {disabled ? 1 : 0, disabled ? QVariant(now) : QVariant(),
                 disabled ? QVariant(by.ledgerActor()) : QVariant(), now, name.toLower()});
            !r)
            return r;
        updated = *current;
        updated.disabled = disabled;
        updated.disabledAt = disabled ? now : QString();
        updated.updatedAt = now;
        return {};
    };
    auto entry = m_ledger.append(append);
    if (!entry)
        return entry.error();
    return updated;
}

} // namespace Lexecon
