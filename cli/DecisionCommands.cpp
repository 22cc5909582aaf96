#include "Commands.h"

#include "Args.h"
#include "Output.h"
#include "auth/Principal.h"
#include "decision/DecisionService.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

#include <cstdio>

namespace Lexecon::Cli {

namespace {

// --context K[=V]: a bare K means true; V reads as a boolean or an integer when it looks like one.
QJsonValue contextValue(const QString &text)
{
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    bool isInt = false;
    const qint64 n = text.toLongLong(&isInt);
    if (isInt)
        return n;
    return text;
}

Result<QJsonObject> requestBody(const Args &args)
{
    QJsonObject body;
    const QStringList names = {QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("resource"), QStringLiteral("tool"),
                               QStringLiteral("intent")};
    for (const QString &name : names) {
        if (args.has(name))
            body.insert(name, args.value(name));
    }
    if (args.has(QStringLiteral("request-id")))
        body.insert(QStringLiteral("request_id"), args.value(QStringLiteral("request-id")));
    if (args.has(QStringLiteral("data-class")))
        body.insert(QStringLiteral("data_classes"), QJsonArray::fromStringList(args.values(QStringLiteral("data-class"))));
    QJsonObject context;
    for (const QString &kv : args.values(QStringLiteral("context"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? kv : kv.left(eq);
        if (key.isEmpty())
            return Error::invalid(QStringLiteral("context"), QStringLiteral("--context needs a name: --context K or --context K=V"));
        context.insert(key, eq < 0 ? QJsonValue(true) : contextValue(kv.mid(eq + 1)));
    }
    if (!context.isEmpty())
        body.insert(QStringLiteral("context"), context);
    QJsonObject risk;
    for (const QString &kv : args.values(QStringLiteral("risk"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error::invalid(QStringLiteral("risk"), QStringLiteral("--risk takes DIMENSION=VALUE, e.g. --risk privacy=70"));
        bool isInt = false;
        const int n = kv.mid(eq + 1).toInt(&isInt);
        risk.insert(kv.left(eq), isInt ? QJsonValue(n) : QJsonValue(kv.mid(eq + 1)));
    }
    if (!risk.isEmpty())
        body.insert(QStringLiteral("risk"), risk);
    return body;
}

} // namespace

int decideCommand(Workspace &ws, const QStringList &words)
{
    auto args = Args::parse(words,
                            {QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("resource"), QStringLiteral("tool"),
                             QStringLiteral("data-class"), QStringLiteral("context"), QStringLiteral("intent"),
                             QStringLiteral("risk"), QStringLiteral("request-id")});
    if (!args)
        return fail(args.error());
    if (!args->positionals().isEmpty())
        return usage(QStringLiteral("decide takes only options: --actor A --action B [...]"));
    auto body = requestBody(*args);
    if (!body)
        return fail(body.error());
    auto record = ws.decisions().decideJson(*body, Principal::system(QStringLiteral("cli")));
    if (!record)
        return fail(record.error());
    printJson(ws.decisions().render(*record));
    // A denial that could not even be written is still the answer (exit 0), but the person at
    // the terminal must learn that the workspace is broken and the decision is not on the ledger.
    if (record->ledgerIndex < 0) {
        const QByteArray warning = QStringLiteral("lexecon-cli: warning: decision %1 was denied because of an internal error and could "
                                                  "not be recorded on the ledger; check the data dir %2\n")
                                       .arg(record->decisionId, ws.dataDir())
                                       .toUtf8();
        std::fwrite(warning.constData(), 1, size_t(warning.size()), stderr);
    }
    return ExitOk;
}

int decisionCommand(Workspace &ws, const QStringList &words)
{
    if (words.value(0) != QLatin1String("show") || words.size() != 2)
        return usage(QStringLiteral("decision takes: show ID"));
    auto record = ws.decisions().get(words.at(1));
    if (!record)
        return fail(record.error());
    printJson(ws.decisions().render(*record));
    return ExitOk;
}

} // namespace Lexecon::Cli
