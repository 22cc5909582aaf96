#include "EvidenceStore.h"

#include "auth/Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "crypto/Commitment.h"
#include "crypto/Sha256.h"
#include "ledger/LedgerWriter.h"
#include "storage/CachedStatement.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

#include <limits>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Lexecon {

namespace {

constexpr int kMaxTitleLength = 200;
constexpr qint64 kReadChunk = 1024 * 1024;

const QString kColumns = QStringLiteral("artifact_id, type, sha256, size, media_type, decision_id, created_at, "
                                        "created_by, retention_until, title, ledger_index, commitment, anonymized_at");
// What is read back: the columns, and whether the content is in the row (not the content itself,
// so that listing a million artifacts does not load their content).
const QString kSelectColumns = kColumns + QStringLiteral(", content IS NOT NULL");

EvidenceArtifact fromRow(const QSqlQuery &q)
{
    EvidenceArtifact a;
    a.artifactId = q.value(0).toString();
    a.type = EvidenceTypes::fromName(q.value(1).toString()).value_or(EvidenceType::DecisionLog);
    a.sha256 = q.value(2).toString();
    a.size = q.value(3).toLongLong();
    a.mediaType = q.value(4).toString();
    a.decisionId = q.value(5).toString();
    a.createdAt = q.value(6).toString();
    a.createdBy = q.value(7).toString();
    a.retentionUntil = q.value(8).toString();
    a.title = q.value(9).toString();
    a.ledgerIndex = Sql::int64OrNegative(q.value(10));
    a.commitment = q.value(11).toString();
    a.anonymizedAt = q.value(12).toString();
    a.storedInline = q.value(13).toInt() != 0;
    return a;
}

// Streams the file through SHA-256 so a 100 MB artifact is not read into memory at once.
std::optional<QString> hashFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    Sha256 hasher;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(kReadChunk);
        if (chunk.isEmpty() && f.error() != QFileDevice::NoError)
            return std::nullopt;
        hasher.addData(chunk);
    }
    return QString::fromLatin1(hasher.result().toHex());
}

// Makes the rename itself durable: a new directory entry survives a power cut only once the
// directory is synced. Best effort; where this is not supported the file is still complete.
void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

QString describeSize(qint64 bytes)
{
    return QStringLiteral("%1 bytes (%2 MB)").arg(bytes).arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace

EvidenceStore::EvidenceStore(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock, QString dataDir,
                             qint64 maxContentBytes)
    : m_db(std::move(db))
    , m_ledger(ledger)
    , m_clock(clock)
    , m_dataDir(std::move(dataDir))
    , m_maxContentBytes(maxContentBytes)
{
    // The folder for large content exists from the start, so a workspace looks the same whatever
    // sizes were stored. Best effort: writing a large artifact reports a folder that cannot be made.
    QDir().mkpath(QDir(m_dataDir).filePath(QStringLiteral("evidence")));
}

QString EvidenceStore::pathFor(const QString &sha256) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("evidence/%1/%2").arg(sha256.left(2), sha256.mid(2)));
}

Result<EvidenceArtifact> EvidenceStore::prepare(EvidenceType type, const QByteArray &content, const QString &mediaType,
                                                const QString &decisionId, const QString &title, const Principal &by)
{
    if (content.size() > m_maxContentBytes)
        return Error::invalid(QStringLiteral("content"),
                              QStringLiteral("The evidence content is %1, over the limit of %2; split it or store a "
                                             "smaller file.")
                                  .arg(describeSize(content.size()), describeSize(m_maxContentBytes)));
    static const QRegularExpression mediaTypePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\\s*;.*)?$"));
    // The decision log's own type needs no pattern match (every decision prepares one).
    if (mediaType != QLatin1String("application/json") && !mediaTypePattern.match(mediaType).hasMatch())
        return Error::invalid(QStringLiteral("media_type"),
                              QStringLiteral("media_type \"%1\" is not a media type; send one such as application/json "
                                             "or image/png.")
                                  .arg(mediaType));
    if (!decisionId.isEmpty() && !Ulid::isValid(decisionId, QStringLiteral("dec_")))
        return Error::invalid(
            QStringLiteral("decision_id"),
            QStringLiteral("decision_id \"%1\" is not a decision id; send a dec_ id or none.").arg(decisionId));
    const QString cleanTitle = title.trimmed().isEmpty() ? EvidenceTypes::name(type) : title.trimmed();
    if (cleanTitle.size() > kMaxTitleLength)
        return Error::invalid(
            QStringLiteral("title"),
            QStringLiteral("title has %1 characters; send at most %2.").arg(cleanTitle.size()).arg(kMaxTitleLength));

    EvidenceArtifact a;
    a.artifactId = Ulid::make(QStringLiteral("evd_"), m_clock);
    a.type = type;
    a.sha256 = Sha256::hex(content);
    const Commitment commitment = Commitment::make(content);
    a.commitment = commitment.value;
    a.salt = commitment.salt;
    a.size = content.size();
    a.mediaType = mediaType;
    a.decisionId = decisionId;
    const qint64 now = m_clock.nowMs();
    a.createdAt = Timestamp::format(now);
    a.createdBy = by.ledgerActor();
    a.retentionUntil = Timestamp::format(Timestamp::addYears(now, EvidenceTypes::retentionYears(type)));
    a.title = cleanTitle;
    if (content.size() <= InlineMaxBytes) {
        a.storedInline = true;
        // Never a null array: SQL NULL in the content column means "in a file".
        a.inlineContent = content.isNull() ? QByteArray("") : content;
        return a;
    }
    if (auto written = writeContentFile(a.sha256, content); !written)
        return written.error();
    return a;
}

