#include "Commands.h"

#include "ActingUser.h"
#include "Args.h"
#include "Output.h"
#include "PasswordFile.h"
#include "auth/AuthService.h"
#include "auth/MfaService.h"
#include "auth/PasswordPolicy.h"
#include "auth/UserService.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

namespace Lexecon::Cli {

namespace {

int add(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("role"), QStringLiteral("by"), QStringLiteral("password-file")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("user add NAME --role viewer|auditor|compliance_officer|admin [--password-file F] "
                                    "[--by ADMIN]"));
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
    // The password is checked against the policy before the user exists, so a weak one leaves
    // nothing behind.
    QString password;
    if (args->has(QStringLiteral("password-file"))) {
        auto read = readPasswordFile(*args, QStringLiteral("password-file"));
        if (!read)
            return fail(read.error());
        password = *read;
        if (auto ok = PasswordPolicy::check(password, args->positional(0)); !ok)
            return fail(ok.error());
    }
    auto user = ws.users().add(args->positional(0), *role, by);
    if (!user)
        return fail(user.error());
    QJsonObject out = user->toJson();
    if (!password.isEmpty()) {
        // The new user's first password: set by whoever added them (the CLI itself for the first admin).
        if (auto set = ws.auth().setPassword(user->name, password, by); !set)
            return fail(set.error());
    }
    out.insert(QStringLiteral("password_set"), !password.isEmpty());
    printJson(out);
    return ExitOk;
}

// The principal for MFA administration: --by ADMIN when given, else the CLI itself (whoever
// holds the data dir and its secret).
Result<Principal> byOrCli(Workspace &ws, const Args &args)
{
    if (args.has(QStringLiteral("by")))
        return actingUser(ws, args);
    return Principal::system(QStringLiteral("cli"));
}

int mfaEnroll(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("by")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("user mfa-enroll NAME [--by ADMIN]"));
    auto by = byOrCli(ws, *args);
    if (!by)
        return fail(by.error());
    auto enrolment = ws.mfa().beginEnrolment(args->positional(0), *by);
    if (!enrolment)
        return fail(enrolment.error());
    printJson(enrolment->toJson());
    return ExitOk;
}

int mfaConfirm(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("totp")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("user mfa-confirm NAME --totp CODE"));
    auto code = args->required(QStringLiteral("totp"));
    if (!code)
        return fail(code.error());
    if (auto confirmed = ws.mfa().confirmEnrolment(args->positional(0), *code); !confirmed)
        return fail(confirmed.error());
    printJson({{QStringLiteral("user"), args->positional(0)}, {QStringLiteral("mfa"), QStringLiteral("enabled")}});
    return ExitOk;
}

int mfaDisable(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("password-file"), QStringLiteral("totp")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("user mfa-disable NAME --password-file F --totp CODE"));
    auto password = readPasswordFile(*args, QStringLiteral("password-file"));
    if (!password)
        return fail(password.error());
    auto code = args->required(QStringLiteral("totp"));
    if (!code)
        return fail(code.error());
    if (auto disabled = ws.mfa().disable(args->positional(0), *password, *code); !disabled)
        return fail(disabled.error());
    printJson({{QStringLiteral("user"), args->positional(0)}, {QStringLiteral("mfa"), QStringLiteral("disabled")}});
    return ExitOk;
}

int mfaReset(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("by")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("user mfa-reset NAME --by ADMIN"));
    auto by = actingUser(ws, *args);
    if (!by)
        return fail(by.error());
    if (auto reset = ws.mfa().reset(args->positional(0), *by); !reset)
        return fail(reset.error());
    printJson({{QStringLiteral("user"), args->positional(0)}, {QStringLiteral("mfa"), QStringLiteral("reset")}});
    return ExitOk;
}

// user passwd NAME --password-file CURRENT --new-password-file NEW [--totp CODE | --backup-code C]
//                                                                    (the user's own change)
// user passwd NAME --new-password-file NEW --by ADMIN                (an admin sets it)
int passwd(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("password-file"), QStringLiteral("new-password-file"),
                                    QStringLiteral("by"), QStringLiteral("totp"), QStringLiteral("backup-code")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1
        || args->has(QStringLiteral("password-file")) == args->has(QStringLiteral("by"))
        || (args->has(QStringLiteral("totp")) && args->has(QStringLiteral("backup-code"))))
        return usage(QStringLiteral("user passwd NAME --password-file CURRENT --new-password-file NEW "
                                    "[--totp CODE | --backup-code C]\n"
                                    "       user passwd NAME --new-password-file NEW --by ADMIN"));
    auto next = readPasswordFile(*args, QStringLiteral("new-password-file"));
    if (!next)
        return fail(next.error());
    Result<void> changed;
    if (args->has(QStringLiteral("by"))) {
        auto by = actingUser(ws, *args);
        if (!by)
            return fail(by.error());
        changed = ws.auth().setPassword(args->positional(0), *next, *by);
    } else {
        auto current = readPasswordFile(*args, QStringLiteral("password-file"));
        if (!current)
            return fail(current.error());
        SecondFactor factor;
        if (args->has(QStringLiteral("totp")))
            factor = SecondFactor::totp(args->value(QStringLiteral("totp")));
        else if (args->has(QStringLiteral("backup-code")))
            factor = SecondFactor::backupCode(args->value(QStringLiteral("backup-code")));
        changed = ws.auth().changePassword(args->positional(0), *current, *next, factor);
    }
    if (!changed)
        return fail(changed.error());
    printJson({{QStringLiteral("user"), args->positional(0)}, {QStringLiteral("password_changed"), true}});
    return ExitOk;
}

int mfaRequire(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("by")}, {QStringLiteral("off")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("user mfa-require ROLE --by ADMIN [--off]"));
    const auto role = Roles::fromName(args->positional(0));
    if (!role)
        return fail(Error::invalid(QStringLiteral("role"),
                                   QStringLiteral("unknown role \"%1\"; the roles are viewer, auditor, "
                                                  "compliance_officer and admin")
                                       .arg(args->positional(0))));
    auto by = actingUser(ws, *args);
    if (!by)
        return fail(by.error());
    if (auto set = ws.mfa().setRequiredForRole(*role, !args->has(QStringLiteral("off")), *by); !set)
        return fail(set.error());
    QJsonArray roles;
    for (Role r : Roles::all())
        if (ws.mfa().requiredRoles().contains(r))
            roles.append(Roles::name(r));
    printJson(QJsonObject{{QStringLiteral("mfa_required_roles"), roles}});
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
    if (sub == QLatin1String("mfa-enroll"))
        return mfaEnroll(ws, words.mid(1));
    if (sub == QLatin1String("mfa-confirm"))
        return mfaConfirm(ws, words.mid(1));
    if (sub == QLatin1String("mfa-disable"))
        return mfaDisable(ws, words.mid(1));
    if (sub == QLatin1String("mfa-reset"))
        return mfaReset(ws, words.mid(1));
    if (sub == QLatin1String("mfa-require"))
        return mfaRequire(ws, words.mid(1));
    if (sub == QLatin1String("passwd"))
        return passwd(ws, words.mid(1));
    return usage(QStringLiteral("user takes: add NAME --role R [--password-file F] [--by ADMIN] | list | "
                                "mfa-enroll NAME | mfa-confirm NAME --totp CODE | mfa-disable NAME --password-file F "
                                "--totp CODE | mfa-reset NAME --by ADMIN | mfa-require ROLE --by ADMIN [--off] | "
                                "passwd NAME ..."));
}

} // namespace Lexecon::Cli
