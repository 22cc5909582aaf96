#pragma once

#include "ResponsibilityRecord.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace Lexecon {

class Clock;
class Database;

// The accountability chain of each decision: append-only ResponsibilityRecords. Records are
// written by the service whose act they document (decision, escalation, override), inside that
// service's ledger transaction, so they carry no ledger entry of their own.
//
// The first link, the decision's own act (ofDecision), lives in the decision's row: its two
// fields that do not follow from the decision are the columns decisions.decision_maker and
// decision_reasoning (migration 027), which DecisionService writes. Every later record, and every
// record written before 027, is a row of responsibility_records. forDecision() and get() read both.
class ResponsibilityTracker
{
public:
    ResponsibilityTracker(std::shared_ptr<Database> db, const Clock &clock);

    // Validates and inserts inside the caller's transaction (LedgerAppend::alsoWrite). Fills in
    // recordId and createdAt when empty; returns the record as stored. The caller has checked
    // the principal's permission for the act.
    Result<ResponsibilityRecord> record(QSqlDatabase &conn, const ResponsibilityRecord &record);

    // The validation record() applies, on its own (for callers that want to fail before appending).
    static Result<void> validate(const ResponsibilityRecord &record);

    // The record of a decision's own act: maker (the node) decided it, automated, or supervised
    // when it was escalated, for reasoning. Its id is the decision's under the rsp_ prefix
    // (recordIdOf); createdAt and ledgerIndex are the decision's, filled in when read back.
    static ResponsibilityRecord ofDecision(const QString &decisionId, const QString &escalationId,
                                           const QString &maker, const QString &reasoning);
    static QString recordIdOf(const QString &decisionId);

    // The decision's chain in the order it was written.
    Result<QList<ResponsibilityRecord>> forDecision(const QString &decisionId);
    Result<ResponsibilityRecord> get(const QString &recordId);

private:
    // A record's values as bound: UTF-8 text; a null array is SQL NULL (the optional ids when empty).
    struct Row
    {
        QByteArray recordId, decisionId, escalationId, overrideId, decisionMaker, makerType, level, reasoning,
            delegatedFrom, createdAt;
        qint64 confidence = 0;
        bool liabilityAccepted = false;
    };

    Result<ResponsibilityRecord> filled(const ResponsibilityRecord &record) const;
    static Row row(const ResponsibilityRecord &record);
    // Inserts with the entry's index (-1: none).
    static Result<void> insertRow(QSqlDatabase &conn, const Row &row, qint64 ledgerIndex);
    // The records of responsibility_records matching where, and the decision's own record of
    // decisionId (empty: none), oldest first.
    Result<QList<ResponsibilityRecord>> query(const QString &where, const QString &decisionId,
                                              const QVariantList &bindings);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
};

} // namespace Lexecon
