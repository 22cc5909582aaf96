#include "Commands.h"

#include "Args.h"
#include "Output.h"
#include "escalation/SlaMonitor.h"
#include "intake/HttpIntake.h"
#include "ledger/CheckpointService.h"
#include "observability/JsonLog.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Lexecon::Cli {

namespace {

int g_signalPipe[2] = {-1, -1};

// Async-signal-safe: the event loop reads the pipe and quits.
void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

Result<IntakeOptions> options(const Args &args)
{
    IntakeOptions options;
    if (args.has(QStringLiteral("listen"))) {
        if (auto parsed = IntakeOptions::parseListen(args.value(QStringLiteral("listen")), &options); !parsed)
            return parsed.error();
    }
    options.tlsCertFile = args.value(QStringLiteral("tls-cert"));
    options.tlsKeyFile = args.value(QStringLiteral("tls-key"));
    options.insecureLan = args.has(QStringLiteral("insecure-lan"));
    if (auto valid = options.validate(); !valid)
        return valid.error();
    return options;
}

} // namespace

int serveCommand(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words,
                            {QStringLiteral("listen"), QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
                             QStringLiteral("log-level")},
                            {QStringLiteral("insecure-lan")});
    if (!args)
        return fail(args.error());
    if (!args->positionals().isEmpty())
        return usage(QStringLiteral("serve takes [--listen HOST:PORT] [--tls-cert F --tls-key F] [--insecure-lan] "
                                    "[--log-level debug|info|warning|error]"));
    JsonLog::Level level = JsonLog::Level::Info;
    if (args->has(QStringLiteral("log-level")) && !JsonLog::parseLevel(args->value(QStringLiteral("log-level")), &level))
        return fail(Error::invalid(QStringLiteral("log-level"),
                                   QStringLiteral("--log-level must be debug, info, warning or error")));
    auto intakeOptions = options(*args);
    if (!intakeOptions)
        return fail(intakeOptions.error());

    if (::pipe(g_signalPipe) != 0)
        return fail(Error::internal(QStringLiteral("cannot set up signal handling")));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGPIPE, SIG_IGN); // a client that hangs up must not end the server
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, [] { QCoreApplication::quit(); });

    JsonLog log(stderr, level);
    HttpIntake intake(ws, &log);
    if (auto started = intake.start(*intakeOptions); !started)
        return fail(started.error());
    // What the desktop would run beside it: SLA sweeps and timed checkpoints.
    ws.slaMonitor().start();
    ws.checkpoints().start();
    // One compact line, so a script can wait for it with a line read.
    printLine(QJsonDocument(QJsonObject{{QStringLiteral("listening"), intake.address()}}).toJson(QJsonDocument::Compact));
    std::fflush(stdout);

    QCoreApplication::exec();

    log.write(JsonLog::Level::Info, QStringLiteral("shutting down"), {{QStringLiteral("address"), intake.address()}});
    ws.checkpoints().stop();
    ws.slaMonitor().stop();
    intake.stop();
    return ExitOk;
}

} // namespace Lexecon::Cli
