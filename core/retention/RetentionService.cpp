#include "RetentionService.h"

#include "CommitmentVerifier.h"
#include "RecordAnonymizer.h"
#include "auth/Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "evidence/EvidenceStore.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Lexecon {

namespace {

// A decision is classified once it is this old, so that one still being committed (its id was
// drawn before a later one that committed first) is never skipped by the classification mark.
constexpr qint64 kClassifyLagMs = 60 * 1000;
const QString kClassifiedThrough = QStringLiteral("classified_through");
// The partial index decisions_retention_due is used only when a query repeats its WHERE terms.
const QString kOpenDue =
    QStringLiteral("retention_until_ms IS NOT NULL AND retention_status IN ('active', 'expiring')");

QString subjectIdOf(const QJsonObject &request)
{
    const QJsonValue v = request.value(QStringLiteral("context")).toObject().value(QStringLiteral("subject_id"));
    return v.isString() ? v.toString() : QString();
}

bool heldBy(const QList<LegalHold> &holds, const QString &decisionId, const QString &actor, const QString &subjectId,
            qint64 createdMs, const LegalHold **which = nullptr)
{
    for (const LegalHold &h : holds) {
        if (h.covers(decisionId, actor, subjectId, createdMs)) {
            if (which)
                *which = &h;
            return true;
        }
    }
    return false;
}

// The subject as it appears inside the stored request JSON, for a LIKE prefilter.
QString likePattern(const QString &subject)
{
    QByteArray encoded = QJsonDocument(QJsonArray{subject}).toJson(QJsonDocument::Compact);
    encoded = encoded.mid(2, encoded.size() - 4); // strip [" and "]
    QString s = QString::fromUtf8(encoded);
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + s + QLatin1Char('%');
}

} // namespace

RetentionService::RetentionService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock,
                                   EvidenceStore &evidence, RetentionRules rules)
    : m_db(db)
    , m_ledger(ledger)
    , m_clock(clock)
    , m_evidence(evidence)
    , m_rules(std::move(rules))
    , m_holds(db, ledger, clock)
{
}

Result<qint64> RetentionService::classifyBatch(qint64 nowMs, bool &more)
{
    qint64 done = 0;
    auto written = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
        auto mark =
            Sql::exec(conn, QStringLiteral("SELECT value FROM retention_state WHERE key = ?"), {kClassifiedThrough});
        if (!mark)
            return mark.error();
        // Never a null QString: Qt binds that as SQL NULL, and "decision_id > NULL" matches nothing.
        const QString after = mark->next() ? mark->value(0).toString() : QStringLiteral("");
        mark->finish();
        auto rows = Sql::exec(conn,
                              QStringLiteral("SELECT decision_id, created_ms, risk_level, request_json FROM decisions "
                                             "WHERE decision_id > ? AND created_ms <= ? ORDER BY decision_id LIMIT ?"),
                              {after, nowMs - kClassifyLagMs, m_batch});
        if (!rows)
            return rows.error();
        struct Row
        {
            QString id;
            QString cls;
            qint64 until;
        };
        QList<Row> batch;
        while (rows->next()) {
            const QJsonObject request = QJsonDocument::fromJson(rows->value(3).toByteArray()).object();
            QStringList dataClasses;
            for (const QJsonValue &d : request.value(QStringLiteral("data_classes")).toArray())
                dataClasses << d.toString();
            const RetentionClass c = m_rules.classify(rows->value(2).toString(), dataClasses,
                                                      request.value(QStringLiteral("context")).toObject());
            batch.append({rows->value(0).toString(), RetentionClasses::name(c),
                          m_rules.untilMs(c, rows->value(1).toLongLong())});
        }
        rows->finish();
        for (const Row &r : batch) {
            if (auto u = Sql::execCached(
                    conn,
                    // An erased decision already has its class (RecordAnonymizer).
                    QStringLiteral("UPDATE decisions SET retention_class = COALESCE(retention_class, ?), "
                                   "retention_until_ms = ? WHERE decision_id = ?"),
                    {r.cls, r.until, r.id});
                !u)
                return u.error();
        }
        done = batch.size();
        more = batch.size() == m_batch;
        if (batch.isEmpty())
            return {};
        auto saved = Sql::exec(conn,
                               QStringLiteral("INSERT INTO retention_state (key, value) VALUES (?, ?) "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                               {kClassifiedThrough, batch.last().id});
        if (!saved)
            return saved.error();
        return {};
    });
    if (!written)
        return written.error();
    return done;
}

