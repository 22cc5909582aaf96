#include "PacketBuilder.h"

#include "PacketArchiveWriter.h"
#include "PacketProofs.h"
#include "PacketReport.h"
#include "PacketRequestService.h"
#include "PacketSections.h"
#include "auth/Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "crypto/NodeIdentity.h"
#include "crypto/Sha256.h"
#include "ledger/Checkpoint.h"
#include "ledger/CheckpointService.h"
#include "ledger/SignedNote.h"
#include "PacketScope.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>

#include <algorithm>

namespace Lexecon {

namespace {

// Overall progress: sections up to 45 %, proofs to 70 %, the archive to 100 %.
constexpr double kSectionsEnd = 0.45;
constexpr double kProofsEnd = 0.70;

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(Timestamp::format(ms)) : QJsonValue(QJsonValue::Null);
}

QByteArray jsonString(const QString &s)
{
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (uchar(c) < 0x20)
            out += "\\u00" + QByteArray::number(int(uchar(c)), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out + '"';
}

// manifest.json from its indented header text, with the files written so far (every file but
// manifest.json, SHA256SUMS and SHA256SUMS.sig) and the cited entries in place of their marks.
Result<void> writeManifest(PacketArchiveWriter &out, const QByteArray &header, const QString &filesMark,
                           const QString &citedMark, const std::vector<qint64> &cited)
{
    const QByteArray fm = jsonString(filesMark), cm = jsonString(citedMark);
    const qsizetype f = header.indexOf(fm), c = header.indexOf(cm);
    if (f < 0 || c < 0 || c < f)
        return Error::internal(QStringLiteral("the manifest's header has no place for its file list"));
    const QList<PacketFile> files = out.files();
    if (auto ok = out.begin(QStringLiteral("manifest.json")); !ok)
        return ok;
    out.write(QByteArrayView(header).first(f));
    QByteArray chunk = "[\n";
    for (qsizetype i = 0; i < files.size(); ++i) {
        chunk += "        {\"name\": " + jsonString(files.at(i).name) + ", \"size\": " + QByteArray::number(files.at(i).size) + '}';
        chunk += i + 1 < files.size() ? ",\n" : "\n";
        if (chunk.size() > (1 << 16)) {
            out.write(chunk);
            chunk.clear();
        }
    }
    chunk += "    ]";
    out.write(chunk);
    out.write(QByteArrayView(header).sliced(f + fm.size(), c - f - fm.size()));
    chunk = "[";
    for (size_t i = 0; i < cited.size(); ++i) {
        if (i > 0)
            chunk += (i % 16) ? ", " : ",\n            ";
        chunk += QByteArray::number(cited[i]);
        if (chunk.size() > (1 << 16)) {
            out.write(chunk);
            chunk.clear();
        }
    }
    out.write(chunk + ']');
    out.write(QByteArrayView(header).sliced(c + cm.size()));
    auto done = out.end();
    return done ? Result<void>() : Result<void>(done.error());
}

} // namespace

QJsonObject PacketBuildResult::toJson() const
{
    return {{QStringLiteral("packet_id"), packetId},
            {QStringLiteral("path"), path},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("files"), files},
            {QStringLiteral("proofs"), proofs},
            {QStringLiteral("scope"), meta.scope},
            {QStringLiteral("requester"), meta.requester},
            {QStringLiteral("approver"), meta.approver},
            {QStringLiteral("sha256sums_sha256"), sumsSha256},
            {QStringLiteral("ledger_index"), builtLedgerIndex},
            {QStringLiteral("counts"), summary.toJson()}};
}

PacketBuilder::PacketBuilder(PacketSources sources, PdfRenderer pdf) : m_src(std::move(sources)), m_pdf(std::move(pdf)) {}

Result<PacketBuildResult> PacketBuilder::build(const PacketTerms &terms, const QString &outPath, const Principal &by)
{
    return run(terms, nullptr, outPath, by);
}

