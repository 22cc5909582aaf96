#pragma once

#include "LedgerEntry.h"
#include "MerkleAppender.h"
#include "SqliteStatement.h"
#include "common/Result.h"

#include <QSqlDatabase>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Lexecon {

class Clock;
struct LedgerAppend;

// One caller's request while it waits for the writer thread. A waiting caller's lives on its
// stack: it waits until the writer has set `result` and then `answered`. An asynchronous
// caller's (LedgerWriter::appendAsync) lives on the heap, owns its request, and the writer hands
// `result` to `done` and deletes it.
struct PendingAppend
{
    explicit PendingAppend(const LedgerAppend &request);
    // ensureGenesis: no request, the genesis payload instead.
    explicit PendingAppend(const QJsonObject &genesisPayload);

    const LedgerAppend *request = nullptr;
    QJsonObject genesisPayload;
    // The canonical bytes around the parts only the writer knows (index, prev_hash, timestamp),
    // serialised by the caller's thread so the writer thread only concatenates.
    // All five pieces live in one buffer (one allocation instead of a dozen temporaries).
    QByteArray pieces;
    QByteArrayView beforeIndex;    // {"actor":...,"index":
    QByteArrayView beforePrevHash; // ,"payload":{...},"prev_hash":"
    QByteArrayView afterTimestamp; // ","type":"..."}
    QByteArrayView typeUtf8, actorUtf8; // the query columns, converted on the caller's thread too
    Result<LedgerEntry> result;
    // A waiting caller's: set (release) once result is final, after which the caller may return
    // at any moment; and the WakeBoard slot it sleeps on, that of the intake that took it.
    std::atomic<bool> answered{false};
    uint32_t wakeSlot = 0;
    // appendAsync only: the request kept alive while queued, and who gets the result.
    std::shared_ptr<const LedgerAppend> owned;
    std::function<void(Result<LedgerEntry> &&)> done;
};

// The writer thread's half of group commit: writes requests into ONE transaction (BEGIN IMMEDIATE,
// synchronous=FULL), each under its own savepoint so that a failing alsoWrite fails only its
// caller, then commits. Requests may keep joining the open transaction until commit(), so those
// that arrive while the writer works share the next fsync. Lives on, and is used only by, the
// writer thread; it keeps its prepared statements (raw SQLite) and the Merkle right edge across batches.
class LedgerBatch
{
public:
    // conn must be the writer thread's connection (Database::connection() on that thread), so a
    // service that reads through its own Database inside alsoWrite reads this same transaction.
    LedgerBatch(QSqlDatabase conn, const Clock &clock);

    // Opens the transaction. If that fails, every request added before commit() fails with why.
    void begin();
    // Writes one request inside the open transaction and sets its result (final unless commit fails).
    void add(PendingAppend &request);
    // Commits. Successes are durable when this returns; if the commit fails they become errors.
    void commit();
    // begin(), add() each, commit().
    void write(const std::vector<PendingAppend *> &batch);

    // The connection's PRAGMA synchronous as a word ("FULL"), read when the batch writer started.
    QString synchronous() const { return m_synchronous; }

    // WAL checkpoints off the commit: call before the first begin(). The connection's
    // autocheckpoint (which copies ~1,000 frames into the database and fsyncs it twice inside the
    // COMMIT that crosses the mark) is turned off; walFrames() then tells the owner how large the
    // WAL is after each commit, and the owner checkpoints from another connection.
    void takeOverCheckpoints() { m_ownCheckpoints = true; }
    int walFrames() const { return m_walFrames; }
    // WAL frames this connection's commits have written in all (one page image each): what each
    // commit's fdatasync has to carry. Counted from the WAL hook, so only with takeOverCheckpoints().
    qint64 walFramesWritten() const { return m_walFramesWritten; }
    // A PASSIVE checkpoint on this connection, between transactions. Once it has copied every
    // frame, the next begin() starts the WAL again from its start (same file size: no growth).
    // False when another connection was checkpointing (try again later) or it failed.
    bool walCheckpoint();

    // The canonical bytes of entry `index` from the pieces a PendingAppend holds: equal to
    // LedgerEntry::make(...).canonical (the test compares them).
    static QByteArray canonical(const PendingAppend &p, qint64 index, QStringView prevHash, QStringView timestamp);
    // The same from ASCII prev_hash and timestamp (the writer's hot path: no conversions).
    static QByteArray canonical(const PendingAppend &p, qint64 index, QByteArrayView prevHash, QByteArrayView timestamp);

private:
    static int walHook(void *self, sqlite3 *, const char *, int frames);
    Result<void> prepare();
    Result<void> open();
    Result<LedgerEntry> writeOne(PendingAppend &p);
    Result<LedgerEntry> makeEntry(const PendingAppend &p);
    Result<LedgerEntry> genesis(const PendingAppend &p);
    Result<void> store(const LedgerEntry &entry, QByteArrayView hash, QByteArrayView type, QByteArrayView actor);
    void abandon(const Error &why);
    // Remembers the last entry written, the next one's prev_hash.
    void noteTail(const LedgerEntry &entry);
    void timestampNow();

    QSqlDatabase m_conn;
    const Clock &m_clock;
    QString m_synchronous;
    bool m_prepared = false;
    bool m_ownCheckpoints = false;
    int m_walFrames = 0;
    int m_logFrames = 0; // the log's size at the last commit, whatever checkpoints did since
    qint64 m_walFramesWritten = 0;
    SqliteStatement m_begin, m_commit, m_rollback, m_savepoint, m_release, m_rollbackTo, m_tail, m_first, m_insert;
    MerkleAppender m_merkle; // keeps the right edge and its prepared insert across batches
    // The requests in the open transaction, and why it was given up (then later adds fail too).
    std::vector<PendingAppend *> m_requests;
    std::optional<Error> m_failed;
    // The tail as this batch knows it: re-read at the start of every batch, since another process
    // (the CLI beside the desktop) may have appended in between.
    qint64 m_tailIndex = -1;
    QString m_tailHash;
    char m_tailHex[64] = {}; // m_tailHash as ASCII, for the next entry's canonical bytes
    qint64 m_timestampMs = -1;
    QString m_timestamp; // m_timestampMs formatted once, not once per entry
    QByteArray m_timestampUtf8;
};

} // namespace Lexecon
