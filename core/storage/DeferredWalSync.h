#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>

namespace Lexecon {

// The sync of a commit to the write-ahead log, done after COMMIT returns and on another thread,
// so that the ledger writer can write the next batch while the disk makes the last one durable.
//
// In WAL mode SQLite syncs the log at three points: at a commit (synchronous=FULL only), when it
// writes a new log header over an old log (before any frame goes after it), and before a
// checkpoint copies frames into the database. synchronous=NORMAL skips only the first, and SQLite
// documents that a crash then loses the last commits but never corrupts the database. A Scope
// skips exactly that one too, for commits made on its thread through WalWriteCoalescer's VFS, and
// records the sync as owed; whoever took it runs sync() before telling anyone the commit is
// durable. Syncs that make a new log header durable, the first sync of a log file (which also
// syncs its directory) and checkpoints' syncs are never deferred. Other connections (other VFSs)
// are untouched, and their own syncs cover every frame written before them.
//
// Between COMMIT and sync() other connections can read the commit, as with synchronous=NORMAL;
// a crash in that window (power loss; the kernel keeps the frames through a process crash) loses
// it along with its unanswered callers.
class DeferredWalSync
{
public:
    // Opens its own descriptor of the log: fdatasync() applies to the file, whichever descriptor.
    explicit DeferredWalSync(const char *walPath);
    ~DeferredWalSync();
    DeferredWalSync(const DeferredWalSync &) = delete;
    DeferredWalSync &operator=(const DeferredWalSync &) = delete;

    // Makes durable every frame written to the log before this call. From any thread.
    Result<void> sync();
    // Whether this log can be synced through its own descriptor (if not, nothing is deferred).
    bool usable() const { return m_fd >= 0; }

    // While one lives, commits on this thread through WalWriteCoalescer's VFS leave their sync owed.
    class Scope
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
    };
    // The sync this thread owes since the last call, or null (nothing deferred: the commit synced
    // itself, failed before its sync, or ran outside a Scope).
    static std::shared_ptr<DeferredWalSync> takeOwed();

    // For the VFS: whether a sync of `log` on this thread may be left owed, and if so records it.
    static bool owe(const std::shared_ptr<DeferredWalSync> &log);
    // For the VFS, before it writes a database page: syncs what this thread owes now. False if
    // that failed; the sync then stays owed, so its owner does not take the commit as durable.
    static bool settleOwed();

    // Process-wide counts of the syncs of logs that could have been deferred: left owed, and
    // done at once (a header, a first sync, a checkpoint, no Scope). For tests and diagnostics.
    struct Counters
    {
        std::int64_t deferred = 0;
        std::int64_t immediate = 0;
    };
    static Counters counters();
    static void countImmediate();

    // Tests only: replaces fdatasync (returns 0 or an errno) so that a failing disk can be shown.
    static void setSyncForTesting(std::function<int(int fd)> sync);

private:
    int m_fd = -1;
    QString m_path;
    QString m_openError;
};

} // namespace Lexecon
