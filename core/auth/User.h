#pragma once

#include "Role.h"

#include <QJsonObject>
#include <QString>

namespace Lexecon {

// One row of table users, as UserService returns it.
struct User
{
    QString name;
    Role role = Role::Viewer;
    QString createdAt;
    QString createdBy; // ledger actor of who added the user ("system" for the first one at init)
    QString updatedAt;
    bool disabled = false;
    QString disabledAt;

    // {"name", "role", "created_at", "created_by", "disabled"}, as the CLI prints a user.
    QJsonObject toJson() const;
};

} // namespace Lexecon
