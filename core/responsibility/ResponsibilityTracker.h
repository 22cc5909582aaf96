#pragma once

#include "ResponsibilityRecord.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace Lexecon {

class Clock;
class Database;

// The accountability chain of each decision: an append-only table of ResponsibilityRecords.
// Records are written by the service whose act they document (decision, escalation, override),
// inside that service's ledger transaction, so they carry no ledger entry of their own.
class ResponsibilityTracker
{
public:
    ResponsibilityTracker(std::shared_ptr<Database> db, const Clock &clock);

    // Validates and inserts inside the caller's transaction (LedgerAppend::alsoWrite). Fills in
    // recordId and createdAt when empty; returns the record as stored. The caller has checked
    // the principal's permission for the act.
    Result<ResponsibilityRecord> record(QSqlDatabase &conn, const ResponsibilityRecord &record);

    // record() in two steps, for the ledger writer's thread: prepare() validates, fills in and
    // encodes the values (call it before the append, on the caller's thread); insertRow() only
    // binds and inserts them, with the entry's index (-1: none).
    struct Row
    {
        // UTF-8 text; a null array is SQL NULL (the optional ids when empty).
        QByteArray recordId, decisionId, escalationId, overrideId, decisionMaker, makerType, level, reasoning,
            delegatedFrom, createdAt;
        qint64 confidence = 0;
        bool liabilityAccepted = false;
    };
    Result<Row> prepare(const ResponsibilityRecord &record) const;
    static Result<void> insertRow(QSqlDatabase &conn, const Row &row, qint64 ledgerIndex);

    // The validation record() applies, on its own (for callers that want to fail before appending).
    static Result<void> validate(const ResponsibilityRecord &record);

    // The decision's chain in the order it was written.
    Result<QList<ResponsibilityRecord>> forDecision(const QString &decisionId);
    Result<ResponsibilityRecord> get(const QString &recordId);

private:
    Result<ResponsibilityRecord> filled(const ResponsibilityRecord &record) const;
    static Row row(const ResponsibilityRecord &record);
    Result<QList<ResponsibilityRecord>> query(const QString &where, const QVariantList &bindings);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
};

} // namespace Lexecon
