#pragma once

#include "EvidenceArtifact.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;
class Principal;

struct EvidenceFilter
{
    std::optional<EvidenceType> type;
    QString decisionId; // empty: any
    int limit = 100;
    int offset = 0;
};

struct EvidenceVerification
{
    bool ok = true;
    bool cancelled = false; // progress asked to stop before every artifact was checked
    qint64 checked = 0;
    QStringList problems;     // one sentence per bad artifact, naming it and its file
    QStringList badArtifacts; // their ids
};

// Append-only evidence. The table evidence_artifacts holds hash, size, type and links and refuses
// UPDATE and DELETE. Content up to InlineMaxBytes (a decision log is a few hundred bytes) is
// stored in the row, so it is durable with the ledger entry whose transaction inserts it and
// costs no file and no fsync of its own. Larger content goes to <dataDir>/evidence/ab/cdef...
// (written to a temporary file, synced, renamed; identical content is stored once).
class EvidenceStore
{
public:
    static constexpr qint64 DefaultMaxContentBytes = qint64(100) * 1024 * 1024; // 100 MB
    static constexpr qint64 InlineMaxBytes = 16 * 1024;

    EvidenceStore(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock, QString dataDir,
                  qint64 maxContentBytes = DefaultMaxContentBytes);

    qint64 maxContentBytes() const { return m_maxContentBytes; }

    // Validates, writes the content file (large content only) and returns the row to insert;
    // stores nothing in the database. For services that record evidence inside their own ledger append: call this
    // before append, then storeInTransaction (with ledgerIndex set to the entry's index) in
    // alsoWrite. The calling service checks its own permission; by is recorded as created_by.
    Result<EvidenceArtifact> prepare(EvidenceType type, const QByteArray &content, const QString &mediaType,
                                     const QString &decisionId, const QString &title, const Principal &by);
    Result<void> storeInTransaction(QSqlDatabase &conn, const EvidenceArtifact &artifact);

    // storeInTransaction in two steps, for the ledger writer's thread: row() checks and encodes
    // the values (call it before the append, on the caller's thread); insertRow() only binds and
    // inserts them, with the entry's index (-1: none).
    struct Row
    {
        // UTF-8 text; a null array is SQL NULL (decisionId and commitment when empty).
        QByteArray artifactId, type, sha256, mediaType, decisionId, createdAt, createdBy, retentionUntil, title,
            commitment;
        QByteArray content; // blob: the inline content, null when it is in a file
        QByteArray salt;    // blob, null when empty
        qint64 size = 0;
    };
    static Result<Row> row(const EvidenceArtifact &artifact);
    static Result<void> insertRow(QSqlDatabase &conn, const Row &row, qint64 ledgerIndex);

    // Stand-alone: prepare + one ledger entry "evidence_stored" that writes the row. Needs the
    // resolve_escalation permission (a reviewer attaching evidence) or decide (an AI system or
    // the node attaching its own logs).
    Result<EvidenceArtifact> store(EvidenceType type, const QByteArray &content, const QString &mediaType,
                                   const QString &decisionId, const QString &title, const Principal &by);

    Result<EvidenceArtifact> get(const QString &artifactId);
    // The content, checked against its recorded hash (an altered file is an Integrity error).
    Result<QByteArray> content(const QString &artifactId);
    Result<QList<EvidenceArtifact>> forDecision(const QString &decisionId);
    Result<QList<EvidenceArtifact>> list(const EvidenceFilter &filter = {});

    // Re-hashes the artifact's content (its row or its file): Ok, NotFound for an unknown id, or
    // an Integrity error that names the artifact and the missing or altered content.
    Result<void> verify(const QString &artifactId);
    // Re-hashes every artifact's content (each distinct file once). progress(done, total) is
    // called after each artifact; it returns false to cancel.
    Result<EvidenceVerification> verifyAll(const std::function<bool(qint64, qint64)> &progress = {});
    // Every artifact created in [fromMs, toMs) (0: open end), oldest first, with its checked
    // content, in one query: for exports such as audit packets, where content() per artifact
    // would cost two queries each. visit returns false to stop; altered content is an Integrity error.
    Result<void> forEachWithContent(qint64 fromMs, qint64 toMs,
                                    const std::function<bool(const EvidenceArtifact &, const QByteArray &)> &visit);

    // <dataDir>/evidence/ab/cdef... for a hex SHA-256.
    QString pathFor(const QString &sha256) const;

private:
    Result<void> writeContentFile(const QString &sha256, const QByteArray &content);
    QString checkFile(const EvidenceArtifact &artifact) const; // empty when intact
    static QString checkInline(const EvidenceArtifact &artifact, const QByteArray &content); // likewise
    Result<QByteArray> inlineContent(const QString &artifactId);
    Result<QList<EvidenceArtifact>> query(const QString &where, const QVariantList &bindings, int limit, int offset);

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    QString m_dataDir;
    qint64 m_maxContentBytes;
};

} // namespace Lexecon
