#pragma once

#include "LedgerEntry.h"
#include "common/Result.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <vector>

namespace Lexecon {

class Clock;
class Database;
class LedgerBatch;
struct PendingAppend;

// What a service appends: the entry, and the service's own rows, written in the same
// transaction once the entry has its index, so both are durable together or not at all.
// alsoWrite runs on the ledger's writer thread with the writer's connection. Reads through the
// same Database (Database::connection()) inside alsoWrite get that very connection, so they see
// the transaction; alsoWrite must not append to the ledger itself (that fails with an error).
struct LedgerAppend
{
    QString type;
    QString actor;
    QJsonObject payload;
    std::function<Result<void>(QSqlDatabase &, const LedgerEntry &)> alsoWrite;
    // The payload's JCS text, when the caller wrote it already: exactly CanonicalJson::serialize(
    // payload), which is then not computed again. Null: the caller's thread serializes payload.
    QByteArray payloadCanonical;
    // Runs on the writer thread inside the transaction before anything of this request is
    // written (it sees the rows of requests earlier in the batch). An error refuses this request
    // alone and leaves nothing to undo: the place for a service's own rules, such as uniqueness.
    std::function<Result<void>(QSqlDatabase &)> check;
    // Whether alsoWrite can refuse this request on its own (a rule, a constraint). If it can, the
    // request gets a savepoint so that a refusal undoes its rows only. A service whose alsoWrite
    // fails only when the database does (its rules live in check) says false: no savepoint, whose
    // statement journal copied every page the request touched (a quarter of the writer's time per
    // decision), and such a failure takes the whole transaction down, as a failed commit would.
    bool alsoWriteMayRefuse = true;
};

// Counters of the writer thread, for benchmarks, tests and diagnostics.
struct LedgerWriterStats
{
    qint64 batches = 0;   // transactions committed or attempted
    qint64 committed = 0; // entries answered with success
    qint64 failed = 0;    // requests answered with an error
    qint64 queued = 0;    // requests waiting for the next batch right now
    qint64 largestBatch = 0;
    QString synchronous; // PRAGMA synchronous of the writer's connection ("FULL")
    // Wall time of the writer thread in each phase, summed over all batches: writing requests
    // into the open transaction (including the time it stays open for the sync thread), COMMIT
    // (WAL frames; the fdatasync is the sync thread's), and the WAL checkpoints between batches.
    qint64 writeNs = 0;
    qint64 commitNs = 0;
    qint64 walCheckpointNs = 0;
    // Wall time in fdatasync of the log, and answering the callers: the sync thread's, and the
    // writer's when it syncs a batch itself (nothing else queued).
    qint64 syncNs = 0;
    qint64 answerNs = 0;
    qint64 syncs = 0; // fdatasync calls (one may cover several commits)
    // WAL frames the commits wrote (a page image of 4 KiB and a 24-byte header each): the bytes
    // each fdatasync carries, which is most of what it costs on a virtual disk.
    qint64 walFrames = 0;
    // CPU time of the writer thread (user + system, all phases and idle waits): the part of the
    // work that cannot spread over more cores.
    qint64 cpuNs = 0;
};

// The only writer of the ledger. Every state change in the core goes through append().
// Group commit: one writer thread owns one connection; append() from any thread queues its
// request and blocks; the writer takes everything queued, writes it in ONE transaction with
// synchronous=FULL (a savepoint per request), commits, and only then answers every caller.
//
// The commit's fdatasync is pipelined (DeferredWalSync): COMMIT writes the frames and returns,
// and a second thread, the sync thread, syncs the log and only then answers that batch's callers.
// Meanwhile the writer keeps the next transaction open and writes the requests that arrive into
// it, and commits it as soon as the sync thread is free: the disk syncs one batch while the next
// one is written, instead of each waiting for the other. Every answer still follows the sync of
// its entry. If a sync fails, its callers get an error and the writer takes no more appends (the
// kernel may have dropped the pages it could not write; only a fresh start re-reads what is on disk).
class LedgerWriter : public QObject
{
    Q_OBJECT
public:
    LedgerWriter(std::shared_ptr<Database> db, const Clock &clock);
    // Drains the queue (every queued append is written and answered) and joins the thread.
    ~LedgerWriter() override;

    // Appends and returns the entry once it is committed (synchronous=FULL: on disk).
    Result<LedgerEntry> append(const LedgerAppend &request);

    // What appendAsync calls with the outcome, exactly once: right after the commit's sync made
    // the entry durable (or failed), on the sync thread or on the writer thread when that synced
    // the batch itself; or on the calling thread before appendAsync
    // returns when the append is refused at once (shutdown, no type). It runs on the writer's
    // critical path: hand the result to your own thread (a queue and a wake-up) and return; never
    // block or wait. appendAsync itself may be called from it (and from alsoWrite): the request
    // joins the next transaction.
    using AppendDone = std::function<void(Result<LedgerEntry> &&)>;
    // The same append without a waiting thread: queues the request and returns at once. The
    // request (and what its check, alsoWrite and done capture) is kept alive until done has run,
    // and freed after it by the next appendAsync call, on that caller's thread (or when the
    // writer is destroyed), not on the writer thread.
    // `appended` is emitted where done runs, for these.
    void appendAsync(std::shared_ptr<const LedgerAppend> request, AppendDone done);
    // Returns once every commit this writer began before the call is on disk: at most one
    // fdatasync's wait, nothing when none is pending. Other connections can read a commit before
    // its sync (as under synchronous=NORMAL); whoever answers from such a read with a promise of
    // durability, such as an idempotent retry's 200, calls this first. An error if a sync failed.
    // Returns at once on the writer and sync threads, whose completions follow their batch's sync.
    Result<void> awaitSynced();
    // Writes entry 0 (type genesis) if the ledger is empty; a no-op otherwise.
    Result<LedgerEntry> ensureGenesis(const QJsonObject &payload);

    // Stops taking appends, writes what is queued and joins the writer thread. Appends after
    // this fail with an error saying so. Idempotent; the destructor calls it.
    void shutdown();
    LedgerWriterStats stats() const;

Q_SIGNALS:
    // Emitted after the commit, from the appending thread.
    void appended(qint64 index, const QString &type);

private:
    struct Queue;
    struct Committed;
    // Requests in one transaction at most; more wait for the next commit.
    static constexpr size_t MaxBatch = 1024;

    Result<LedgerEntry> submit(PendingAppend &pending);
    // Queues pending for the writer; an error if the writer takes no more appends, or if the
    // caller waits for the answer and is the writer or sync thread (it would wait forever). With
    // answered, also takes the async requests answered so far, for the caller to free (one lock).
    Result<void> enqueue(PendingAppend &pending, bool waits, std::vector<std::unique_ptr<PendingAppend>> *answered);
    void runWriterThread();
    // Adds what queued meanwhile to the open transaction, and keeps it open while the sync thread
    // is busy (up to MaxBatch requests), so that its commit goes to a free disk.
    void gather(LedgerBatch &batch, std::vector<PendingAppend *> &taken, size_t lastBatch);
    // Syncs the log for committed batches and answers their callers, in commit order.
    void runSyncThread();
    // One fdatasync for all of jobs (committed before it), then their answers; on the sync thread,
    // or on the writer's when nothing else waits (see runWriterThread).
    void syncAndAnswer(std::vector<Committed> &jobs);
    void answer(const std::vector<PendingAppend *> &taken);
    // Copies the WAL into the database once it passes CheckpointFrames, between batches.
    void checkpointWal(LedgerBatch &batch);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    std::unique_ptr<Queue> m_queue;
};

} // namespace Lexecon
