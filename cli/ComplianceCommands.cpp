#include "Commands.h"

#include "ActingUser.h"
#include "Args.h"
#include "Output.h"
#include "common/Timestamp.h"
#include "compliance/ComplianceService.h"
#include "compliance/ComplianceSnapshot.h"
#include "compliance/OversightReport.h"
#include "compliance/Soc2EvidenceMap.h"
#include "compliance/TechnicalDocumentation.h"
#include "workspace/Workspace.h"
#include "common/Clock.h"

#ifdef LEXECON_HAVE_PDF
#include "HtmlPdfRenderer.h"
#endif

#include <QJsonArray>
#include <QSaveFile>

namespace Lexecon::Cli {

namespace {

const char kUsage[] = "compliance frameworks | status FRAMEWORK [--control ID] [--verify] | gaps FRAMEWORK [--verify] |\n"
                      "  set FRAMEWORK CONTROL --status S --justification TEXT --by USER | soc2-map --out FILE |\n"
                      "  oversight [--from TS] [--to TS] [--records] | techdoc --format md|html|pdf --out FILE | snapshot [--from TS] [--to TS]";

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::invalid(QStringLiteral("out"), QStringLiteral("Cannot write %1: %2; send a writable path with --out.")
                                                         .arg(path, file.errorString()));
    return {};
}

void printWritten(const QString &path, qint64 bytes)
{
    printJson(QJsonObject{{QStringLiteral("written"), path}, {QStringLiteral("bytes"), bytes}});
}

// --from/--to as RFC 3339; the default period is the 30 days up to now.
Result<QPair<qint64, qint64>> period(Workspace &ws, const Args &args)
{
    const qint64 now = ws.clock().nowMs();
    QPair<qint64, qint64> p{now - 30LL * 24 * 3600 * 1000, now + 1};
    for (const char *name : {"from", "to"}) {
        const QString key = QLatin1String(name);
        if (!args.has(key))
            continue;
        const auto ms = Timestamp::parse(args.value(key));
        if (!ms)
            return Error::invalid(key, QStringLiteral("--%1 must be an RFC 3339 time such as 2026-11-01T00:00:00Z").arg(key));
        (key == QLatin1String("from") ? p.first : p.second) = *ms;
    }
    if (p.first >= p.second)
        return Error::invalid(QStringLiteral("from"), QStringLiteral("--from must be before --to"));
    return p;
}

int frameworks(ComplianceService &c)
{
    auto evidence = c.evidence();
    if (!evidence)
        return fail(evidence.error());
    QJsonArray out;
    for (const ComplianceFramework &fw : c.catalog().frameworks()) {
        auto controls = c.assess(fw.id, *evidence);
        if (!controls)
            return fail(controls.error());
        const GapReport r = GapAnalysis::analyze(fw, *controls);
        QJsonObject o = fw.toJson();
        o.insert(QStringLiteral("met"), r.met);
        o.insert(QStringLiteral("coverage_percent"), r.toJson().value(QStringLiteral("coverage_percent")));
        out.append(o);
    }
    printJson(out);
    return ExitOk;
}

int status(ComplianceService &c, const Args &args)
{
    if (args.positionals().size() != 2)
        return usage(QStringLiteral("compliance status FRAMEWORK [--control ID] [--verify]"));
    const QString framework = args.positional(1);
    if (args.has(QStringLiteral("control"))) {
        auto one = c.control(framework, args.value(QStringLiteral("control")));
        if (!one)
            return fail(one.error());
        QJsonObject o = one->toJson();
        auto history = c.statuses().history(framework, one->control.id);
        if (!history)
            return fail(history.error());
        QJsonArray list;
        for (const ManualControlStatus &s : std::as_const(*history))
            list.append(s.toJson());
        o.insert(QStringLiteral("history"), list);
        printJson(o);
        return ExitOk;
    }
    auto controls = c.assess(framework, EvidenceOptions{args.has(QStringLiteral("verify"))});
    if (!controls)
        return fail(controls.error());
    QJsonArray out;
    for (const ControlAssessment &a : std::as_const(*controls))
        out.append(a.toJson());
    printJson(out);
    return ExitOk;
}

int set(Workspace &ws, ComplianceService &c, const Args &args)
{
    if (args.positionals().size() != 3)
        return usage(QStringLiteral("compliance set FRAMEWORK CONTROL --status S --justification TEXT --by USER"));
    auto statusName = args.required(QStringLiteral("status"));
    if (!statusName)
        return fail(statusName.error());
    const auto status = ControlStatuses::fromName(*statusName);
    if (!status)
        return fail(Error::invalid(QStringLiteral("status"), QStringLiteral("Unknown status \"%1\"; use one of %2.")
                                                                 .arg(*statusName, ControlStatuses::names())));
    auto justification = args.required(QStringLiteral("justification"));
    if (!justification)
        return fail(justification.error());
    auto by = actingUser(ws, args);
    if (!by)
        return fail(by.error());
    auto stored = c.setStatus(args.positional(1), args.positional(2), *status, *justification, *by);
    if (!stored)
        return fail(stored.error());
    printJson(stored->toJson());
    return ExitOk;
}

int soc2Map(ComplianceService &c, const Args &args)
{
    auto out = args.required(QStringLiteral("out"));
    if (!out)
        return fail(out.error());
    auto markdown = Soc2EvidenceMap::generateMarkdown(c);
    if (!markdown)
        return fail(markdown.error());
    const QByteArray bytes = markdown->toUtf8();
    if (auto written = writeFile(*out, bytes); !written)
        return fail(written.error());
    printWritten(*out, bytes.size());
    return ExitOk;
}

int techdoc(Workspace &ws, const Args &args)
{
    auto format = args.required(QStringLiteral("format"));
    if (!format)
        return fail(format.error());
    if (*format != QLatin1String("md") && *format != QLatin1String("html") && *format != QLatin1String("pdf"))
        return fail(Error::invalid(QStringLiteral("format"), QStringLiteral("--format must be md, html or pdf")));
    auto out = args.required(QStringLiteral("out"));
    if (!out)
        return fail(out.error());
    auto doc = TechnicalDocumentation::generate(ws);
    if (!doc)
        return fail(doc.error());
    QByteArray bytes;
    if (*format == QLatin1String("pdf")) {
#ifdef LEXECON_HAVE_PDF
        if (!HtmlPdfRenderer::available())
            return fail(Error::invalid(QStringLiteral("format"),
                                       QStringLiteral("PDF needs Qt's offscreen platform plugin, which is not "
                                                      "installed here; use --format html and print that.")));
        auto pdf = HtmlPdfRenderer::render(doc->toHtml(), doc->title);
        if (!pdf)
            return fail(pdf.error());
        bytes = *pdf;
#else
        return fail(Error::invalid(QStringLiteral("format"), QStringLiteral("This lexecon-cli was built without Qt GUI, "
                                                                            "so it cannot write PDF; use --format html.")));
#endif
    } else {
        bytes = (*format == QLatin1String("md") ? doc->toMarkdown() : doc->toHtml()).toUtf8();
    }
    if (auto written = writeFile(*out, bytes); !written)
        return fail(written.error());
    printWritten(*out, bytes.size());
    return ExitOk;
}

} // namespace

