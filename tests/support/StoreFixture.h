#pragma once

#include "common/Result.h"
#include "mock/MockClock.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Lexecon {
class Database;
class LedgerWriter;
} // namespace Lexecon

namespace Lexecon::Test {

// The store every service test builds on: a temporary dir, a migrated database in it, a ledger
// writer with its genesis entry, and a clock that moves only when the test says so.
// Services under test borrow db, clock and ledger; reset them before calling open() again.
struct StoreFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::shared_ptr<Database> db;
    MockClock clock;
    std::unique_ptr<LedgerWriter> ledger;

    StoreFixture();
    ~StoreFixture();

    // openDatabase() then startLedger(genesis). The clock is left as it is.
    Result<void> open(const QJsonObject &genesis = {});
    // Drops the previous store and opens a fresh, migrated database in a new temporary dir.
    Result<void> openDatabase();
    // Creates the ledger writer and appends the genesis entry (for tests that need the database first).
    Result<void> startLedger(const QJsonObject &genesis = {});

    // SELECT COUNT(*) FROM table.
    qint64 rowCount(const QString &table) const;
    // The first column of the first row of sql as a number, or -1 when the query fails or returns nothing.
    qint64 scalar(const QString &sql) const;
    qint64 ledgerSize() const;
};

} // namespace Lexecon::Test
