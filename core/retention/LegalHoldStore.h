#pragma once

#include "LegalHold.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;
class Principal;

// Places and releases legal holds (table legal_holds, migration 022). Each is one ledger entry
// ("legal_hold_placed", "legal_hold_released") that carries the hold's id, scope, decision id or
// date range, and salted commitments to the subject and the reasons (free text about a person
// stays in the erasable row). Needs manage_compliance; a reason of at least 10 characters.
class LegalHoldStore
{
public:
    static constexpr int MinReasonLength = 10;

    LegalHoldStore(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock);

    Result<LegalHold> place(const LegalHold &terms, const Principal &by);
    Result<LegalHold> release(const QString &holdId, const QString &reason, const Principal &by);
    Result<LegalHold> get(const QString &holdId);
    Result<QList<LegalHold>> list(bool includeReleased = true);
    // The holds in force, read on conn (inside a caller's transaction where it matters).
    static Result<QList<LegalHold>> active(QSqlDatabase &conn);

private:
    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
};

} // namespace Lexecon