Result<void> EvidenceStore::writeContentFile(const QString &sha256, const QByteArray &content)
{
    const QString path = pathFor(sha256);
    // Identical content is stored once. An existing file whose bytes no longer match (altered on
    // disk) is replaced by the correct content rather than trusted.
    if (QFile::exists(path) && hashFile(path) == sha256)
        return {};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::internal(
            QStringLiteral("cannot create the evidence folder %1").arg(QFileInfo(path).absolutePath()));
    // QSaveFile writes a temporary file in the same folder, syncs it and renames it over the
    // target, so a crash leaves either no file or the whole file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::internal(QStringLiteral("cannot write the evidence file %1: %2").arg(path, file.errorString()));
    if (file.write(content) != content.size()) {
        file.cancelWriting();
        return Error::internal(QStringLiteral("cannot write the evidence file %1: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return Error::internal(QStringLiteral("cannot write the evidence file %1: %2").arg(path, file.errorString()));
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

Result<void> EvidenceStore::storeInTransaction(QSqlDatabase &conn, const EvidenceArtifact &a)
{
    auto encoded = row(a);
    if (!encoded)
        return encoded.error();
    return insertRow(conn, *encoded, a.ledgerIndex);
}

Result<EvidenceStore::Row> EvidenceStore::row(const EvidenceArtifact &a)
{
    if (a.storedInline && a.inlineContent.size() != a.size)
        return Error::internal(QStringLiteral("evidence %1 holds %2 bytes inline but records %3; prepare it again")
                                   .arg(a.artifactId)
                                   .arg(a.inlineContent.size())
                                   .arg(a.size));
    Row r;
    r.artifactId = CachedStatement::text(a.artifactId);
    r.type = EvidenceTypes::name(a.type).toUtf8();
    r.sha256 = CachedStatement::text(a.sha256);
    r.mediaType = CachedStatement::text(a.mediaType);
    r.decisionId = CachedStatement::textOrNull(a.decisionId);
    r.createdAt = CachedStatement::text(a.createdAt);
    r.createdBy = CachedStatement::text(a.createdBy);
    r.retentionUntil = CachedStatement::text(a.retentionUntil);
    r.title = CachedStatement::text(a.title);
    r.commitment = CachedStatement::textOrNull(a.commitment);
    // Never a null array for inline content: SQL NULL in the content column means "in a file".
    if (a.storedInline)
        r.content = a.inlineContent.isNull() ? QByteArray("", 0) : a.inlineContent;
    if (!a.salt.isEmpty())
        r.salt = a.salt;
    r.size = a.size;
    return r;
}

Result<void> EvidenceStore::insertRow(QSqlDatabase &conn, const Row &r, qint64 ledgerIndex)
{
    // Prepared once per connection: on the ledger writer's connection this runs for every decision.
    auto insert = CachedStatement::get(
        conn, "INSERT INTO evidence_artifacts (artifact_id, type, sha256, size, media_type, decision_id, created_at, "
              "created_by, retention_until, title, ledger_index, content, commitment, salt) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bindText(1, r.artifactId);
    insert->bindText(2, r.type);
    insert->bindText(3, r.sha256);
    insert->bind(4, r.size);
    insert->bindText(5, r.mediaType);
    insert->bindText(6, r.decisionId);
    insert->bindText(7, r.createdAt);
    insert->bindText(8, r.createdBy);
    insert->bindText(9, r.retentionUntil);
    insert->bindText(10, r.title);
    if (ledgerIndex < 0)
        insert->bindNull(11);
    else
        insert->bind(11, ledgerIndex);
    insert->bindBlob(12, r.content);
    insert->bindText(13, r.commitment);
    insert->bindBlob(14, r.salt);
    return insert->runOne();
}

Result<EvidenceArtifact> EvidenceStore::store(EvidenceType type, const QByteArray &content, const QString &mediaType,
                                              const QString &decisionId, const QString &title, const Principal &by)
{
    // A reviewer attaches evidence to a case; an AI system or the node attaches its own logs.
    if (!by.can(Permission::Decide)) {
        if (auto allowed = by.require(Permission::ResolveEscalation); !allowed)
            return allowed.error();
    }
    auto prepared = prepare(type, content, mediaType, decisionId, title, by);
    if (!prepared)
        return prepared.error();
    EvidenceArtifact artifact = *prepared;
    const QJsonObject payload{
        {QStringLiteral("artifact_id"), artifact.artifactId},
        {QStringLiteral("type"), EvidenceTypes::name(type)},
        {QStringLiteral("content_commitment"), artifact.commitment},
        {QStringLiteral("size"), artifact.size},
        {QStringLiteral("media_type"), artifact.mediaType},
        {QStringLiteral("decision_id"), decisionId.isEmpty() ? QJsonValue() : QJsonValue(decisionId)}};
    auto entry = m_ledger.append({QStringLiteral("evidence_stored"), by.ledgerActor(), payload,
                                  [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
                                      artifact.ledgerIndex = e.index;
                                      return storeInTransaction(conn, artifact);
                                  }});
    if (!entry)
        return entry.error();
    return artifact;
}

Result<QList<EvidenceArtifact>> EvidenceStore::query(const QString &where, const QVariantList &bindings, int limit,
                                                     int offset)
{
    QSqlDatabase conn = m_db->connection();
    const QVariantList all = Sql::paged(bindings, limit, offset);
    return Sql::selectAll(
        conn,
        QStringLiteral("SELECT %1 FROM evidence_artifacts %2 ORDER BY created_at, artifact_id LIMIT ? OFFSET ?")
            .arg(kSelectColumns, where),
        all, fromRow);
}

Result<EvidenceArtifact> EvidenceStore::get(const QString &artifactId)
{
    return Sql::firstOrNotFound(query(QStringLiteral("WHERE artifact_id = ?"), {artifactId}, 1, 0),
                                QStringLiteral("There is no evidence artifact %1.").arg(artifactId));
}

Result<QByteArray> EvidenceStore::content(const QString &artifactId)
{
    auto artifact = get(artifactId);
    if (!artifact)
        return artifact.error();
    if (artifact->isAnonymized())
        return Error::notFound(QStringLiteral("The content of evidence %1 was removed at %2 (retention or a GDPR "
                                              "erasure); only its record and its ledger commitment remain.")
                                   .arg(artifactId, artifact->anonymizedAt));
    if (artifact->storedInline) {
        auto bytes = inlineContent(artifactId);
        if (!bytes)
            return bytes.error();
        const QString problem = checkInline(*artifact, *bytes);
        if (!problem.isEmpty())
            return Error::integrity(QStringLiteral("evidence %1: %2").arg(artifactId, problem));
        return *bytes;
    }
    QFile f(pathFor(artifact->sha256));
    if (!f.open(QIODevice::ReadOnly))
        return Error::integrity(QStringLiteral("evidence %1: %2").arg(artifactId, checkFile(*artifact)));
    const QByteArray bytes = f.readAll();
    if (Sha256::hex(bytes) != artifact->sha256)
        return Error::integrity(QStringLiteral("evidence %1: %2").arg(artifactId, checkFile(*artifact)));
    return bytes;
}

Result<QList<EvidenceArtifact>> EvidenceStore::forDecision(const QString &decisionId)
{
    return query(QStringLiteral("WHERE decision_id = ?"), {decisionId}, std::numeric_limits<int>::max(), 0);
}

Result<QList<EvidenceArtifact>> EvidenceStore::list(const EvidenceFilter &filter)
{
    QStringList conditions;
    QVariantList bindings;
    if (filter.type) {
        conditions << QStringLiteral("type = ?");
        bindings << EvidenceTypes::name(*filter.type);
    }
    if (!filter.decisionId.isEmpty()) {
        conditions << QStringLiteral("decision_id = ?");
        bindings << filter.decisionId;
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return query(where, bindings, filter.limit, filter.offset);
}

Result<QByteArray> EvidenceStore::inlineContent(const QString &artifactId)
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT content FROM evidence_artifacts WHERE artifact_id = ?"), {artifactId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("There is no evidence artifact %1.").arg(artifactId));
    return q->value(0).toByteArray();
}

QString EvidenceStore::checkInline(const EvidenceArtifact &a, const QByteArray &content)
{
    const QString actual = Sha256::hex(content);
    if (actual != a.sha256 || content.size() != a.size)
        return QStringLiteral("the content stored in its database row has been altered: %1 bytes with SHA-256 %2, "
                              "the record says %3 bytes with %4")
            .arg(content.size())
            .arg(actual)
            .arg(a.size)
            .arg(a.sha256);
    return {};
}

QString EvidenceStore::checkFile(const EvidenceArtifact &a) const
{
    const QString relative = QStringLiteral("evidence/%1/%2").arg(a.sha256.left(2), a.sha256.mid(2));
    const QString path = pathFor(a.sha256);
    if (!QFile::exists(path))
        return QStringLiteral("the file %1 is missing").arg(relative);
    const auto actual = hashFile(path);
    if (!actual)
        return QStringLiteral("the file %1 cannot be read").arg(relative);
    if (*actual != a.sha256)
        return QStringLiteral("the file %1 has been altered: its SHA-256 is now %2, the record says %3")
            .arg(relative, *actual, a.sha256);
    return {};
}

Result<void> EvidenceStore::verify(const QString &artifactId)
{
    auto artifact = get(artifactId);
    if (!artifact)
        return artifact.error();
    // Anonymized content is gone on purpose; the ledger still holds its commitment.
    if (artifact->isAnonymized())
        return {};
    QString problem;
    if (artifact->storedInline) {
        auto bytes = inlineContent(artifactId);
        if (!bytes)
            return bytes.error();
        problem = checkInline(*artifact, *bytes);
    } else {
        problem = checkFile(*artifact);
    }
    if (!problem.isEmpty())
        return Error::integrity(
            QStringLiteral("evidence %1 (%2): %3").arg(artifactId, EvidenceTypes::name(artifact->type), problem));
    return {};
}

Result<EvidenceVerification> EvidenceStore::verifyAll(const std::function<bool(qint64, qint64)> &progress)
{
    QSqlDatabase conn = m_db->connection();
    auto count = Sql::exec(conn, QStringLiteral("SELECT COUNT(*) FROM evidence_artifacts"));
    if (!count)
        return count.error();
    count->next();
    const qint64 total = count->value(0).toLongLong();
    count->finish();
    // One pass over the rows, each checked as it is read: inline content is not held in memory
    // beyond its row.
    auto rows = Sql::exec(
        conn, QStringLiteral("SELECT %1, content FROM evidence_artifacts ORDER BY created_at, artifact_id").arg(kSelectColumns));
    if (!rows)
        return rows.error();
    EvidenceVerification report;
    QHash<QString, QString> fileProblems; // sha256 -> problem; shared files are hashed once
    while (rows->next()) {
        const EvidenceArtifact a = fromRow(*rows);
        QString problem;
        if (a.isAnonymized()) {
            // removed on purpose (retention or erasure): nothing to re-hash
        } else if (a.storedInline) {
            problem = checkInline(a, rows->value(14).toByteArray());
        } else {
            auto known = fileProblems.constFind(a.sha256);
            problem = known != fileProblems.constEnd() ? *known : fileProblems.insert(a.sha256, checkFile(a)).value();
        }
        ++report.checked;
        if (!problem.isEmpty()) {
            report.ok = false;
            report.badArtifacts << a.artifactId;
            report.problems
                << QStringLiteral("evidence %1 (%2): %3").arg(a.artifactId, EvidenceTypes::name(a.type), problem);
        }
        if (progress && !progress(report.checked, total)) {
            report.cancelled = true;
            break;
        }
    }
    return report;
}

Result<void> EvidenceStore::forEachWithContent(
    qint64 fromMs, qint64 toMs, const std::function<bool(const EvidenceArtifact &, const QByteArray &)> &visit)
{
    QSqlDatabase conn = m_db->connection();
    // created_at is fixed-width RFC 3339 UTC, so text order is time order.
    auto rows = Sql::exec(conn,
                          QStringLiteral("SELECT %1, content FROM evidence_artifacts WHERE created_at >= ? AND created_at < ? "
                                         "ORDER BY created_at, artifact_id")
                              .arg(kSelectColumns),
                          {Timestamp::format(fromMs > 0 ? fromMs : 0),
                           toMs > 0 ? Timestamp::format(toMs) : QStringLiteral("9999-12-31T23:59:59.999Z")});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const EvidenceArtifact a = fromRow(*rows);
        if (a.isAnonymized())
            continue; // its content was removed on purpose; there is nothing to export
        QByteArray content;
        QString problem;
        if (a.storedInline) {
            content = rows->value(14).toByteArray();
            problem = checkInline(a, content);
        } else {
            QFile f(pathFor(a.sha256));
            if (f.open(QIODevice::ReadOnly))
                content = f.readAll();
            if (!f.isOpen() || Sha256::hex(content) != a.sha256)
                problem = checkFile(a);
        }
        if (!problem.isEmpty())
            return Error::integrity(QStringLiteral("evidence %1: %2").arg(a.artifactId, problem));
        if (!visit(a, content))
            break;
    }
    return {};
}

} // namespace Lexecon
