#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace Lexecon {

class Database;
struct LedgerRow;

struct LedgerVerification
{
    bool ok = true;
    qint64 entries = 0;
    qint64 firstBadIndex = -1;
    QString problem; // a sentence naming what is wrong at firstBadIndex or firstBadCheckpoint
    QString headHash;
    QByteArray rootHash;            // Merkle root of all entries, recomputed from their bytes
    qint64 checkpoints = 0;         // signed checkpoints checked
    qint64 firstBadCheckpoint = -1; // tree size of the first checkpoint that failed
};

// Walks the whole ledger: re-hashes every entry's canonical bytes, checks the stored hash,
// the index sequence and the prev_hash chain, and names the first bad index. On the same walk it
// recomputes the Merkle tree (SPEC section 5) and then checks every stored checkpoint: its
// signature by the node key, its root against the entries' root at its size (so the latest
// checkpoint covers the ledger as it is), and the stored tree's consistency proof between
// successive checkpoints; the first bad checkpoint is named by its tree size.
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

    // checkEntry without the hash comparison: the index field and the prev_hash link.
    static QString checkFields(qint64 expectedIndex, QByteArrayView canonical, QByteArrayView previousHash);

    // The query columns of a row against its hashed bytes; empty string when they agree.
    static QString checkColumns(const LedgerRow &row);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace Lexecon
