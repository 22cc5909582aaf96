#pragma once

#include "Principal.h"
#include "Role.h"
#include "User.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;

// The workstation's users. Every change is one ledger entry written in the same transaction
// as the row (user_created, user_role_changed, user_disabled, user_enabled).
// Rules: managing users needs Permission::ManageUsers, except that the very first user may be
// added by anyone (init) and must then be an admin; the last enabled admin cannot be demoted
// or disabled, so a workspace never locks itself out.
class UserService
{
public:
    UserService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock);

    Result<User> add(const QString &name, Role role, const Principal &by);
    Result<User> find(const QString &name) const;
    // The principal a signed-in user acts as; disabled users are refused.
    Result<Principal> principalFor(const QString &name) const;
    Result<QList<User>> list() const;
    Result<User> setRole(const QString &name, Role role, const Principal &by);
    Result<User> disable(const QString &name, const Principal &by);
    Result<User> enable(const QString &name, const Principal &by);
    Result<int> count() const;

    // 1-64 characters of [A-Za-z0-9._@-]; an error names field "name".
    static Result<void> validateName(const QString &name);

private:
    Result<User> setDisabled(const QString &name, bool disabled, const Principal &by);
    static Result<User> readUser(QSqlDatabase &conn, const QString &name);

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
};

} // namespace Lexecon
