#include "LedgerWriter.h"

#include "LedgerBatch.h"
#include "WakeBoard.h"
#include "storage/Database.h"
#include "storage/DeferredWalSync.h"

#include <chrono>
#include <condition_variable>
#include <ctime>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#ifdef __linux__
#include <pthread.h>
#endif

namespace Lexecon {

namespace {

using SteadyClock = std::chrono::steady_clock;

// The WAL size (frames) at which the writer checkpoints, between two batches: SQLite's own
// autocheckpoint mark, but no longer inside the COMMIT that crosses it (see checkpointWal).
constexpr int CheckpointFrames = 1000;
// How long the writer keeps a transaction open for the sync thread to finish the last one: longer
// than an fdatasync takes here (0.2-0.5 ms, at worst a few), short enough for other writers.
constexpr auto MaxHold = std::chrono::milliseconds(3);
// How long a small batch waits for the rest of its callers once the disk is free (gather()).
constexpr auto GatherWindow = std::chrono::microseconds(250);

qint64 nanoseconds(SteadyClock::duration d)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(d).count();
}

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// What the writer thread is waiting for, so that enqueue() wakes it only when that helps.
enum class WriterWait { No, ForWork, ForDisk };
// While it waits for the disk, the writer is woken for every this many requests queued.
constexpr size_t WakeEvery = 8;

} // namespace

// A committed batch whose log sync is still owed (null owed: the commit synced itself, or
// failed), handed from the writer to the sync thread.
struct LedgerWriter::Committed
{
    std::vector<PendingAppend *> taken;
    std::shared_ptr<DeferredWalSync> owed;
    qint64 seq = 0; // the batch's number, counted before its COMMIT began
};

struct LedgerWriter::Queue
{
    mutable std::mutex mutex;
    std::condition_variable wake; // the writer waits here for work or for shutdown
    std::vector<PendingAppend *> waiting;
    std::vector<PendingAppend *> arrived; // the writer's, in gather()
    // Waiting callers sleep on the slot of the intake that takes them (the writer's one swap of
    // `waiting`), so that one wake-up call answers them all; intakes counts those swaps.
    WakeBoard board;
    uint32_t intakes = 0;
    // Asynchronous requests the writer has answered, for the next appendAsync caller to free: a
    // decision's request holds its rows, evidence and entry (some fifty allocations), and freeing
    // them on the writer thread cost it ~15 us a decision, on the path every commit waits for.
    std::vector<std::unique_ptr<PendingAppend>> answered;
    bool stopping = false;
    WriterWait writerWaits = WriterWait::No;
    std::thread::id writerId, syncerId;
    LedgerWriterStats stats;
    std::thread thread;

    std::vector<Committed> committed;
    std::vector<Committed> syncedHere; // the writer's own, when it syncs a batch itself
    std::condition_variable syncWake; // the sync thread waits here for committed batches
    bool syncing = false;             // the sync thread is in fdatasync
    bool writerDone = false;
    // Why the writer takes no more appends: a sync failed.
    std::optional<Error> broken;
    // Batches whose COMMIT has begun, and the highest whose sync is done (awaitSynced()).
    qint64 commitSeq = 0;
    qint64 syncedSeq = 0;
    int syncWaiters = 0;
    std::condition_variable synced;

    bool syncBusy() const { return syncing || !committed.empty(); }
};

LedgerWriter::LedgerWriter(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_queue(std::make_unique<Queue>())
{
    m_queue->thread = std::thread([this] { runWriterThread(); });
    std::lock_guard lock(m_queue->mutex);
    m_queue->writerId = m_queue->thread.get_id();
}

LedgerWriter::~LedgerWriter()
{
    shutdown();
    m_queue->answered.clear();
}

void LedgerWriter::shutdown()
{
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->stopping = true;
    }
    m_queue->wake.notify_one();
    // Not from the writer or sync thread (an alsoWrite, a completion): each waits for the other.
    const auto self = std::this_thread::get_id();
    bool fromInside = false;
    {
        std::lock_guard lock(m_queue->mutex);
        fromInside = self == m_queue->writerId || self == m_queue->syncerId;
    }
    if (m_queue->thread.joinable() && !fromInside)
        m_queue->thread.join();
}

