#pragma once

#include "Intervention.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace Lexecon {

class Clock;
class Database;

// The Article 14 record of human oversight: an append-only table of Interventions, written by
// the service whose act they document (escalation resolution, override, ...) inside that
// service's ledger transaction.
class InterventionLog
{
public:
    InterventionLog(std::shared_ptr<Database> db, const Clock &clock);

    // Validates and inserts inside the caller's transaction (LedgerAppend::alsoWrite). Fills in
    // interventionId and createdAt when empty; returns the intervention as stored.
    Result<Intervention> record(QSqlDatabase &conn, const Intervention &intervention);
    static Result<void> validate(const Intervention &intervention);

    Result<Intervention> get(const QString &interventionId);
    Result<QList<Intervention>> forDecision(const QString &decisionId);
    // Interventions with fromMs <= created_at < toMs, oldest first.
    Result<QList<Intervention>> list(qint64 fromMs, qint64 toMs, int limit = 1000, int offset = 0);

private:
    Result<QList<Intervention>> query(const QString &where, const QVariantList &bindings, int limit, int offset);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
};

} // namespace Lexecon
