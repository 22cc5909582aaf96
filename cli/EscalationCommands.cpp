#include "Commands.h"

#include "ActingUser.h"
#include "Args.h"
#include "Output.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationService.h"
#include "escalation/SlaPolicy.h"
#include "override/OverrideService.h"
#include "risk/RiskLevel.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

namespace Lexecon::Cli {

namespace {

int list(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("limit")});
    if (!args)
        return fail(args.error());
    if (!args->positionals().isEmpty())
        return usage(QStringLiteral("escalation list takes only options: [--status S] [--priority P] [--limit N]"));
    EscalationFilter filter;
    if (args->has(QStringLiteral("status"))) {
        const QString status = args->value(QStringLiteral("status"));
        if (status == QLatin1String("open")) {
            filter.statuses = Escalation::openStatuses();
        } else if (Escalation::statuses().contains(status)) {
            filter.statuses = {status};
        } else {
            return fail(Error::invalid(QStringLiteral("status"), QStringLiteral("unknown status \"%1\"; use open, %2")
                                                                     .arg(status, Escalation::statuses().join(QStringLiteral(", ")))));
        }
    }
    filter.priority = args->value(QStringLiteral("priority"));
    if (args->has(QStringLiteral("priority")) && !RiskLevel::isLevel(filter.priority))
        return fail(Error::invalid(QStringLiteral("priority"), QStringLiteral("unknown priority \"%1\"; use %2")
                                                                   .arg(filter.priority, RiskLevel::all().join(QStringLiteral(", ")))));
    filter.limit = 1000;
    if (args->has(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = args->value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 100000)
            return fail(Error::invalid(QStringLiteral("limit"), QStringLiteral("--limit must be a number from 1 to 100000")));
    }
    auto escalations = ws.escalations().list(filter);
    if (!escalations)
        return fail(escalations.error());
    const qint64 now = ws.clock().nowMs();
    const SlaPolicy sla = ws.escalations().slaPolicy();
    QJsonArray out;
    for (const Escalation &e : std::as_const(*escalations)) {
        QJsonObject o = e.toJson();
        o.insert(QStringLiteral("sla_state"), SlaPolicy::stateName(sla.stateAt(e, now)));
        out.append(o);
    }
    printJson(out);
    return ExitOk;
}

int claim(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("by")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("escalation claim ID --by USER"));
    auto by = actingUser(ws, *args);
    if (!by)
        return fail(by.error());
    auto claimed = ws.escalations().claim(args->positional(0), *by);
    if (!claimed)
        return fail(claimed.error());
    printJson(claimed->toJson());
    return ExitOk;
}

int resolve(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("outcome"), QStringLiteral("by"), QStringLiteral("reason")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("escalation resolve ID --outcome approved|denied|deferred|escalated_up --by USER --reason TEXT"));
    auto outcome = args->required(QStringLiteral("outcome"));
    if (!outcome)
        return fail(outcome.error());
    if (!Escalation::isOutcome(*outcome))
        return fail(Error::invalid(QStringLiteral("outcome"), QStringLiteral("unknown outcome \"%1\"; use %2")
                                                                  .arg(*outcome, Escalation::outcomes().join(QStringLiteral(", ")))));
    auto by = actingUser(ws, *args);
    if (!by)
        return fail(by.error());
    auto resolved = ws.escalations().resolve(args->positional(0), *outcome, args->value(QStringLiteral("reason")), *by);
    if (!resolved)
        return fail(resolved.error());
    printJson(resolved->toJson());
    return ExitOk;
}

} // namespace

int escalationCommand(Workspace &ws, const QStringList &words)
{
    const QString sub = words.value(0);
    if (sub == QLatin1String("list"))
        return list(ws, words.mid(1));
    if (sub == QLatin1String("claim"))
        return claim(ws, words.mid(1));
    if (sub == QLatin1String("resolve"))
        return resolve(ws, words.mid(1));
    return usage(QStringLiteral("escalation takes: list [--status S] | claim ID --by USER | resolve ID --outcome O --by USER --reason TEXT"));
}

int overrideCommand(Workspace &ws, const QStringList &words)
{
    if (words.value(0) != QLatin1String("create"))
        return usage(QStringLiteral("override takes: create DECISION_ID --type T --scope S --justification TEXT --by USER "
                                    "[--outcome approved|denied] [--expires TS]"));
    auto args = Args::parse(words.mid(1), {QStringLiteral("type"), QStringLiteral("scope"), QStringLiteral("justification"),
                                           QStringLiteral("by"), QStringLiteral("expires"), QStringLiteral("outcome")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("override create DECISION_ID --type T --scope S --justification TEXT --by USER"));
    QStringList typeNames, scopeNames;
    for (OverrideType t : Overrides::types())
        typeNames << Overrides::typeName(t);
    for (OverrideScope s : Overrides::scopes())
        scopeNames << Overrides::scopeName(s);
    const auto type = Overrides::typeFromName(args->value(QStringLiteral("type")));
    if (!type)
        return fail(Error::invalid(QStringLiteral("type"), QStringLiteral("--type must be one of %1").arg(typeNames.join(QStringLiteral(", ")))));
    const auto scope = Overrides::scopeFromName(args->value(QStringLiteral("scope")));
    if (!scope)
        return fail(Error::invalid(QStringLiteral("scope"), QStringLiteral("--scope must be one of %1").arg(scopeNames.join(QStringLiteral(", ")))));
    std::optional<qint64> expires;
    if (args->has(QStringLiteral("expires"))) {
        expires = Timestamp::parse(args->value(QStringLiteral("expires")));
        if (!expires)
            return fail(Error::invalid(QStringLiteral("expires"),
                                       QStringLiteral("--expires must be an RFC 3339 time such as 2026-12-31T18:00:00Z")));
    }
    auto by = actingUser(ws, *args);
    if (!by)
        return fail(by.error());
    auto created = ws.overrides().create(args->positional(0), *type, *scope, args->value(QStringLiteral("justification")),
                                         args->value(QStringLiteral("outcome")), expires, *by);
    if (!created)
        return fail(created.error());
    printJson(created->toJson());
    return ExitOk;
}

} // namespace Lexecon::Cli
