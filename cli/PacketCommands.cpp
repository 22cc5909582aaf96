#include "Commands.h"

#include "ActingUser.h"
#include "Args.h"
#include "Output.h"
#include "audit/PacketBuilder.h"
#include "audit/PacketRequestService.h"
#include "audit/PacketScope.h"
#include "audit/PacketVerifier.h"
#include "audit/PacketWorkspace.h"
#include "auth/Principal.h"
#include "common/Timestamp.h"
#include "ledger/LedgerWriter.h"
#include "workspace/Workspace.h"

#ifdef LEXECON_HAVE_PDF
#include "HtmlPdfRenderer.h"
#endif

#include <QJsonArray>

namespace Lexecon::Cli {

namespace {

Result<qint64> timeOption(const Args &args, const QString &name)
{
    if (!args.has(name))
        return qint64(0);
    const auto ms = Timestamp::parse(args.value(name));
    if (!ms)
        return Error::invalid(name, QStringLiteral("--%1 \"%2\" is not an RFC 3339 time; send e.g. 2026-11-01T00:00:00Z.")
                                        .arg(name, args.value(name)));
    return *ms;
}

Result<PacketTerms> termsFrom(const Args &args, bool formatsRequired)
{
    PacketTerms terms;
    auto scope = args.required(QStringLiteral("scope"));
    if (!scope)
        return scope.error();
    terms.scope = *scope;
    auto from = timeOption(args, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = timeOption(args, QStringLiteral("to"));
    if (!to)
        return to.error();
    terms.fromMs = *from;
    terms.toMs = *to;
    if (args.has(QStringLiteral("formats")) || formatsRequired) {
        auto formats = args.required(QStringLiteral("formats"));
        if (!formats)
            return formats.error();
        auto parsed = PacketScope::parseFormats(*formats);
        if (!parsed)
            return parsed.error();
        terms.formats = *parsed;
    }
    if (auto ok = PacketRequestService::validate(terms); !ok)
        return ok.error();
    return terms;
}

PdfRenderer pdfRenderer()
{
#ifdef LEXECON_HAVE_PDF
    if (HtmlPdfRenderer::available())
        return [](const QString &html) { return HtmlPdfRenderer::render(html, QStringLiteral("Audit packet")); };
#endif
    return {};
}

int build(Workspace &ws, PacketRequestService &requests, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("scope"), QStringLiteral("from"), QStringLiteral("to"),
                                    QStringLiteral("formats"), QStringLiteral("out"), QStringLiteral("request"),
                                    QStringLiteral("by")});
    if (!args)
        return fail(args.error());
    if (!args->positionals().isEmpty())
        return usage(QStringLiteral("packet build takes only options: --scope S [--from TS] [--to TS] --formats "
                                    "json,csv,md,html,pdf --out FILE, or --request ID --out FILE"));
    auto out = args->required(QStringLiteral("out"));
    if (!out)
        return fail(out.error());
    // The bare build runs as the local operator; --by names a user who builds an approved request.
    Principal by = Principal::system(QStringLiteral("local-operator"));
    if (args->has(QStringLiteral("by"))) {
        auto user = actingUser(ws, *args);
        if (!user)
            return fail(user.error());
        by = *user;
    }
    PacketBuilder builder(packetSources(ws, &requests), pdfRenderer());
    builder.setGenerator(QStringLiteral("lexecon-cli (Lexecon Workstation)"));
    Result<PacketBuildResult> built = Error::internal(QString());
    if (args->has(QStringLiteral("request"))) {
        for (const char *option : {"scope", "from", "to", "formats"})
            if (args->has(QLatin1String(option)))
                return usage(QStringLiteral("packet build --request ID takes the request's terms; leave out --%1")
                                 .arg(QLatin1String(option)));
        built = builder.buildRequest(args->value(QStringLiteral("request")), *out, by);
    } else {
        auto terms = termsFrom(*args, true);
        if (!terms)
            return fail(terms.error());
        built = builder.build(*terms, *out, by);
    }
    if (!built)
        return fail(built.error());
    printJson(built->toJson());
    return ExitOk;
}

int verify(const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("trusted-key")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(QStringLiteral("packet verify takes one packet file: packet verify FILE [--trusted-key FINGERPRINT]"));
    auto result = PacketVerifier::verify(args->positional(0), args->value(QStringLiteral("trusted-key")));
    if (!result)
        return fail(result.error());
    printJson(result->toJson());
    if (result->ok())
        return ExitOk;
    QStringList lines;
    for (const PacketCheck &c : result->checks)
        if (!c.ok)
            lines << QStringLiteral("%1: %2%3").arg(c.name, c.detail,
                                                   c.problems.isEmpty() ? QString() : QStringLiteral(" (") + c.problems.first() + QLatin1Char(')'));
    return fail(Error::integrity(QStringLiteral("the packet failed %1 check(s):\n  %2")
                                     .arg(lines.size())
                                     .arg(lines.join(QStringLiteral("\n  ")))));
}

int request(Workspace &ws, PacketRequestService &requests, const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("scope"), QStringLiteral("from"), QStringLiteral("to"),
                                    QStringLiteral("formats"), QStringLiteral("by")});
    if (!args)
        return fail(args.error());
    if (!args->positionals().isEmpty())
        return usage(QStringLiteral("packet request takes only options: --scope S [--from TS] [--to TS] [--formats F] --by USER"));
    auto terms = termsFrom(*args, false);
    if (!terms)
        return fail(terms.error());
    auto by = actingUser(ws, *args);
    if (!by)
        return fail(by.error());
    auto made = requests.request(*terms, *by);
    if (!made)
        return fail(made.error());
    printJson(made->toJson());
    return ExitOk;
}

