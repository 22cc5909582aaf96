#pragma once

#include "LegalHoldStore.h"
#include "RetentionReports.h"
#include "RetentionRules.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace Lexecon {

class Clock;
class Database;
class EvidenceStore;
class LedgerWriter;
class Principal;

// EU AI Act Art. 12 record keeping and GDPR erasure over the decisions table (core/retention).
// Assigns each decision a retention class (RetentionRules), moves it active -> expiring ->
// anonymized | archived, and honours legal holds, which no anonymization or erasure passes.
// Anonymization (RecordAnonymizer) leaves every ledger entry byte-identical: payloads hold only
// salted commitments, and the salts go with the data.
class RetentionService
{
public:
    static constexpr int DefaultBatchSize = 1000;

    RetentionService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock, EvidenceStore &evidence,
                     RetentionRules rules = {});

    const RetentionRules &rules() const { return m_rules; }
    void setBatchSize(int n) { m_batch = n > 0 ? n : DefaultBatchSize; }
    LegalHoldStore &holds() { return m_holds; }

    // The retention job. Classifies new decisions, marks those within the warning window
    // expiring, anonymizes those past their period unless held; batches of setBatchSize()
    // decisions, each its own transaction, so a million decisions never sit in memory and an
    // interrupted run resumes where it stopped. Writes ONE ledger entry "retention_run" with the
    // counts when anything changed; a run with nothing to do writes none. Needs manage_compliance.
    // progress(doneInThisRun) returns false to stop after the current batch.
    Result<RetentionRunReport> runRetention(const Principal &by, qint64 nowMs,
                                            const std::function<bool(qint64)> &progress = {});
    // Counts by class and status, and the holds in force. A read: like `decision show`, it takes
    // no principal (the screen that shows it checks view_audit_logs).
    Result<RetentionStatusReport> status();

    // GDPR Art. 17 erasure of a data subject: every decision whose request actor or
    // context.subject_id equals subject is anonymized now, whatever its class. Refused, changing
    // nothing, when a legal hold covers any of them (the message names the hold). One ledger entry
    // "subject_erased" with the counts; the subject itself never enters the ledger. Needs
    // manage_compliance. Afterwards the data file is checkpointed so no erased bytes stay in the WAL.
    Result<ErasureReport> eraseSubject(const QString &subject, const Principal &by);

    // Recomputes the commitments of a decision's ledger entry from the salts and data still held.
    Result<CommitmentCheck> verifyCommitments(const QString &decisionId);

private:
    Result<qint64> classifyBatch(qint64 nowMs, bool &more);
    Result<qint64> markExpiringBatch(qint64 nowMs, bool &more);
    Result<void> anonymizeDueBatch(qint64 nowMs, RetentionRunReport &report, qint64 &afterUntil, QString &afterId,
                                   bool &more, QStringList &files);
    void removeUnreferencedFiles(const QStringList &sha256s);
    // True when the WAL was emptied (no reader kept an old snapshot).
    bool scrubFreedPages();

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    EvidenceStore &m_evidence;
    RetentionRules m_rules;
    LegalHoldStore m_holds;
    int m_batch = DefaultBatchSize;
};

} // namespace Lexecon
