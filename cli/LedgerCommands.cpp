#include "Commands.h"

#include "Args.h"
#include "Output.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/SignedNote.h"
#include "ledger/SignedNoteKey.h"
#include "ledger/TlogProof.h"
#include "ledger/TlogProofVerifier.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace Lexecon::Cli {

namespace {

// Proofs and notes are printed verbatim (they end in a newline), so `> file` saves exactly
// the bytes that were signed.
void printRaw(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QJsonArray base64List(const QList<QByteArray> &hashes)
{
    QJsonArray out;
    for (const QByteArray &h : hashes)
        out.append(QString::fromLatin1(h.toBase64()));
    return out;
}

Result<qint64> indexArgument(const QString &value, const QString &field, const QString &what)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < 0)
        return Error::invalid(field, QStringLiteral("%1 must be a number (0 or more), not \"%2\"").arg(what, value));
    return n;
}

CheckpointService checkpoints(Workspace &ws)
{
    return CheckpointService(ws.database(), ws.node(), nullptr, ws.clock());
}

int verify(Workspace &ws)
{
    auto report = LedgerVerifier(ws.database()).verify();
    if (!report)
        return fail(report.error());
    QJsonObject out{{QStringLiteral("ok"), report->ok},
                    {QStringLiteral("entries"), report->entries},
                    {QStringLiteral("checkpoints"), report->checkpoints}};
    if (report->ok) {
        out.insert(QStringLiteral("head_hash"), report->headHash);
        out.insert(QStringLiteral("root_hash"), QString::fromLatin1(report->rootHash.toBase64()));
    } else {
        if (report->firstBadIndex >= 0)
            out.insert(QStringLiteral("first_bad_index"), report->firstBadIndex);
        if (report->firstBadCheckpoint >= 0)
            out.insert(QStringLiteral("first_bad_checkpoint"), report->firstBadCheckpoint);
        out.insert(QStringLiteral("problem"), report->problem);
    }
    printJson(out);
    if (report->ok)
        return ExitOk;
    // The JSON is for scripts; the sentence is for the person who ran the check.
    if (report->firstBadIndex >= 0)
        return fail(Error::integrity(QStringLiteral("the ledger does not verify from entry %1 on: %2")
                                         .arg(report->firstBadIndex)
                                         .arg(report->problem)));
    return fail(Error::integrity(QStringLiteral("the ledger's checkpoints do not verify: %1").arg(report->problem)));
}

int entries(Workspace &ws, const Args &args)
{
    bool okFrom = true, okCount = true;
    const qint64 from = args.has(QStringLiteral("from")) ? args.value(QStringLiteral("from")).toLongLong(&okFrom) : 0;
    const qint64 count =
        args.has(QStringLiteral("count")) ? args.value(QStringLiteral("count")).toLongLong(&okCount) : -1;
    if (!okFrom || from < 0)
        return fail(
            Error::invalid(QStringLiteral("from"), QStringLiteral("--from must be a ledger index (0 or more)")));
    if (!okCount || (args.has(QStringLiteral("count")) && count < 0))
        return fail(
            Error::invalid(QStringLiteral("count"), QStringLiteral("--count must be a number of entries (0 or more)")));
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

int checkpoint(Workspace &ws)
{
    auto made = checkpoints(ws).checkpoint();
    if (!made)
        return fail(made.error());
    printRaw(made->note);
    return ExitOk;
}

int proof(Workspace &ws, const Args &args)
{
    if (args.positionals().size() != 1)
        return usage(QStringLiteral("ledger proof takes one ledger index, e.g. ledger proof 12"));
    auto index = indexArgument(args.positional(0), QStringLiteral("index"), QStringLiteral("the ledger index"));
    if (!index)
        return fail(index.error());
    auto made = checkpoints(ws).inclusionProof(*index);
    if (!made)
        return fail(made.error());
    printRaw(made->toText());
    return ExitOk;
}

int consistency(Workspace &ws, const Args &args)
{
    if (args.positionals().size() != 2)
        return usage(QStringLiteral(
            "ledger consistency takes the tree sizes of two signed checkpoints, e.g. ledger consistency 10 25"));
    auto older = indexArgument(args.positional(0), QStringLiteral("old"), QStringLiteral("the old tree size"));
    auto newer = indexArgument(args.positional(1), QStringLiteral("new"), QStringLiteral("the new tree size"));
    if (!older || !newer)
        return fail(!older ? older.error() : newer.error());
    auto proof = checkpoints(ws).consistencyProof(*older, *newer);
    if (!proof)
        return fail(proof.error());
    printJson(QJsonObject{{QStringLiteral("old_size"), proof->oldCheckpoint.treeSize},
                          {QStringLiteral("new_size"), proof->newCheckpoint.treeSize},
                          {QStringLiteral("old_checkpoint"), QString::fromUtf8(proof->oldCheckpoint.note)},
                          {QStringLiteral("new_checkpoint"), QString::fromUtf8(proof->newCheckpoint.note)},
                          {QStringLiteral("proof"), base64List(proof->hashes)}});
    return ExitOk;
}

} // namespace