Result<PacketBuildResult> PacketBuilder::buildRequest(const QString &requestId, const QString &outPath, const Principal &by)
{
    if (!m_src.requests)
        return Error::internal(QStringLiteral("no packet request service is configured"));
    auto request = m_src.requests->approvedRequest(requestId);
    if (!request)
        return request.error();
    return run(request->terms, &*request, outPath, by);
}

QByteArray PacketBuilder::verifyText(const PacketMeta &meta)
{
    QByteArray t;
    t += "How to check audit packet " + meta.packetId.toUtf8() + "\n";
    t += "==========================================================\n\n";
    t += "This packet was signed by node " + meta.nodeId.toUtf8() + ". Its Ed25519 public key is\n"
         "node-public-key.pem; the key's fingerprint (SHA-256 of its DER form) is\n\n    "
         + meta.fingerprint.toUtf8()
         + "\n\nCompare that fingerprint with one you obtained from the node's operator by another\n"
           "channel: a packet can only prove that the key in it signed it.\n\n"
           "1. Unzip the packet and change into its folder.\n"
           "2. Check the fingerprint of the key:\n\n"
           "       openssl pkey -pubin -in node-public-key.pem -outform DER | sha256sum\n\n"
           "3. Check every file against SHA256SUMS (every file but SHA256SUMS and\n"
           "   SHA256SUMS.sig is listed; a file that is not listed does not belong to the packet):\n\n"
           "       sha256sum -c SHA256SUMS\n\n"
           "4. Check the node's signature over SHA256SUMS (raw 64-byte Ed25519):\n\n"
           "       openssl pkeyutl -verify -pubin -inkey node-public-key.pem -rawin \\\n"
           "           -in SHA256SUMS -sigfile SHA256SUMS.sig\n\n"
           "5. ledger/checkpoint is a C2SP signed note (c2sp.org/signed-note) over the ledger's\n"
           "   RFC 9162 Merkle tree; each ledger/proofs/<index>.tlog-proof (c2sp.org/tlog-proof@v1)\n"
           "   carries the ledger entry's canonical bytes in its extra line and proves the entry\n"
           "   is in that tree. `lexecon-cli ledger verify-proof FILE --key KEY` checks one proof,\n"
           "   and\n\n"
           "       lexecon-cli packet verify PACKET.zip --trusted-key FINGERPRINT\n\n"
           "   checks all of the above, every proof against the checkpoint, and the manifest,\n"
           "   and names each check that fails.\n";
    return t;
}