Result<qint64> RetentionService::markExpiringBatch(qint64 nowMs, bool &more)
{
    qint64 done = 0;
    auto written = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
        auto q = Sql::exec(conn,
                           QStringLiteral("UPDATE decisions SET retention_status = 'expiring' WHERE decision_id IN "
                                          "(SELECT decision_id FROM decisions WHERE %1 AND retention_status = 'active' "
                                          "AND retention_until_ms <= ? ORDER BY retention_until_ms LIMIT ?)")
                               .arg(kOpenDue),
                           {nowMs + m_rules.warningMs, m_batch});
        if (!q)
            return q.error();
        done = q->numRowsAffected();
        return {};
    });
    if (!written)
        return written.error();
    more = done == m_batch;
    return done;
}

Result<void> RetentionService::anonymizeDueBatch(qint64 nowMs, RetentionRunReport &report, qint64 &afterUntil,
                                                 QString &afterId, bool &more, QStringList &files)
{
    return m_db->write([&](QSqlDatabase &conn) -> Result<void> {
        // Read inside the write transaction: a hold placed a moment ago is seen.
        auto holds = LegalHoldStore::active(conn);
        if (!holds)
            return holds.error();
        auto rows =
            Sql::exec(conn,
                      QStringLiteral("SELECT decision_id, retention_until_ms, retention_class, actor, request_json, "
                                     "created_ms FROM decisions WHERE %1 AND retention_until_ms <= ? AND "
                                     "(retention_until_ms > ? OR (retention_until_ms = ? AND decision_id > ?)) "
                                     "ORDER BY retention_until_ms, decision_id LIMIT ?")
                          .arg(kOpenDue),
                      {nowMs, afterUntil, afterUntil, afterId, m_batch});
        if (!rows)
            return rows.error();
        struct Row
        {
            QString id;
            qint64 until;
            QString cls;
            QString actor;
            QByteArray request;
            qint64 created;
        };
        QList<Row> batch;
        while (rows->next())
            batch.append({rows->value(0).toString(), rows->value(1).toLongLong(), rows->value(2).toString(),
                          rows->value(3).toString(), rows->value(4).toByteArray(), rows->value(5).toLongLong()});
        rows->finish();
        more = batch.size() == m_batch;
        const QString at = Timestamp::format(nowMs);
        RecordAnonymizer::Counts counts;
        for (const Row &r : batch) {
            afterUntil = r.until;
            afterId = r.id;
            const QJsonObject request = QJsonDocument::fromJson(r.request).object();
            if (heldBy(*holds, r.id, r.actor, subjectIdOf(request), r.created)) {
                ++report.held;
                continue;
            }
            const RetentionStatus end =
                RetentionRules::endStatus(RetentionClasses::fromName(r.cls).value_or(RetentionClass::Standard));
            const qint64 before = counts.decisions;
            if (auto done = RecordAnonymizer::anonymize(conn, r.id, r.request, end, at, m_rules, counts); !done)
                return done;
            if (counts.decisions > before)
                ++(end == RetentionStatus::Archived ? report.archived : report.anonymized);
        }
        files << counts.contentFiles;
        return {};
    });
}

Result<RetentionRunReport> RetentionService::runRetention(const Principal &by, qint64 nowMs,
                                                          const std::function<bool(qint64)> &progress)
{
    if (auto allowed = by.require(Permission::ManageCompliance); !allowed)
        return allowed.error();
    RetentionRunReport report;
    report.runId = Ulid::make(QStringLiteral("ret_"), m_clock);
    {
        // Erased rows are overwritten with zeros, not left in free space (see scrubFreedPages).
        QSqlDatabase conn = m_db->connection();
        if (auto secure = Sql::exec(conn, QStringLiteral("PRAGMA secure_delete = ON")); !secure)
            return secure.error();
    }
    auto keepGoing = [&]() {
        const qint64 done = report.classified + report.expiring + report.anonymized + report.archived + report.held;
        if (progress && !progress(done))
            report.cancelled = true;
        return !report.cancelled;
    };
    for (bool more = true; more && keepGoing();) {
        auto n = classifyBatch(nowMs, more);
        if (!n)
            return n.error();
        report.classified += *n;
    }
    for (bool more = true; more && keepGoing();) {
        auto n = markExpiringBatch(nowMs, more);
        if (!n)
            return n.error();
        report.expiring += *n;
    }
    QStringList files;
    qint64 afterUntil = -1;
    QString afterId = QStringLiteral(""); // not null: see classifyBatch
    for (bool more = true; more && keepGoing();) {
        if (auto done = anonymizeDueBatch(nowMs, report, afterUntil, afterId, more, files); !done)
            return done.error();
    }
    removeUnreferencedFiles(files);
    if (report.anonymized + report.archived > 0)
        scrubFreedPages();
    if (report.classified + report.expiring + report.anonymized + report.archived == 0)
        return report; // nothing changed: no entry, so a repeated run leaves the ledger as it was
    QJsonObject payload = report.toJson();
    payload.remove(QStringLiteral("ledger_index"));
    payload.insert(QStringLiteral("at"), Timestamp::format(nowMs));
    auto entry = m_ledger.append({QStringLiteral("retention_run"), by.ledgerActor(), payload, {}});
    if (!entry)
        return entry.error();
    report.ledgerIndex = entry->index;
    return report;
}

