#include "Commands.h"

#include "Args.h"
#include "DemoGenerator.h"
#include "Output.h"
#include "workspace/Workspace.h"

namespace Lexecon::Cli {

int demoCommand(Workspace &ws, OffsetClock &clock, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("decisions")});
    if (!args)
        return fail(args.error());
    int decisions = 400;
    if (args->has(QStringLiteral("decisions"))) {
        bool ok = false;
        decisions = args->value(QStringLiteral("decisions")).toInt(&ok);
        if (!ok || decisions < 1 || decisions > 1000000)
            return fail(Error::invalid(QStringLiteral("decisions"), QStringLiteral("--decisions must be a number from 1 to 1000000")));
    }
    auto summary = DemoGenerator(ws, clock).run(decisions);
    if (!summary)
        return fail(summary.error());
    QJsonObject out = *summary;
    out.insert(QStringLiteral("data_dir"), ws.dataDir());
    printJson(out);
    return ExitOk;
}

} // namespace Lexecon::Cli
