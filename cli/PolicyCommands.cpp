#include "Commands.h"

#include "Args.h"
#include "Output.h"
#include "auth/Principal.h"
#include "decision/DecisionService.h"
#include "policy/PolicyAnalyzer.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicyService.h"
#include "policy/PolicySimulator.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>

namespace Lexecon::Cli {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    if (path.isEmpty())
        return Error::invalid(QStringLiteral("file"), QStringLiteral("name the policy file"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("file"), QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

int load(Workspace &ws, const Args &args)
{
    auto bytes = readFile(args.positional(0));
    if (!bytes)
        return fail(bytes.error());
    auto version = ws.policies().load(*bytes, Principal::system(QStringLiteral("cli")));
    if (!version)
        return fail(version.error());
    printJson(version->toJson());
    return ExitOk;
}

int check(const Args &args)
{
    auto bytes = readFile(args.positional(0));
    if (!bytes)
        return fail(bytes.error());
    auto policy = PolicyLoader::load(*bytes);
    if (!policy)
        return fail(policy.error());
    const QList<PolicyFinding> findings = PolicyAnalyzer::check(*policy);
    QJsonArray list;
    int errors = 0, warnings = 0;
    for (const PolicyFinding &f : findings) {
        list.append(f.toJson());
        errors += f.severity == QLatin1String("error");
        warnings += f.severity == QLatin1String("warning");
    }
    printJson(QJsonObject{{QStringLiteral("hash"), policy->hash},
                          {QStringLiteral("errors"), errors},
                          {QStringLiteral("warnings"), warnings},
                          {QStringLiteral("findings"), list}});
    return errors + warnings > 0 ? ExitCheckFailed : ExitOk;
}

int simulate(Workspace &ws, const Args &args)
{
    auto bytes = readFile(args.positional(0));
    if (!bytes)
        return fail(bytes.error());
    int last = 1000;
    if (args.has(QStringLiteral("last"))) {
        bool ok = false;
        last = args.value(QStringLiteral("last")).toInt(&ok);
        if (!ok || last < 1 || last > 100000)
            return fail(Error::invalid(QStringLiteral("last"), QStringLiteral("--last must be a number from 1 to 100000")));
    }
    auto changes = ws.decisions().simulate(*bytes, last);
    if (!changes)
        return fail(changes.error());
    QJsonArray list;
    for (const SimulationChange &c : std::as_const(*changes))
        list.append(c.toJson());
    printJson(QJsonObject{{QStringLiteral("replayed_last"), last},
                          {QStringLiteral("changed"), int(list.size())},
                          {QStringLiteral("changes"), list}});
    return ExitOk;
}

} // namespace

int policyCheckCommand(const QStringList &words)
{
    auto args = Args::parse(words, {});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("policy check FILE"));
    return check(*args);
}

int policyCommand(Workspace &ws, const QStringList &words)
{
    const QString sub = words.value(0);
    auto args = Args::parse(words.mid(1), sub == QLatin1String("simulate") ? QSet<QString>{QStringLiteral("last")} : QSet<QString>{});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("policy takes: load FILE | check FILE | simulate FILE [--last N]"));
    if (sub == QLatin1String("load"))
        return load(ws, *args);
    if (sub == QLatin1String("check"))
        return check(*args);
    if (sub == QLatin1String("simulate"))
        return simulate(ws, *args);
    return usage(QStringLiteral("policy takes: load FILE | check FILE | simulate FILE [--last N]"));
}

} // namespace Lexecon::Cli
