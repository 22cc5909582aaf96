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

// Which entries a browsing query returns: type exactly (empty: any) and text as a
// case-insensitive substring of the type, actor or canonical bytes (empty: any).
struct LedgerFilter
{
    QString type;
    QString text;
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

    // Browsing (the desktop's ledger screen): up to count entries matching filter, newest first,
    // with an index below `before` (-1: from the newest). Keyset paging, so page n costs what page 1 does.
    Result<QList<LedgerEntry>> newestFirst(const LedgerFilter &filter, qint64 before, int count);
    // Up to count entries matching filter with an index of `from` or more, oldest first (what was appended).
    Result<QList<LedgerEntry>> matchingFrom(const LedgerFilter &filter, qint64 from, int count);
    // The entry types present, sorted. One scan of the ledger: seconds over millions of entries.
    Result<QStringList> types();

private:
    std::shared_ptr<Database> m_db;
};

} // namespace Lexecon
