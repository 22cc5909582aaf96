#include "ActingUser.h"

#include "auth/UserService.h"
#include "workspace/Workspace.h"

namespace Lexecon::Cli {

Result<Principal> actingUser(Workspace &ws, const Args &args)
{
    const QString name = args.value(QStringLiteral("by"));
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("by"), QStringLiteral("--by USER is required: say which user acts"));
    return ws.users().principalFor(name);
}

} // namespace Lexecon::Cli
