#include "Commands.h"

#include "Args.h"
#include "Output.h"
#include "common/Clock.h"
#include "crypto/NodeIdentity.h"
#include "policy/PolicyService.h"
#include "token/TokenStore.h"
#include "token/TokenVerifier.h"
#include "workspace/Workspace.h"

namespace Lexecon::Cli {

int tokenCommand(Workspace &ws, const QStringList &words)
{
    if (words.value(0) != QLatin1String("verify"))
        return usage(QStringLiteral("token takes: verify TOKEN --action A [--tool T]"));
    auto args = Args::parse(words.mid(1), {QStringLiteral("action"), QStringLiteral("tool")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("token verify TOKEN --action A [--tool T]"));
    auto action = args->required(QStringLiteral("action"));
    if (!action)
        return fail(action.error());
    const auto active = ws.policies().activeInfo();
    const TokenVerdict verdict = TokenVerifier(ws.node(), ws.tokens())
                                     .verify(args->positional(0), *action, args->value(QStringLiteral("tool")),
                                             active ? active->hash : QString(), ws.clock().nowMs());
    printJson(QJsonObject{{QStringLiteral("valid"), verdict.valid},
                          {QStringLiteral("code"), verdict.code},
                          {QStringLiteral("reason"), verdict.reason},
                          {QStringLiteral("claims"), verdict.claims}});
    return verdict.valid ? ExitOk : ExitCheckFailed;
}

} // namespace Lexecon::Cli