int decide(Workspace &ws, PacketRequestService &requests, const QStringList &words, bool approve)
{
    auto args = approve ? Args::parse(words, {QStringLiteral("by")})
                        : Args::parse(words, {QStringLiteral("by"), QStringLiteral("reason")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1)
        return usage(approve ? QStringLiteral("packet approve takes one request id: packet approve ID --by USER")
                             : QStringLiteral("packet reject takes one request id: packet reject ID --by USER --reason TEXT"));
    auto by = actingUser(ws, *args);
    if (!by)
        return fail(by.error());
    Result<PacketRequest> done = Error::internal(QString());
    if (approve) {
        done = requests.approve(args->positional(0), *by);
    } else {
        auto reason = args->required(QStringLiteral("reason"));
        if (!reason)
            return fail(reason.error());
        done = requests.reject(args->positional(0), *reason, *by);
    }
    if (!done)
        return fail(done.error());
    printJson(done->toJson());
    return ExitOk;
}

int listOrShow(PacketRequestService &requests, const QStringList &words, bool show)
{
    auto args = Args::parse(words, {QStringLiteral("status")});
    if (!args)
        return fail(args.error());
    if (show) {
        if (args->positionals().size() != 1)
            return usage(QStringLiteral("packet show takes one request id"));
        auto r = requests.get(args->positional(0));
        if (!r)
            return fail(r.error());
        printJson(r->toJson());
        return ExitOk;
    }
    auto list = requests.list(args->value(QStringLiteral("status")), 1000);
    if (!list)
        return fail(list.error());
    QJsonArray out;
    for (const PacketRequest &r : std::as_const(*list))
        out.append(r.toJson());
    printJson(out);
    return ExitOk;
}

} // namespace

int packetVerifyCommand(const QStringList &words)
{
    return verify(words);
}

int packetCommand(Workspace &ws, const QStringList &words)
{
    const QString sub = words.value(0);
    const QStringList rest = words.mid(1);
    PacketRequestService requests(ws.database(), ws.ledger(), ws.clock());
    if (sub == QLatin1String("build"))
        return build(ws, requests, rest);
    if (sub == QLatin1String("request"))
        return request(ws, requests, rest);
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject"))
        return decide(ws, requests, rest, sub == QLatin1String("approve"));
    if (sub == QLatin1String("list") || sub == QLatin1String("show"))
        return listOrShow(requests, rest, sub == QLatin1String("show"));
    if (sub == QLatin1String("verify"))
        return verify(rest);
    return usage(QStringLiteral("packet takes build, verify, request, approve, reject, list or show"));
}

} // namespace Lexecon::Cli
