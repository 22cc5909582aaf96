#pragma once

#include "LedgerEntry.h"
#include "MerkleAppender.h"
#include "common/Result.h"
#include "crypto/Sha256.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <condition_variable>
#include <vector>

namespace Lexecon {

class Clock;
struct LedgerAppend;

// One caller's request while it waits for the writer thread. It lives on the caller's stack:
// the caller waits on `answered` until the writer has set `result` and `done` (under the queue's mutex).
struct PendingAppend
{
    explicit PendingAppend(const LedgerAppend &request);
    // ensureGenesis: no request, the genesis payload instead.
    explicit PendingAppend(const QJsonObject &genesisPayload);

    const LedgerAppend *request = nullptr;
    QJsonObject genesisPayload;
    // The canonical bytes around the parts only the writer knows (index, prev_hash, timestamp),
    // serialised by the caller's thread so the writer thread only concatenates.
    QByteArray beforeIndex;    // {"actor":...,"index":
    QByteArray beforePrevHash; // ,"payload":{...},"prev_hash":"
    QByteArray afterTimestamp; // ","type":"..."}
    Result<LedgerEntry> result;
    bool done = false;
    // Not a semaphore: libstdc++'s spins with sched_yield, and 32 spinning callers starve the writer.
    std::condition_variable answered;
};

// The writer thread's half of group commit: writes a whole batch of requests in ONE transaction
// (BEGIN IMMEDIATE, synchronous=FULL), each request under its own savepoint so that a failing
// alsoWrite fails only its caller. Lives on, and is used only by, the writer thread; it keeps its
// prepared statements and the Merkle right edge across batches.
class LedgerBatch
{
public:
    // conn must be the writer thread's connection (Database::connection() on that thread), so a
    // service that reads through its own Database inside alsoWrite reads this same transaction.
    LedgerBatch(QSqlDatabase conn, const Clock &clock);

    // Sets every request's result. Successes are durable when this returns (after COMMIT);
    // if the commit fails they are all turned into errors.
    void write(const std::vector<PendingAppend *> &batch);
    // The connection's PRAGMA synchronous as a word ("FULL"), read when the batch writer started.
    QString synchronous() const { return m_synchronous; }

    // The canonical bytes of entry `index` from the pieces a PendingAppend holds: equal to
    // LedgerEntry::make(...).canonical (the test compares them).
    static QByteArray canonical(const PendingAppend &p, qint64 index, QStringView prevHash, QStringView timestamp);

private:
    Result<void> prepare();
    Result<void> begin();
    Result<LedgerEntry> writeOne(PendingAppend &p);
    Result<LedgerEntry> makeEntry(const PendingAppend &p);
    Result<LedgerEntry> genesis(const PendingAppend &p);
    Result<void> store(const LedgerEntry &entry);
    Result<void> run(QSqlQuery &statement, const char *what);
    void abandon(const std::vector<PendingAppend *> &batch, size_t processed, const Error &why);
    const QString &timestampNow();

    QSqlDatabase m_conn;
    const Clock &m_clock;
    QString m_synchronous;
    bool m_prepared = false;
    QSqlQuery m_begin, m_commit, m_rollback, m_savepoint, m_release, m_rollbackTo, m_tail, m_first, m_insert;
    MerkleAppender m_merkle; // keeps the right edge and its prepared insert across batches
    Sha256 m_leafHasher;
    // The tail as this batch knows it: re-read at the start of every batch, since another process
    // (the CLI beside the desktop) may have appended in between.
    qint64 m_tailIndex = -1;
    QString m_tailHash;
    qint64 m_timestampMs = -1;
    QString m_timestamp; // m_timestampMs formatted once, not once per entry
};

} // namespace Lexecon
