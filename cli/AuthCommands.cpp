#include "Commands.h"

#include "Args.h"
#include "Output.h"
#include "PasswordFile.h"
#include "auth/AuthService.h"
#include "workspace/Workspace.h"

namespace Lexecon::Cli {

namespace {

const QString checkUsage = QStringLiteral("auth check NAME --password-file F [--totp CODE | --backup-code C]");

// `auth check`: one sign-in attempt with every rule of a real one (lockout, expiry, MFA), so
// scripts and tests can drive them. Exit 0 signed in, 1 refused (the JSON says why), 2 usage.
int check(Workspace &ws, const QStringList &words)
{
    auto args =
        Args::parse(words, {QStringLiteral("password-file"), QStringLiteral("totp"), QStringLiteral("backup-code")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(checkUsage);
    if (args->has(QStringLiteral("totp")) && args->has(QStringLiteral("backup-code")))
        return usage(QStringLiteral("give either --totp or --backup-code, not both\n") + checkUsage);
    auto password = readPasswordFile(*args, QStringLiteral("password-file"));
    if (!password)
        return fail(password.error());
    SecondFactor factor;
    if (args->has(QStringLiteral("totp")))
        factor = SecondFactor::totp(args->value(QStringLiteral("totp")));
    else if (args->has(QStringLiteral("backup-code")))
        factor = SecondFactor::backupCode(args->value(QStringLiteral("backup-code")));
    const SignInResult result = ws.auth().signIn(args->positional(0), *password, factor);
    printJson(result.toJson());
    return result.signedIn() ? ExitOk : ExitCheckFailed;
}

} // namespace

int authCommand(Workspace &ws, const QStringList &words)
{
    if (words.value(0) == QLatin1String("check"))
        return check(ws, words.mid(1));
    return usage(QStringLiteral("auth takes: ") + checkUsage);
}

} // namespace Lexecon::Cli