LedgerWriterStats LedgerWriter::stats() const
{
    std::lock_guard lock(m_queue->mutex);
    LedgerWriterStats s = m_queue->stats;
    s.queued = qint64(m_queue->waiting.size());
    return s;
}

Result<LedgerEntry> LedgerWriter::append(const LedgerAppend &request)
{
    if (request.type.isEmpty() || request.type == QLatin1String("genesis"))
        return Error::invalid(QStringLiteral("type"), QStringLiteral("a ledger entry needs a type other than genesis"));
    PendingAppend pending(request);
    Result<LedgerEntry> entry = submit(pending);
    if (entry)
        Q_EMIT appended(entry->index, entry->type);
    return entry;
}

Result<LedgerEntry> LedgerWriter::ensureGenesis(const QJsonObject &payload)
{
    PendingAppend pending(payload);
    return submit(pending);
}

void LedgerWriter::appendAsync(std::shared_ptr<const LedgerAppend> request, AppendDone done)
{
    if (!request || request->type.isEmpty() || request->type == QLatin1String("genesis")) {
        done(Error::invalid(QStringLiteral("type"), QStringLiteral("a ledger entry needs a type other than genesis")));
        return;
    }
    auto pending = std::make_unique<PendingAppend>(*request);
    pending->owned = std::move(request);
    pending->done = std::move(done);
    // From the writer thread too (a completion, an alsoWrite): nobody waits, so the request just
    // joins the open transaction or the next one.
    std::vector<std::unique_ptr<PendingAppend>> answered;
    auto queued = enqueue(*pending, false, &answered);
    answered.clear(); // what earlier async requests held, freed here on the caller's thread
    if (!queued) {
        pending->done(queued.error());
        return;
    }
    pending.release(); // answer() hands it back through m_queue->answered
}

Result<void> LedgerWriter::enqueue(PendingAppend &pending, bool waits,
                                   std::vector<std::unique_ptr<PendingAppend>> *answered)
{
    std::unique_lock lock(m_queue->mutex);
    if (answered)
        answered->swap(m_queue->answered);
    // The writer and sync threads run alsoWrite and completions; waiting there would never end.
    if (waits && (std::this_thread::get_id() == m_queue->writerId || std::this_thread::get_id() == m_queue->syncerId))
        return Error::internal(QStringLiteral("a service waited for a ledger append on the ledger's own thread (inside "
                                              "an alsoWrite or an appendAsync completion), which would wait forever; "
                                              "write those rows in the same alsoWrite, or append asynchronously"));
    if (m_queue->broken)
        return *m_queue->broken;
    if (m_queue->stopping)
        return Error::conflict(QStringLiteral("the ledger writer has shut down (the workspace is closing); "
                                              "nothing more can be appended"));
    pending.wakeSlot = m_queue->intakes;
    m_queue->waiting.push_back(&pending);
    // While the writer holds a transaction for the disk, it is woken once every few arrivals, not
    // for each: a wake-up is a context switch, the dearest thing here (a futex round trip per
    // request cost more CPU than writing the request).
    const bool wake = m_queue->writerWaits == WriterWait::ForWork
                      || (m_queue->writerWaits == WriterWait::ForDisk && m_queue->waiting.size() % WakeEvery == 0);
    lock.unlock();
    if (wake)
        m_queue->wake.notify_one();
    return {};
}

Result<LedgerEntry> LedgerWriter::submit(PendingAppend &pending)
{
    if (auto queued = enqueue(pending, true, nullptr); !queued)
        return queued.error();
    m_queue->board.wait(pending.wakeSlot, pending.answered);
    return std::move(pending.result);
}

