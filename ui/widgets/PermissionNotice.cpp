#include "PermissionNotice.h"

namespace Lexecon::Ui {

QString PermissionNotice::refusal(const std::optional<Principal> &user, Permission permission, const QString &act)
{
    const QString needed = Roles::permissionName(permission);
    if (!user)
        return tr("Nobody is signed in: to %1 sign in as a user with the %2 permission.").arg(act, needed);
    if (user->can(permission))
        return {};
    return tr("%1 (%2) may not %3: that needs the %4 permission. Ask an administrator.")
        .arg(user->name(), Roles::name(user->role()), act, needed);
}

} // namespace Lexecon::Ui
