#include "Commands.h"

#include "ActingUser.h"
#include "Args.h"
#include "Output.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "retention/RetentionService.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

#include <memory>

namespace Lexecon::Cli {

namespace {

const char kUsage[] = "retention status | run --by USER [--batch N] | holds [--all] |\n"
                      "  hold (--decision ID | --subject S | --from TS --to TS) --reason TEXT --by USER |\n"
                      "  release HOLD_ID --reason TEXT --by USER | verify DECISION_ID";

std::unique_ptr<RetentionService> serviceFor(Workspace &ws)
{
    return std::make_unique<RetentionService>(ws.database(), ws.ledger(), ws.clock(), ws.evidence());
}

int run(Workspace &ws, RetentionService &retention, const Args &args)
{
    auto by = actingUser(ws, args);
    if (!by)
        return fail(by.error());
    if (args.has(QStringLiteral("batch"))) {
        bool ok = false;
        const int n = args.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || n < 1)
            return fail(Error::invalid(QStringLiteral("batch"),
                                       QStringLiteral("--batch must be a whole number of at least 1.")));
        retention.setBatchSize(n);
    }
    auto report = retention.runRetention(*by, ws.clock().nowMs());
    if (!report)
        return fail(report.error());
    printJson(report->toJson());
    return ExitOk;
}

int hold(Workspace &ws, RetentionService &retention, const Args &args)
{
    LegalHold terms;
    const int scopes = int(args.has(QStringLiteral("decision"))) + int(args.has(QStringLiteral("subject"))) +
                       int(args.has(QStringLiteral("from")) || args.has(QStringLiteral("to")));
    if (scopes != 1)
        return usage(
            QStringLiteral("retention hold needs exactly one scope: --decision ID, --subject S, or --from TS --to TS"));
    if (args.has(QStringLiteral("decision"))) {
        terms.scope = LegalHold::Scope::Decision;
        terms.decisionId = args.value(QStringLiteral("decision"));
    } else if (args.has(QStringLiteral("subject"))) {
        terms.scope = LegalHold::Scope::Subject;
        terms.subject = args.value(QStringLiteral("subject"));
    } else {
        terms.scope = LegalHold::Scope::DateRange;
        const auto from = Timestamp::parse(args.value(QStringLiteral("from")));
        const auto to = Timestamp::parse(args.value(QStringLiteral("to")));
        if (!from || !to)
            return fail(
                Error::invalid(QStringLiteral("from"), QStringLiteral("--from and --to must both be RFC 3339 times "
                                                                      "such as 2026-11-01T00:00:00Z.")));
        terms.fromMs = *from;
        terms.toMs = *to;
    }
    auto reason = args.required(QStringLiteral("reason"));
    if (!reason)
        return fail(reason.error());
    terms.reason = *reason;
    auto by = actingUser(ws, args);
    if (!by)
        return fail(by.error());
    auto placed = retention.holds().place(terms, *by);
    if (!placed)
        return fail(placed.error());
    printJson(placed->toJson());
    return ExitOk;
}

int release(Workspace &ws, RetentionService &retention, const Args &args)
{
    if (args.positionals().size() != 2)
        return usage(QStringLiteral("retention release HOLD_ID --reason TEXT --by USER"));
    auto reason = args.required(QStringLiteral("reason"));
    if (!reason)
        return fail(reason.error());
    auto by = actingUser(ws, args);
    if (!by)
        return fail(by.error());
    auto released = retention.holds().release(args.positional(1), *reason, *by);
    if (!released)
        return fail(released.error());
    printJson(released->toJson());
    return ExitOk;
}

} // namespace

int retentionCommand(Workspace &ws, const QStringList &words)
{
    auto args =
        Args::parse(words,
                    {QStringLiteral("by"), QStringLiteral("batch"), QStringLiteral("decision"),
                     QStringLiteral("subject"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("reason")},
                    {QStringLiteral("all")});
    if (!args)
        return fail(args.error());
    const QString sub = args->positional(0);
    auto retention = serviceFor(ws);
    if (sub == QLatin1String("status")) {
        auto report = retention->status();
        if (!report)
            return fail(report.error());
        printJson(report->toJson());
        return ExitOk;
    }
    if (sub == QLatin1String("run"))
        return run(ws, *retention, *args);
    if (sub == QLatin1String("hold"))
        return hold(ws, *retention, *args);
    if (sub == QLatin1String("release"))
        return release(ws, *retention, *args);
    if (sub == QLatin1String("holds")) {
        auto holds = retention->holds().list(args->has(QStringLiteral("all")));
        if (!holds)
            return fail(holds.error());
        QJsonArray out;
        for (const LegalHold &h : std::as_const(*holds))
            out.append(h.toJson());
        printJson(out);
        return ExitOk;
    }
    if (sub == QLatin1String("verify") && args->positionals().size() == 2) {
        auto check = retention->verifyCommitments(args->positional(1));
        if (!check)
            return fail(check.error());
        printJson(check->toJson());
        return check->ok ? ExitOk : ExitCheckFailed;
    }
    return usage(QString::fromLatin1(kUsage));
}

int eraseCommand(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("by")});
    if (!args)
        return fail(args.error());
    if (args->positional(0) != QLatin1String("subject") || args->positionals().size() != 2)
        return usage(
            QStringLiteral("erase subject SUBJECT --by USER  (SUBJECT: a request actor or context.subject_id)"));
    auto by = actingUser(ws, *args);
    if (!by)
        return fail(by.error());
    auto erased = serviceFor(ws)->eraseSubject(args->positional(1), *by);
    if (!erased)
        return fail(erased.error());
    printJson(erased->toJson());
    return ExitOk;
}

} // namespace Lexecon::Cli