void LedgerWriter::runWriterThread()
{
#ifdef __linux__
    // So that top -H, perf and a debugger show which thread commits the ledger.
    pthread_setname_np(pthread_self(), "ledger-writer");
#endif
    // The connection of this thread: services that read through m_db inside alsoWrite get it too.
    LedgerBatch batch(m_db->writerConnection(), m_clock);
    // SQLite's autocheckpoint runs inside the COMMIT that pushes the WAL past 1,000 frames: it copies
    // them into the database and fsyncs it twice, and that batch's callers waited for all of it.
    // The writer now checkpoints after handing the batch on instead (checkpointWal()).
    batch.takeOverCheckpoints();
    std::thread syncer([this] { runSyncThread(); });
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->syncerId = syncer.get_id(); // before any batch, so before any completion runs there
    }
    std::vector<PendingAppend *> taken;
    size_t lastBatch = 0;
    for (;;) {
        {
            std::unique_lock lock(m_queue->mutex);
            m_queue->writerWaits = WriterWait::ForWork;
            m_queue->wake.wait(lock, [this] { return !m_queue->waiting.empty() || m_queue->stopping; });
            m_queue->writerWaits = WriterWait::No;
            if (m_queue->waiting.empty())
                break; // stopping, and everything queued before has been answered
            taken.swap(m_queue->waiting);
            ++m_queue->intakes;
        }
        const auto started = SteadyClock::now();
        batch.begin();
        for (PendingAppend *p : taken)
            batch.add(*p);
        gather(batch, taken, lastBatch);
        lastBatch = taken.size();
        const auto written = SteadyClock::now();
        std::shared_ptr<DeferredWalSync> owed;
        qint64 seq = 0;
        {
            // Numbered before COMMIT: whoever reads the commit afterwards finds it pending.
            std::lock_guard lock(m_queue->mutex);
            seq = ++m_queue->commitSeq;
        }
        {
            DeferredWalSync::Scope deferring;
            batch.commit();
            owed = DeferredWalSync::takeOwed();
        }
        const auto committed = SteadyClock::now();
        bool syncHere = false;
        {
            std::lock_guard lock(m_queue->mutex);
            m_queue->stats.synchronous = batch.synchronous();
            m_queue->stats.walFrames = batch.walFramesWritten();
            // With nothing queued there is nothing to write while the disk syncs: handing the
            // batch over would only add two wake-ups (the sync thread's, then its callers' waker's)
            // to its wait. Measured on the 2-core VM: a lone caller's p50 went 241 -> 335 us.
            syncHere = m_queue->waiting.empty() && !m_queue->syncBusy();
            if (syncHere)
                m_queue->syncing = true;
            else
                m_queue->committed.push_back({std::move(taken), std::move(owed), seq});
        }
        if (syncHere) {
            std::vector<Committed> &here = m_queue->syncedHere;
            here.push_back({std::move(taken), std::move(owed), seq});
            syncAndAnswer(here);
            here.clear();
        } else {
            m_queue->syncWake.notify_one();
        }
        taken.clear();
        // Timed on its own: a batch the writer synced itself counts in syncNs and answerNs.
        const auto checkpointing = SteadyClock::now();
        checkpointWal(batch);
        const auto checkpointed = SteadyClock::now();
        {
            std::lock_guard lock(m_queue->mutex);
            LedgerWriterStats &s = m_queue->stats;
            s.writeNs += nanoseconds(written - started);
            s.commitNs += nanoseconds(committed - written);
            s.walCheckpointNs += nanoseconds(checkpointed - checkpointing);
            s.cpuNs = threadCpuNs(); // one syscall per batch
        }
    }
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->writerDone = true;
    }
    m_queue->syncWake.notify_one();
    syncer.join();
}

