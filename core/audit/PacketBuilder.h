#pragma once

#include "PacketRequest.h"
#include "PacketSources.h"
#include "PacketSummary.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Lexecon {

class Principal;

// Renders the report's HTML to PDF bytes. The core has no QtGui, so the caller injects one
// (lexecon_print's HtmlPdfRenderer); without it a build asking for pdf is refused.
using PdfRenderer = std::function<Result<QByteArray>(const QString &html)>;
// stage ("decisions", "escalations", ..., "proofs", "archive") and overall fraction 0..1;
// returning false cancels the build (the output file is not left behind).
using PacketProgress = std::function<bool(const QString &stage, double fraction)>;

struct PacketBuildResult
{
    QString packetId;
    QString path;
    qint64 bytes = 0; // size of the zip
    int files = 0;    // entries in the zip
    qint64 proofs = 0;
    QString sumsSha256; // SHA-256 of SHA256SUMS, also in the audit_packet_built ledger entry
    qint64 builtLedgerIndex = -1;
    PacketSummary summary;
    PacketMeta meta;

    QJsonObject toJson() const; // what `packet build` prints
};

// Builds an audit packet (SPEC section 8): one zip with manifest.json, the sections of the
// scope, report.md/.html/.pdf, ledger/checkpoint (a freshly signed note when the tree grew),
// ledger/proofs/<index>.tlog-proof for every ledger entry a record in the packet cites,
// node-public-key.pem, SHA256SUMS (sha256sum -c format, every other file), SHA256SUMS.sig (raw
// Ed25519 over SHA256SUMS with the node key) and VERIFY.txt. Streams: sections are written
// page by page to a spool file and libzip reads them from there, so 100,000 decisions never sit
// in memory as one document. Each build is an audit_packet_built ledger entry.
class PacketBuilder
{
public:
    explicit PacketBuilder(PacketSources sources, PdfRenderer pdf = {});

    void setProgress(PacketProgress progress) { m_progress = std::move(progress); }
    void setGenerator(const QString &generator) { m_generator = generator; }

    // The bare build: `by` (the local operator, normally Principal::system()) both asks and
    // releases, and the manifest says so. Needs RequestAuditPacket.
    Result<PacketBuildResult> build(const PacketTerms &terms, const QString &outPath, const Principal &by);
    // The four-eyes build: only an approved request; the manifest names its requester and approver.
    Result<PacketBuildResult> buildRequest(const QString &requestId, const QString &outPath, const Principal &by);

    // The text of VERIFY.txt.
    static QByteArray verifyText(const PacketMeta &meta);

private:
    Result<PacketBuildResult> run(const PacketTerms &terms, const PacketRequest *request, const QString &outPath,
                                  const Principal &by);

    PacketSources m_src;
    PdfRenderer m_pdf;
    PacketProgress m_progress;
    QString m_generator = QStringLiteral("Lexecon Workstation");
};

} // namespace Lexecon