int ledgerVerifyProofCommand(const QStringList &words)
{
    auto args = Args::parse(words, {QStringLiteral("key")});
    if (!args)
        return fail(args.error());
    if (args->positionals().size() != 1 || !args->has(QStringLiteral("key")))
        return usage(QStringLiteral(
            "ledger verify-proof takes a proof file and --key with the note_verifier_key of `node key`"));
    // --key takes the key itself or a file holding it.
    QString keyText = args->value(QStringLiteral("key"));
    if (QFile keyFile(keyText); !keyText.contains(QLatin1Char('+')) && keyFile.open(QIODevice::ReadOnly))
        keyText = QString::fromUtf8(keyFile.read(4096));
    auto key = SignedNoteKey::parse(keyText);
    if (!key)
        return fail(key.error());
    QFile file(args->positional(0));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::invalid(
            QStringLiteral("file"),
            QStringLiteral("cannot read the proof file %1: %2").arg(file.fileName(), file.errorString())));
    // A proof is a few kilobytes; anything far larger is not one, and is not read whole.
    const QByteArray text = file.read(1 << 20);
    // A bare checkpoint (what `ledger checkpoint` prints) is checked as one.
    const bool isProof = text.startsWith(TlogProof::Header);
    auto note = isProof ? Result<SignedNote>(Error::integrity(QString())) : SignedNote::parse(text);
    const bool isCheckpoint = !isProof && note.ok();
    Result<TlogProofCheck> check = Error::integrity(
        QStringLiteral("%1 is neither a tlog-proof (its first line would be %2) nor a signed checkpoint (%3)")
            .arg(file.fileName(), QLatin1String(TlogProof::Header), note.ok() ? QString() : note.error().message));
    if (isProof)
        check = TlogProofVerifier::verify(text, *key);
    else if (isCheckpoint)
        check = TlogProofVerifier::verifyCheckpoint(text, *key);
    if (!check) {
        printJson(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("problem"), check.error().message}});
        return fail(check.error());
    }
    QJsonObject out{{QStringLiteral("ok"), true},
                    {QStringLiteral("kind"), isCheckpoint ? QStringLiteral("checkpoint") : QStringLiteral("proof")},
                    {QStringLiteral("origin"), check->origin},
                    {QStringLiteral("tree_size"), check->treeSize},
                    {QStringLiteral("root_hash"), QString::fromLatin1(check->rootHash.toBase64())}};
    if (!isCheckpoint) {
        out.insert(QStringLiteral("index"), check->index);
        out.insert(QStringLiteral("entry"), QJsonDocument::fromJson(check->entry).object());
    }
    printJson(out);
    return ExitOk;
}

int ledgerCommand(Workspace &ws, const QStringList &words)
{
    const QString sub = words.value(0);
    const QStringList rest = words.mid(1);
    if (sub == QLatin1String("verify")) {
        auto args = Args::parse(rest, {});
        return args ? verify(ws) : fail(args.error());
    }
    if (sub == QLatin1String("entries")) {
        auto args = Args::parse(rest, {QStringLiteral("from"), QStringLiteral("count")});
        return args ? entries(ws, *args) : fail(args.error());
    }
    if (sub == QLatin1String("checkpoint")) {
        auto args = Args::parse(rest, {});
        return args ? checkpoint(ws) : fail(args.error());
    }
    if (sub == QLatin1String("proof")) {
        auto args = Args::parse(rest, {});
        return args ? proof(ws, *args) : fail(args.error());
    }
    if (sub == QLatin1String("consistency")) {
        auto args = Args::parse(rest, {});
        return args ? consistency(ws, *args) : fail(args.error());
    }
    if (sub == QLatin1String("verify-proof"))
        return ledgerVerifyProofCommand(rest);
    return usage(QStringLiteral("ledger takes verify, entries [--from I] [--count N], checkpoint, proof INDEX, "
                                "consistency OLD NEW or verify-proof FILE --key VKEY"));
}

} // namespace Lexecon::Cli
