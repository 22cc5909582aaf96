#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace Lexecon {

class Database;

struct LedgerVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadIndex = -1;
    QString problem; // a sentence naming what is wrong at firstBadIndex
    QString headHash;
};

// Walks the whole ledger: re-hashes every entry's canonical bytes, checks the stored hash,
// the index sequence and the prev_hash chain, and names the first bad index.
class LedgerVerifier
{
public:
    explicit LedgerVerifier(std::shared_ptr<Database> db);

    // progress(done) is called every few thousand entries; it returns false to cancel.
    Result<LedgerVerification> verify(const std::function<bool(qint64)> &progress = {});

    // The check for one entry given the previous entry's hash; empty string when good. Exposed
    // so the same rule serves the full walk and any partial check.
    static QString checkEntry(qint64 expectedIndex, QByteArrayView storedHash, QByteArrayView canonical,
                              QByteArrayView previousHash);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace Lexecon