Result<RetentionStatusReport> RetentionService::status()
{
    RetentionStatusReport report;
    QSqlDatabase conn = m_db->connection();
    // Classified decisions are counted off the partial index decisions_retention_class; the rest
    // are unclassified and active (an erasure classifies what it anonymizes), so a million
    // decisions cost two index scans, not a table scan.
    auto total = Sql::exec(conn, QStringLiteral("SELECT COUNT(*) FROM decisions"));
    if (!total)
        return total.error();
    report.total = total->next() ? total->value(0).toLongLong() : 0;
    total->finish();
    auto q =
        Sql::exec(conn, QStringLiteral("SELECT retention_class, retention_status, COUNT(*) FROM decisions "
                                       "WHERE retention_class IS NOT NULL GROUP BY retention_class, retention_status"));
    if (!q)
        return q.error();
    qint64 classified = 0;
    while (q->next()) {
        report.counts[q->value(0).toString()][q->value(1).toString()] += q->value(2).toLongLong();
        classified += q->value(2).toLongLong();
    }
    q->finish();
    if (report.total > classified)
        report.counts[QStringLiteral("unclassified")][QStringLiteral("active")] = report.total - classified;
    auto holds = LegalHoldStore::active(conn);
    if (!holds)
        return holds.error();
    report.holds = *holds;
    QStringList terms;
    QVariantList binds;
    for (const LegalHold &h : report.holds) {
        switch (h.scope) {
        case LegalHold::Scope::Decision:
            terms << QStringLiteral("decision_id = ?");
            binds << h.decisionId;
            break;
        case LegalHold::Scope::Subject:
            terms << QStringLiteral("actor = ?");
            binds << h.subject;
            break;
        case LegalHold::Scope::DateRange:
            terms << QStringLiteral("(created_ms >= ? AND created_ms <= ?)");
            binds << h.fromMs << h.toMs;
            break;
        }
    }
    if (!terms.isEmpty()) {
        auto held = Sql::exec(
            conn, QStringLiteral("SELECT COUNT(*) FROM decisions WHERE ") + terms.join(QStringLiteral(" OR ")), binds);
        if (!held)
            return held.error();
        if (held->next())
            report.onLegalHold = held->value(0).toLongLong();
    }
    return report;
}

