#pragma once

#include "LedgerEntry.h"
#include "common/Result.h"

#include <QList>

#include <functional>
#include <memory>

namespace Lexecon {

class Database;

// One stored row as the verifier reads it: the hashed bytes and the columns copied from them.
struct LedgerRow
{
    qint64 index = -1;
    QByteArrayView entryHash;
    QByteArrayView canonical;
    QByteArrayView type;
    QByteArrayView actor;
    QByteArrayView timestamp;
};

// Reads the ledger. Writes go through LedgerWriter only.
class LedgerStore
{
public:
    explicit LedgerStore(std::shared_ptr<Database> db);

    Result<qint64> size();                 // number of entries (the next index)
    Result<LedgerEntry> entry(qint64 index);
    Result<QList<LedgerEntry>> entries(qint64 from, qint64 count);
    // Streams (index, entry_hash, canonical) in index order without building LedgerEntry objects.
    // visit returns false to stop early.
    Result<void> scan(qint64 from, const std::function<bool(qint64, QByteArrayView, QByteArrayView)> &visit);
    // The same walk with the query columns too (type, actor, timestamp), for verification.
    Result<void> scanRows(qint64 from, const std::function<bool(const LedgerRow &)> &visit);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace Lexecon