void LedgerWriter::gather(LedgerBatch &batch, std::vector<PendingAppend *> &taken, size_t lastBatch)
{
    // Requests that arrive while the writer works join the open transaction, so they share this
    // commit's sync instead of waiting for the next one (bounded, so a flood still commits).
    //
    // While the sync thread is busy with the previous commit, committing would only queue this one
    // behind it: the transaction stays open for more, and commits the moment the disk is free.
    // Held for MaxHold at most: other connections wait for the write lock meanwhile, and a
    // completion on the sync thread that needs it (which it should not) only slows this down.
    //
    // Once the disk is free, a batch that has not reached half the last one waits up to
    // GatherWindow more: the callers the sync thread has just answered come back one wake-up after
    // another, and committing the first one alone kept the disk busy for one entry while the rest
    // queued behind it (batches alternated between 1 and 31 of 32 callers). A lone caller's last
    // batch was 1: it never waits.
    std::vector<PendingAppend *> &arrived = m_queue->arrived;
    const auto deadline = SteadyClock::now() + MaxHold;
    std::optional<SteadyClock::time_point> diskFreeSince;
    for (;;) {
        {
            std::unique_lock lock(m_queue->mutex);
            if (m_queue->waiting.empty() || taken.size() >= MaxBatch) {
                if (taken.size() >= MaxBatch || m_queue->stopping)
                    return;
                const auto now = SteadyClock::now();
                auto until = deadline;
                if (!m_queue->syncBusy()) {
                    if (2 * taken.size() >= lastBatch)
                        return;
                    if (!diskFreeSince)
                        diskFreeSince = now;
                    until = std::min(until, *diskFreeSince + GatherWindow);
                }
                if (now >= until)
                    return;
                // Woken by the sync thread, stop, and requests (each one once the disk is free).
                m_queue->writerWaits = m_queue->syncBusy() ? WriterWait::ForDisk : WriterWait::ForWork;
                m_queue->wake.wait_until(lock, until);
                m_queue->writerWaits = WriterWait::No;
                continue;
            }
            arrived.swap(m_queue->waiting);
            ++m_queue->intakes;
        }
        for (PendingAppend *p : arrived) {
            batch.add(*p);
            taken.push_back(p);
        }
        arrived.clear();
    }
}

void LedgerWriter::runSyncThread()
{
#ifdef __linux__
    pthread_setname_np(pthread_self(), "ledger-sync");
#endif
    std::vector<Committed> jobs;
    for (;;) {
        {
            std::unique_lock lock(m_queue->mutex);
            m_queue->syncWake.wait(lock, [this] { return !m_queue->committed.empty() || m_queue->writerDone; });
            if (m_queue->committed.empty())
                break; // the writer has stopped and every batch it committed is answered
            jobs.swap(m_queue->committed);
            m_queue->syncing = true;
        }
        syncAndAnswer(jobs);
        jobs.clear();
    }
}

void LedgerWriter::syncAndAnswer(std::vector<Committed> &jobs)
{
    // Every batch taken here finished its COMMIT before this sync starts, so one fdatasync
    // covers them all (they share one log, unless it was recreated in between).
    const auto started = SteadyClock::now();
    Result<void> synced;
    qint64 syncs = 0;
    const DeferredWalSync *last = nullptr;
    for (const Committed &job : jobs) {
        if (!job.owed || job.owed.get() == last)
            continue;
        last = job.owed.get();
        ++syncs;
        if (synced = job.owed->sync(); !synced)
            break;
    }
    // Counted before the lock, so that answering needs none (32 callers queue on it).
    qint64 ok = 0, total = 0, largest = 0, lastSeq = 0;
    for (const Committed &job : jobs) {
        for (const PendingAppend *p : job.taken)
            ok += p->result ? 1 : 0;
        total += qint64(job.taken.size());
        largest = std::max(largest, qint64(job.taken.size()));
        lastSeq = std::max(lastSeq, job.seq);
    }
    std::optional<Error> broken;
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->syncing = false;
        if (!synced && !m_queue->broken)
            m_queue->broken = Error::internal(
                QStringLiteral("the ledger takes no more appends: %1. Entries written since the last "
                               "confirmed sync may not be on disk; fix the disk and reopen the workspace, "
                               "which re-reads what the disk holds")
                    .arg(synced.error().message));
        broken = m_queue->broken;
        LedgerWriterStats &s = m_queue->stats;
        s.syncs += syncs;
        s.syncNs += nanoseconds(SteadyClock::now() - started);
        s.batches += qint64(jobs.size());
        s.committed += broken ? 0 : ok;
        s.failed += total - (broken ? 0 : ok);
        s.largestBatch = std::max(s.largestBatch, largest);
        if (!broken)
            m_queue->syncedSeq = std::max(m_queue->syncedSeq, lastSeq);
        if (m_queue->syncWaiters > 0)
            m_queue->synced.notify_all();
    }
    m_queue->wake.notify_one(); // the writer may be holding its transaction open for the disk
    const auto answering = SteadyClock::now();
    for (Committed &job : jobs) {
        if (broken) {
            for (PendingAppend *p : job.taken) {
                if (p->result)
                    p->result = *broken;
            }
        }
        answer(job.taken);
    }
    std::lock_guard lock(m_queue->mutex);
    m_queue->stats.answerNs += nanoseconds(SteadyClock::now() - answering);
}

