#include "Commands.h"

#include "Args.h"
#include "Output.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "workspace/Workspace.h"

namespace Lexecon::Cli {

namespace {

int verify(Workspace &ws)
{
    auto report = LedgerVerifier(ws.database()).verify();
    if (!report)
        return fail(report.error());
    QJsonObject out{{QStringLiteral("ok"), report->ok}, {QStringLiteral("entries"), report->entries}};
    if (report->ok) {
        out.insert(QStringLiteral("head_hash"), report->headHash);
    } else {
        out.insert(QStringLiteral("first_bad_index"), report->firstBadIndex);
        out.insert(QStringLiteral("problem"), report->problem);
    }
    printJson(out);
    if (report->ok)
        return ExitOk;
    // The JSON is for scripts; the sentence is for the person who ran the check.
    return fail(Error::integrity(QStringLiteral("the ledger does not verify from entry %1 on: %2")
                                     .arg(report->firstBadIndex)
                                     .arg(report->problem)));
}

int entries(Workspace &ws, const Args &args)
{
    bool okFrom = true, okCount = true;
    const qint64 from = args.has(QStringLiteral("from")) ? args.value(QStringLiteral("from")).toLongLong(&okFrom) : 0;
    const qint64 count = args.has(QStringLiteral("count")) ? args.value(QStringLiteral("count")).toLongLong(&okCount) : -1;
    if (!okFrom || from < 0)
        return fail(Error::invalid(QStringLiteral("from"), QStringLiteral("--from must be a ledger index (0 or more)")));
    if (!okCount || (args.has(QStringLiteral("count")) && count < 0))
        return fail(Error::invalid(QStringLiteral("count"), QStringLiteral("--count must be a number of entries (0 or more)")));
    qint64 printed = 0;
    auto scanned = LedgerStore(ws.database()).scan(from, [&](qint64, QByteArrayView, QByteArrayView canonical) {
        if (count >= 0 && printed >= count)
            return false;
        printLine(canonical.toByteArray());
        ++printed;
        return true;
    });
    return scanned ? ExitOk : fail(scanned.error());
}

} // namespace

int ledgerCommand(Workspace &ws, const QStringList &words)
{
    const QString sub = words.value(0);
    if (sub == QLatin1String("verify")) {
        auto args = Args::parse(words.mid(1), {});
        return args ? verify(ws) : fail(args.error());
    }
    if (sub == QLatin1String("entries")) {
        auto args = Args::parse(words.mid(1), {QStringLiteral("from"), QStringLiteral("count")});
        return args ? entries(ws, *args) : fail(args.error());
    }
    return usage(QStringLiteral("ledger takes verify or entries [--from I] [--count N]"));
}

} // namespace Lexecon::Cli
