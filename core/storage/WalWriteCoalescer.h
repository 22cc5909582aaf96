#pragma once

namespace Lexecon {

// A SQLite VFS that wraps the platform's default one and gathers the writes of a commit to the
// write-ahead log, and of a checkpoint to the database, into a few large ones (64 KiB each, the
// most the default VFS takes).
//
// SQLite writes each WAL frame as two writes (a 24-byte header, then the page), so a commit of
// 90 pages costs 180 pwrite calls before its fsync; on this VM a syscall costs 3-5 us, and the
// ledger writer's thread paid ~0.5 ms per decision batch for them. Consecutive writes to a WAL are
// kept in memory and go to the file as soon as anything could depend on them being there: before a sync, a read, a truncate, a size or lock query, a file control, a close, and
// before any shared-memory barrier or lock of the same thread (that is how SQLite publishes a
// commit to readers, so no reader can see a frame that is not in the file yet). Durability is
// untouched: with synchronous=FULL the commit's sync still comes after the frames and reports
// their write's failure, which makes the commit fail as a failed sync would.
//
// A checkpoint copies pages from the WAL into the database one write each, in page order; the
// pages a batch of decisions adds lie side by side, so most of them go out together too. They are
// written before the checkpoint's sync of the database, which comes before it tells readers (in
// the shared memory) that the database holds them: no reader ever looks for them earlier.
// Journals and temporary files pass straight through.
//
// Inside a DeferredWalSync::Scope, a commit's sync of the log is left owed instead of done (the
// frames are written first all the same); DeferredWalSync says which syncs never are.
class WalWriteCoalescer
{
public:
    // Registers the VFS (once per process, not as the default) and returns its name, for a
    // connection's "vfs=" URI parameter; nullptr if SQLite has no default VFS to wrap.
    static const char *vfsName();
};

} // namespace Lexecon
