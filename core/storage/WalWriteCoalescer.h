#pragma once

namespace Lexecon {

// A SQLite VFS that wraps the platform's default one and, for write-ahead-log files only, gathers
// the writes of a commit into a few large ones (64 KiB each, the most the default VFS takes).
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
// The main database file, journals and temporary files pass straight through.
class WalWriteCoalescer
{
public:
    // Registers the VFS (once per process, not as the default) and returns its name, for a
    // connection's "vfs=" URI parameter; nullptr if SQLite has no default VFS to wrap.
    static const char *vfsName();
};

} // namespace Lexecon
