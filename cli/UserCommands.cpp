#include "Commands.h"

#include "ActingUser.h"
#include "Args.h"
#include "Output.h"
#include "auth/UserService.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

namespace Lexecon::Cli {

namespace {

int add(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("role"), QStringLiteral("by")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("user add NAME --role viewer|auditor|compliance_officer|admin [--by ADMIN]"));
    auto roleName = args->required(QStringLiteral("role"));
    if (!roleName)
        return fail(roleName.error());
    const auto role = Roles::fromName(*roleName);
    if (!role)
        return fail(Error::invalid(QStringLiteral("role"), QStringLiteral("unknown role \"%1\"; the roles are viewer, auditor, "
                                                                          "compliance_officer and admin")
                                                               .arg(*roleName)));
    // The very first user needs nobody's permission (UserService lets it through, as an admin).
    Principal by = Principal::system(QStringLiteral("cli"));
    if (args->has(QStringLiteral("by"))) {
        auto acting = actingUser(ws, *args);
        if (!acting)
            return fail(acting.error());
        by = *acting;
    }
    auto user = ws.users().add(args->positional(0), *role, by);
    if (!user)
        return fail(user.error());
    printJson(user->toJson());
    return ExitOk;
}

int list(Workspace &ws)
{
    auto users = ws.users().list();
    if (!users)
        return fail(users.error());
    QJsonArray out;
    for (const User &u : std::as_const(*users))
        out.append(u.toJson());
    printJson(out);
    return ExitOk;
}

} // namespace

int userCommand(Workspace &ws, const QStringList &words)
{
    const QString sub = words.value(0);
    if (sub == QLatin1String("add"))
        return add(ws, words.mid(1));
    if (sub == QLatin1String("list") && words.size() == 1)
        return list(ws);
    return usage(QStringLiteral("user takes: add NAME --role R [--by ADMIN] | list"));
}

} // namespace Lexecon::Cli