Result<void> LedgerWriter::awaitSynced()
{
    std::unique_lock lock(m_queue->mutex);
    const auto self = std::this_thread::get_id();
    if (self == m_queue->writerId || self == m_queue->syncerId)
        return {};
    const qint64 target = m_queue->commitSeq;
    ++m_queue->syncWaiters;
    m_queue->synced.wait(lock, [&] { return m_queue->syncedSeq >= target || m_queue->broken; });
    --m_queue->syncWaiters;
    if (m_queue->syncedSeq < target)
        return *m_queue->broken;
    return {};
}

void LedgerWriter::checkpointWal(LedgerBatch &batch)
{
    // The batch that crossed the mark is with the sync thread already; the requests of the next
    // one queue up meanwhile and share its commit. A checkpoint another connection holds: next batch.
    // (Tried and not kept: a background connection checkpointing while the writer commits; its
    // fsyncs of the database compete with the writer's on the same disk, 18 % fewer entries/s.)
    if (batch.walFrames() >= CheckpointFrames)
        batch.walCheckpoint();
}

void LedgerWriter::answer(const std::vector<PendingAppend *> &taken)
{
    // Waiting callers first, then the asynchronous ones, whose completions only hand the result
    // on. A waiting caller may return (and its PendingAppend go) as soon as its answer is set, so
    // its slot is read before, and only the slots are touched after.
    // Scratch lists kept to reuse their memory, one pair per thread: the sync thread and the
    // writer (when it syncs a batch itself) may answer at the same time.
    thread_local std::vector<PendingAppend *> async;
    thread_local std::vector<uint32_t> toWake;
    async.clear();
    toWake.clear();
    for (PendingAppend *p : taken) {
        if (p->done) {
            async.push_back(p);
            continue;
        }
        // A batch's callers come from one intake or a few in a row: their slots form runs.
        const uint32_t slot = p->wakeSlot;
        if (toWake.empty() || toWake.back() != slot)
            toWake.push_back(slot);
        p->answered.store(true, std::memory_order_release);
    }
    // One wake-up call per intake wakes all its callers at once, and the kernel spreads them over
    // the free cores. (Until session 9 the writer woke the first caller and each caller two more:
    // five rounds of wake-ups for 32 callers, each a vCPU wake on this VM.)
    for (uint32_t slot : toWake)
        m_queue->board.wakeAll(slot);
    for (PendingAppend *p : async) {
        std::optional<std::pair<qint64, QString>> entry;
        if (p->result)
            entry.emplace(p->result->index, p->result->type);
        p->done(std::move(p->result));
        if (entry)
            Q_EMIT appended(entry->first, entry->second);
    }
    // Handed back only now: the completions above may append (and so take the mutex) themselves.
    if (!async.empty()) {
        std::lock_guard lock(m_queue->mutex);
        for (PendingAppend *p : async)
            m_queue->answered.emplace_back(p);
    }
}

} // namespace Lexecon