Result<ErasureReport> RetentionService::eraseSubject(const QString &subjectText, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageCompliance); !allowed)
        return allowed.error();
    const QString subject = subjectText.trimmed();
    if (subject.isEmpty())
        return Error::invalid(QStringLiteral("subject"),
                              QStringLiteral("subject is empty; send the request actor or context.subject_id of the "
                                             "person whose data is to be erased."));
    QSqlDatabase conn = m_db->connection();
    // Without it the erased values stay readable in the file's free pages: no erasure then.
    if (auto secure = Sql::exec(conn, QStringLiteral("PRAGMA secure_delete = ON")); !secure)
        return secure.error();
    const QString select =
        QStringLiteral("SELECT decision_id, actor, request_json, created_ms FROM decisions WHERE decision_id > ? AND "
                       "anonymized_at IS NULL AND (actor = ? OR CAST(request_json AS TEXT) LIKE ? ESCAPE '\\') ORDER "
                       "BY decision_id LIMIT ?");
    const QString pattern = likePattern(subject);
    // Walks the subject's records a batch at a time (the LIKE is only a prefilter; the match is
    // exact on actor or context.subject_id). visit returns an error to stop.
    auto walk =
        [&](QSqlDatabase &c, QString &after, bool &more,
            const std::function<Result<void>(const QString &, const QByteArray &, const QString &, qint64)> &visit)
        -> Result<void> {
        auto rows = Sql::exec(c, select, {after, subject, pattern, m_batch});
        if (!rows)
            return rows.error();
        struct Row
        {
            QString id;
            QString actor;
            QByteArray request;
            qint64 created;
        };
        QList<Row> batch;
        while (rows->next())
            batch.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toByteArray(),
                          rows->value(3).toLongLong()});
        rows->finish();
        more = batch.size() == m_batch;
        for (const Row &r : batch) {
            after = r.id;
            const QString subjectId = subjectIdOf(QJsonDocument::fromJson(r.request).object());
            if (r.actor != subject && subjectId != subject)
                continue;
            if (auto v = visit(r.id, r.request, r.actor, r.created); !v)
                return v;
        }
        return {};
    };

    // First pass, read only: refuse before anything changes when a hold covers any record.
    auto holds = LegalHoldStore::active(conn);
    if (!holds)
        return holds.error();
    auto refuseHeld = [&](const QList<LegalHold> &active, const QString &id, const QByteArray &request,
                          const QString &actor, qint64 created) -> Result<void> {
        const LegalHold *hold = nullptr;
        if (heldBy(active, id, actor, subjectIdOf(QJsonDocument::fromJson(request).object()), created, &hold))
            return Error::conflict(QStringLiteral("Decision %1 of this subject is under %2, so nothing was erased. "
                                                  "Release the hold (`lexecon-cli retention release %3 --reason ...`) "
                                                  "once the case allows, then erase again.")
                                       .arg(id, hold->describe(), hold->holdId));
        return {};
    };
    if (!holds->isEmpty()) {
        QString after = QStringLiteral("");
        for (bool more = true; more;) {
            auto checked = walk(conn, after, more,
                                [&](const QString &id, const QByteArray &request, const QString &actor,
                                    qint64 created) { return refuseHeld(*holds, id, request, actor, created); });
            if (!checked)
                return checked.error();
        }
    }

    ErasureReport report;
    report.erasureId = Ulid::make(QStringLiteral("era_"), m_clock);
    const QString at = Timestamp::format(m_clock.nowMs());
    RecordAnonymizer::Counts counts;
    QString after = QStringLiteral(""); // not null: see classifyBatch
    for (bool more = true; more;) {
        auto batch = m_db->write([&](QSqlDatabase &c) -> Result<void> {
            auto current = LegalHoldStore::active(c); // a hold placed since the check still wins
            if (!current)
                return current.error();
            return walk(c, after, more,
                        [&](const QString &id, const QByteArray &request, const QString &actor,
                            qint64 created) -> Result<void> {
                            if (auto ok = refuseHeld(*current, id, request, actor, created); !ok)
                                return ok;
                            return RecordAnonymizer::anonymize(c, id, request, RetentionStatus::Anonymized, at, m_rules,
                                                               counts);
                        });
        });
        if (!batch)
            return batch.error();
    }
    // Released holds on this subject name the person too; their text goes as well (the ledger
    // keeps only the commitments). A hold in force was refused above.
    auto holdsBlanked = m_db->write([&](QSqlDatabase &c) -> Result<void> {
        auto q = Sql::exec(c,
                           QStringLiteral("UPDATE legal_holds SET subject = '', subject_salt = NULL, reason = '', "
                                          "reason_salt = NULL, release_reason = '', release_reason_salt = NULL "
                                          "WHERE scope = 'subject' AND subject = ? AND released_at IS NOT NULL"),
                           {subject});
        if (!q)
            return q.error();
        return {};
    });
    if (!holdsBlanked)
        return holdsBlanked.error();
    report.decisions = counts.decisions;
    report.evidence = counts.evidence;
    report.overrides = counts.overrides;
    removeUnreferencedFiles(counts.contentFiles);
    // The ledger records that an erasure happened and how much it removed, never whose.
    QJsonObject payload = report.toJson();
    payload.remove(QStringLiteral("ledger_index"));
    payload.remove(QStringLiteral("wal_emptied"));
    auto entry = m_ledger.append({QStringLiteral("subject_erased"), by.ledgerActor(), payload, {}});
    if (!entry)
        return entry.error();
    report.ledgerIndex = entry->index;
    report.walEmptied = scrubFreedPages();
    return report;
}

void RetentionService::removeUnreferencedFiles(const QStringList &sha256s)
{
    QSqlDatabase conn = m_db->connection();
    for (const QString &sha : sha256s) {
        if (sha.isEmpty())
            continue;
        // Content-addressed: another artifact still holding the same bytes keeps the file.
        auto q = Sql::exec(conn, QStringLiteral("SELECT 1 FROM evidence_artifacts WHERE sha256 = ? LIMIT 1"), {sha});
        if (q && !q->next())
            QFile::remove(m_evidence.pathFor(sha));
    }
}

bool RetentionService::scrubFreedPages()
{
    // secure_delete (set on this connection before the updates) zeroes the freed bytes in the
    // pages written; the checkpoint moves those pages into the database file and TRUNCATE empties
    // the WAL, so the old page images holding the erased text do not stay in it.
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return q && q->next() && q->value(0).toInt() == 0;
}

Result<CommitmentCheck> RetentionService::verifyCommitments(const QString &decisionId)
{
    return CommitmentVerifier(m_db, m_evidence).check(decisionId);
}

} // namespace Lexecon