Result<PacketBuildResult> PacketBuilder::run(const PacketTerms &terms, const PacketRequest *request, const QString &outPath,
                                             const Principal &by)
{
    if (auto allowed = PacketRequestService::mayBuild(by); !allowed)
        return allowed.error();
    if (auto ok = PacketRequestService::validate(terms); !ok)
        return ok.error();
    if (terms.formats.contains(QStringLiteral("pdf")) && !m_pdf)
        return Error::invalid(QStringLiteral("formats"),
                              QStringLiteral("This program cannot render PDF (it was built without Qt GUI support); "
                                             "leave pdf out of --formats or build the packet from the desktop."));
    if (outPath.isEmpty())
        return Error::invalid(QStringLiteral("out"), QStringLiteral("No output file was given; send --out FILE.zip."));
    // The archive is written beside its final name and renamed into place when complete.
    const QFileInfo outInfo(outPath);
    PacketArchiveWriter out(outInfo.absoluteDir().filePath(QStringLiteral(".%1.partial").arg(outInfo.fileName())));
    if (auto ok = out.open(); !ok)
        return ok.error();

    bool cancelled = false;
    auto progress = [&](const QString &stage, double from, double to, double fraction) {
        if (m_progress && !m_progress(stage, from + (to - from) * qBound(0.0, fraction, 1.0)))
            cancelled = true;
        return !cancelled;
    };
    const Error cancelError = Error::conflict(QStringLiteral("The packet build was cancelled; nothing was written."));

    PacketMeta meta;
    meta.packetId = Ulid::make(QStringLiteral("pkt_"), *m_src.clock);
    meta.generator = m_generator;
    meta.nodeId = m_src.node->nodeId();
    meta.fingerprint = m_src.node->fingerprint();
    meta.scope = terms.scope;
    meta.fromMs = terms.fromMs;
    meta.toMs = terms.toMs;
    meta.formats = PacketScope::joinFormats(terms.formats);
    meta.createdAt = Timestamp::format(m_src.clock->nowMs());
    meta.requestId = request ? request->requestId : QString();
    meta.requester = request ? request->requestedBy : by.ledgerActor();
    meta.approver = request ? request->decidedBy : by.ledgerActor();

    PacketSections sections(m_src, out, terms, [&](const QString &stage, double f) {
        return progress(stage, 0.0, kSectionsEnd, f);
    });
    if (auto ok = sections.writeAll(); !ok)
        return ok.error();
    if (cancelled)
        return cancelError;
    std::vector<qint64> cited = sections.cited();
    if (request) {
        cited.push_back(request->requestLedgerIndex);
        cited.push_back(request->decisionLedgerIndex);
        std::sort(cited.begin(), cited.end());
        cited.erase(std::unique(cited.begin(), cited.end()), cited.end());
    }
    PacketSummary summary = sections.summary();
    summary.citedEntries = qint64(cited.size());

    // A fresh checkpoint when the ledger grew: it then covers every entry the sections cite.
    auto checkpoint = m_src.checkpoints->checkpoint();
    if (!checkpoint)
        return checkpoint.error();
    if (auto note = SignedNote::parse(checkpoint->note))
        if (auto body = Checkpoint::parse(note->text()))
            meta.checkpointOrigin = body->origin;
    meta.checkpointSize = checkpoint->treeSize;
    meta.checkpointRootBase64 = QString::fromLatin1(checkpoint->rootHash.toBase64());
    if (!cited.empty() && cited.back() >= checkpoint->treeSize)
        return Error::integrity(QStringLiteral("Ledger entry %1 is not covered by the latest checkpoint (%2 entries).")
                                    .arg(cited.back())
                                    .arg(checkpoint->treeSize));
    if (auto ok = out.add(QStringLiteral("ledger/checkpoint"), checkpoint->note); !ok)
        return ok.error();
    auto proofs = PacketProofs::load(m_src.db, *checkpoint);
    if (!proofs)
        return proofs.error();
    qint64 written = 0;
    Error proofError;
    auto proofsWritten = proofs->write(m_src.db, cited, [&](qint64 index, const QByteArray &text) {
        auto added = out.add(QStringLiteral("ledger/proofs/%1.tlog-proof").arg(index), text);
        if (!added) {
            proofError = added.error();
            return false;
        }
        ++written;
        return (written % 1000) ? true : progress(QStringLiteral("proofs"), kSectionsEnd, kProofsEnd, double(written) / double(cited.size()));
    });
    if (!proofsWritten)
        return proofsWritten.error();
    if (cancelled)
        return cancelError;
    if (written != qint64(cited.size()))
        return proofError.message.isEmpty()
                   ? Error::integrity(QStringLiteral("Only %1 of the %2 cited ledger entries could be proven.").arg(written).arg(cited.size()))
                   : proofError;

    if (auto ok = out.add(QStringLiteral("node-public-key.pem"), m_src.node->publicKeyPem().toUtf8()); !ok)
        return ok.error();
    const QString html = PacketReport::html(meta, summary);
    if (terms.formats.contains(QStringLiteral("md")))
        if (auto ok = out.add(QStringLiteral("report.md"), PacketReport::markdown(meta, summary).toUtf8()); !ok)
            return ok.error();
    if (terms.formats.contains(QStringLiteral("html")))
        if (auto ok = out.add(QStringLiteral("report.html"), html.toUtf8()); !ok)
            return ok.error();
    if (terms.formats.contains(QStringLiteral("pdf"))) {
        auto pdf = m_pdf(html);
        if (!pdf)
            return pdf.error();
        if (auto ok = out.add(QStringLiteral("report.pdf"), *pdf); !ok)
            return ok.error();
    }
    if (auto ok = out.add(QStringLiteral("VERIFY.txt"), verifyText(meta)); !ok)
        return ok.error();

    // The file list and the cited entries (100,000 each in a big packet) are written as text
    // straight into manifest.json; the rest is a small QJsonObject with placeholders for them.
    const QString filesMark = QStringLiteral("@@files@@"), citedMark = QStringLiteral("@@cited_entries@@");
    const QJsonValue files(filesMark), citedJson(citedMark);
    const QJsonObject manifest{
        {QStringLiteral("packet_version"), PacketMeta::Version},
        {QStringLiteral("packet_id"), meta.packetId},
        {QStringLiteral("generator"), meta.generator},
        {QStringLiteral("created_at"), meta.createdAt},
        {QStringLiteral("node_id"), meta.nodeId},
        {QStringLiteral("node_key_fingerprint"), meta.fingerprint},
        {QStringLiteral("scope"), meta.scope},
        {QStringLiteral("date_range"), QJsonObject{{QStringLiteral("from"), timeOrNull(terms.fromMs)},
                                                   {QStringLiteral("to"), timeOrNull(terms.toMs)}}},
        {QStringLiteral("formats"), meta.formats},
        {QStringLiteral("request_id"), request ? QJsonValue(request->requestId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("requester"),
         QJsonObject{{QStringLiteral("actor"), meta.requester},
                     {QStringLiteral("at"), request ? request->requestedAt : meta.createdAt},
                     {QStringLiteral("ledger_index"), request ? QJsonValue(request->requestLedgerIndex) : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("approver"),
         QJsonObject{{QStringLiteral("actor"), meta.approver},
                     {QStringLiteral("at"), request ? request->decidedAt : meta.createdAt},
                     {QStringLiteral("ledger_index"), request ? QJsonValue(request->decisionLedgerIndex) : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("four_eyes"), request != nullptr},
        {QStringLiteral("note"), request ? QStringLiteral("Requested and approved by two different people (four eyes).")
                                         : QStringLiteral("Built by the local operator without a request: the same "
                                                          "principal asked for and released this packet; no second "
                                                          "person approved it.")},
        {QStringLiteral("counts"), summary.toJson()},
        {QStringLiteral("ledger"), QJsonObject{{QStringLiteral("checkpoint"), QStringLiteral("ledger/checkpoint")},
                                               {QStringLiteral("origin"), meta.checkpointOrigin},
                                               {QStringLiteral("tree_size"), meta.checkpointSize},
                                               {QStringLiteral("root_hash"), meta.checkpointRootBase64},
                                               {QStringLiteral("cited_entries"), citedJson}}},
        {QStringLiteral("files"), files}};
    if (auto ok = writeManifest(out, QJsonDocument(manifest).toJson(QJsonDocument::Indented), filesMark, citedMark, cited); !ok)
        return ok.error();

    QByteArray sums;
    for (const PacketFile &f : out.files())
        sums += f.sha256.toLatin1() + "  " + f.name.toUtf8() + '\n';
    if (auto ok = out.add(QStringLiteral("SHA256SUMS"), sums); !ok)
        return ok.error();
    if (auto ok = out.add(QStringLiteral("SHA256SUMS.sig"), m_src.node->sign(sums)); !ok)
        return ok.error();

    auto zipped = out.writeZip(outPath, [&](double f) { return progress(QStringLiteral("archive"), kProofsEnd, 1.0, f); });
    if (!zipped)
        return zipped.error();

    PacketBuildResult result;
    result.packetId = meta.packetId;
    result.path = QFileInfo(outPath).absoluteFilePath();
    result.bytes = QFileInfo(outPath).size();
    result.files = int(out.files().size());
    result.proofs = written;
    result.sumsSha256 = Sha256::hex(sums);
    result.summary = summary;
    result.meta = meta;
    if (m_src.requests) {
        auto entry = m_src.requests->recordBuilt(meta.requestId, meta.packetId, result.sumsSha256, terms, by);
        if (!entry)
            return entry.error();
        result.builtLedgerIndex = *entry;
    }
    return result;
}

} // namespace Lexecon