int complianceCommand(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words,
                            {QStringLiteral("control"), QStringLiteral("status"), QStringLiteral("justification"),
                             QStringLiteral("by"), QStringLiteral("out"), QStringLiteral("format"), QStringLiteral("from"),
                             QStringLiteral("to")},
                            {QStringLiteral("verify"), QStringLiteral("records")});
    if (!args)
        return fail(args.error());
    const QString sub = args->positional(0);
    auto service = ComplianceService::open(ws);
    if (!service)
        return fail(service.error());
    ComplianceService &c = **service;
    if (sub == QLatin1String("frameworks"))
        return frameworks(c);
    if (sub == QLatin1String("status"))
        return status(c, *args);
    if (sub == QLatin1String("gaps")) {
        if (args->positionals().size() != 2)
            return usage(QStringLiteral("compliance gaps FRAMEWORK [--verify]"));
        auto report = c.gaps(args->positional(1), EvidenceOptions{args->has(QStringLiteral("verify"))});
        if (!report)
            return fail(report.error());
        printJson(report->toJson());
        return ExitOk;
    }
    if (sub == QLatin1String("set"))
        return set(ws, c, *args);
    if (sub == QLatin1String("soc2-map"))
        return soc2Map(c, *args);
    if (sub == QLatin1String("techdoc"))
        return techdoc(ws, *args);
    if (sub == QLatin1String("oversight") || sub == QLatin1String("snapshot")) {
        auto p = period(ws, *args);
        if (!p)
            return fail(p.error());
        auto report = sub == QLatin1String("snapshot")          ? ComplianceSnapshot::build(ws, p->first, p->second)
                      : args->has(QStringLiteral("records")) ? OversightReport::evidencePackage(ws, p->first, p->second)
                                                             : OversightReport::build(ws, p->first, p->second);
        if (!report)
            return fail(report.error());
        printJson(*report);
        return ExitOk;
    }
    return usage(QString::fromLatin1(kUsage));
}

} // namespace Lexecon::Cli
