#include "Commands.h"

#include "ActingUser.h"
#include "Args.h"
#include "Output.h"
#include "crypto/NodeIdentity.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerStore.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

namespace Lexecon::Cli {

int initCommand(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("name")});
    if (!args)
        return fail(args.error());
    if (!args->positionals().isEmpty())
        return usage(QStringLiteral("init takes only [--name NAME]"));
    if (args->has(QStringLiteral("name"))) {
        const QString name = args->value(QStringLiteral("name")).trimmed();
        if (name.isEmpty() || name.size() > 200)
            return fail(Error::invalid(QStringLiteral("name"), QStringLiteral("--name must be 1 to 200 characters")));
        if (auto set = ws.settings().setValue(QStringLiteral("workspace.name"), name, Principal::system()); !set)
            return fail(set.error());
    }
    const auto size = LedgerStore(ws.database()).size();
    printJson(QJsonObject{{QStringLiteral("data_dir"), ws.dataDir()},
                          {QStringLiteral("name"), ws.settings().value(QStringLiteral("workspace.name"))},
                          {QStringLiteral("node_id"), ws.nodeId()},
                          {QStringLiteral("fingerprint"), ws.node().fingerprint()},
                          {QStringLiteral("ledger_size"), size ? *size : 0}});
    return ExitOk;
}

int nodeCommand(Workspace &ws, const QStringList &words)
{
    if (words != QStringList{QStringLiteral("key")})
        return usage(QStringLiteral("node takes: key"));
    // The verifier key names the checkpoint origin, which a workspace may configure.
    QJsonObject info = ws.node().keyInfo(ws.checkpoints().origin());
    info.insert(QStringLiteral("node_id"), ws.nodeId());
    info.insert(QStringLiteral("origin"), ws.checkpoints().origin());
    printJson(info);
    return ExitOk;
}

} // namespace Lexecon::Cli
