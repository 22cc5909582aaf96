#include "CommandLine.h"

#include "Commands.h"
#include "Output.h"
#include "common/OffsetClock.h"
#include "workspace/Workspace.h"

#include <functional>
#include <map>

namespace Lexecon::Cli {

namespace {

const char kUsage[] =
    "usage: lexecon-cli [--data-dir DIR] COMMAND ...\n"
    "commands: init, policy load|check|simulate, decide, decision show, escalation list|claim|resolve,\n"
    "          override create, token verify, user add|list|mfa-*|passwd, auth check, ledger verify|entries, node key, serve, demo\n"
    "          apikey create|list|revoke, packet build|verify|request|approve|reject|list|show\n"
    "          compliance frameworks|status|gaps|set|soc2-map|oversight|techdoc|snapshot\n"
    "          retention status|run|holds|hold|release|verify, erase subject\n"
    "see docs/cli.md for every option";

} // namespace

int run(const QStringList &arguments)
{
    QStringList words = arguments;
    QString dataDir;
    // --data-dir is global and may come before the command.
    while (!words.isEmpty() && words.first().startsWith(QLatin1String("--data-dir"))) {
        const QString first = words.takeFirst();
        if (first.startsWith(QLatin1String("--data-dir="))) {
            dataDir = first.mid(11);
        } else if (!words.isEmpty()) {
            dataDir = words.takeFirst();
        } else {
            return usage(QStringLiteral("--data-dir needs a folder"));
        }
    }
    if (words.isEmpty())
        return usage(QString::fromLatin1(kUsage));
    // Asking for help is not an error: the usage goes to stdout and the exit code is 0.
    if (words.first() == QLatin1String("--help") || words.first() == QLatin1String("-h") || words.first() == QLatin1String("help")) {
        printLine(QByteArray(kUsage));
        return ExitOk;
    }

    using Handler = std::function<int(Workspace &, const QStringList &)>;
    static const std::map<QString, Handler> handlers = {
        {QStringLiteral("init"), initCommand},         {QStringLiteral("policy"), policyCommand},
        {QStringLiteral("decide"), decideCommand},     {QStringLiteral("decision"), decisionCommand},
        {QStringLiteral("escalation"), escalationCommand}, {QStringLiteral("override"), overrideCommand},
        {QStringLiteral("token"), tokenCommand},       {QStringLiteral("user"), userCommand},
        {QStringLiteral("ledger"), ledgerCommand},     {QStringLiteral("node"), nodeCommand},
        {QStringLiteral("apikey"), apiKeyCommand},
        {QStringLiteral("auth"), authCommand},
        {QStringLiteral("serve"), serveCommand},
        {QStringLiteral("compliance"), complianceCommand},
        {QStringLiteral("packet"), packetCommand},
        {QStringLiteral("retention"), retentionCommand},
        {QStringLiteral("erase"), eraseCommand},
    };
    const QString command = words.takeFirst();
    // Checking a proof needs only the node's public key: it works without any workspace.
    if (command == QLatin1String("ledger") && words.value(0) == QLatin1String("verify-proof"))
        return ledgerVerifyProofCommand(words.mid(1));
    // A packet is checked with nothing but the packet: no workspace is opened.
    if (command == QLatin1String("packet") && words.value(0) == QLatin1String("verify"))
        return packetVerifyCommand(words.mid(1));
    // Checking a policy file is static analysis: it works before any workspace exists.
    if (command == QLatin1String("policy") && words.value(0) == QLatin1String("check"))
        return policyCheckCommand(words.mid(1));
    const auto handler = handlers.find(command);
    if (handler == handlers.end() && command != QLatin1String("demo"))
        return usage(QStringLiteral("unknown command \"%1\"\n%2").arg(command, QString::fromLatin1(kUsage)));

    // init and demo make the workspace; everything else needs one.
    const bool create = command == QLatin1String("init") || command == QLatin1String("demo");
    // The demo replays a month of activity: its workspace starts 30 days in the past and the
    // generator walks the clock forward to now.
    const QString resolved = Workspace::resolveDataDir(dataDir);
    OffsetClock clock(command == QLatin1String("demo") && !Workspace::exists(resolved) ? -30LL * 24 * 3600 * 1000 : 0);
    auto workspace = Workspace::open(resolved, clock, create);
    if (!workspace)
        return fail(workspace.error());
    if (command == QLatin1String("demo"))
        return demoCommand(**workspace, clock, words);
    return handler->second(**workspace, words);
}

} // namespace Lexecon::Cli
