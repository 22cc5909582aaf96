#include "WalWriteCoalescer.h"

#include "DeferredWalSync.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace Lexecon {

namespace {

constexpr char VfsName[] = "lexecon-wal-coalescing";
// A batch of decisions writes some 90 frames (370 KiB); bigger runs go out in pieces.
constexpr int BufferLimit = 4 * 1024 * 1024;
constexpr int MaxWrite = 64 * 1024;
// The write-ahead log's header: a write below this offset starts a new log over an old one.
constexpr sqlite3_int64 WalHeaderSize = 32;

// Our file object. SQLite allocates szOsFile bytes for it; the wrapped file of the default VFS
// lives right after it, at `real`.
struct CoalescingFile
{
    sqlite3_file base;
    sqlite3_file *real;
    bool wal;
    bool gathers; // the WAL, or the main database (which only a checkpoint writes in WAL mode)
    char *buffer;
    int length;
    int capacity;
    sqlite3_int64 offset; // of buffer[0] in the file
    // The log only: its sync for DeferredWalSync, whether it has been synced once (the first sync
    // also syncs the directory that holds it), and whether a new header awaits its sync.
    std::shared_ptr<DeferredWalSync> *later;
    bool synced;
    bool headerUnsynced;
};

sqlite3_vfs *g_root = nullptr;

// The file holding unwritten bytes on this thread, if any (a connection belongs to one thread,
// and SQLite publishes a commit on the thread that wrote it).
thread_local CoalescingFile *t_pending = nullptr;

int flush(CoalescingFile *f)
{
    if (f->length == 0)
        return SQLITE_OK;
    // The default VFS takes at most SQLite's largest page (64 KiB) per write: the unix one masks a
    // write's length to 17 bits, so a longer one would be cut short and reported as a full disk.
    int rc = SQLITE_OK;
    for (int done = 0; done < f->length && rc == SQLITE_OK; done += MaxWrite)
        rc = f->real->pMethods->xWrite(f->real, f->buffer + done, std::min(MaxWrite, f->length - done), f->offset + done);
    f->length = 0;
    if (t_pending == f)
        t_pending = nullptr;
    return rc;
}

// A commit is about to become visible to readers through the shared memory. With synchronous=FULL
// the commit's sync has already written everything; if not (another sync mode), it is written now,
// and if that fails the process stops before the new header is complete, so recovery ignores the
// frames instead of readers trusting frames that never reached the file.
//
// The database file's pages need no flush here: a checkpoint syncs them (flushing first) before it
// records in the shared memory that readers may take them from the database instead of the WAL.
void flushBeforePublishing()
{
    CoalescingFile *f = t_pending;
    if (!f || !f->wal)
        return;
    if (flush(f) != SQLITE_OK) {
        std::fputs("lexecon: writing the SQLite write-ahead log failed while publishing a commit; "
                   "stopping so that no reader sees frames that are not in the file\n",
                   stderr);
        std::abort();
    }
}

CoalescingFile *self(sqlite3_file *file)
{
    return reinterpret_cast<CoalescingFile *>(file);
}

int xClose(sqlite3_file *file)
{
    CoalescingFile *f = self(file);
    const int flushed = flush(f);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    std::free(f->buffer);
    f->buffer = nullptr;
    delete f->later;
    f->later = nullptr;
    return flushed != SQLITE_OK ? flushed : rc;
}

int xRead(sqlite3_file *file, void *data, int amount, sqlite3_int64 offset)
{
    CoalescingFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xRead(f->real, data, amount, offset);
}

int xWrite(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
{
    CoalescingFile *f = self(file);
    if (!f->gathers)
        return f->real->pMethods->xWrite(f->real, data, amount, offset);
    if (f->wal && offset < WalHeaderSize)
        f->headerUnsynced = true;
    // Only a checkpoint writes the database in WAL mode, and SQLite syncs the log before it; a log
    // sync this thread still owes is settled here all the same, so no page reaches the database
    // before the frames it came from are durable, whatever the caller deferred.
    if (!f->wal && !DeferredWalSync::settleOwed())
        return SQLITE_IOERR_FSYNC;
    const bool follows = f->length > 0 && offset == f->offset + f->length;
    if (f->length > 0 && (!follows || amount > MaxWrite || f->length + sqlite3_int64(amount) > BufferLimit)) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (amount > MaxWrite)
        return f->real->pMethods->xWrite(f->real, data, amount, offset); // not a page or frame; as it came
    if (t_pending && t_pending != f) {
        if (const int rc = flush(t_pending); rc != SQLITE_OK)
            return rc;
    }
    if (f->length + amount > f->capacity) {
        int capacity = f->capacity ? f->capacity : 64 * 1024;
        while (capacity < f->length + amount)
            capacity *= 2;
        char *grown = static_cast<char *>(std::realloc(f->buffer, size_t(capacity)));
        if (!grown) {
            if (const int rc = flush(f); rc != SQLITE_OK)
                return rc;
            return f->real->pMethods->xWrite(f->real, data, amount, offset);
        }
        f->buffer = grown;
        f->capacity = capacity;
    }
    if (f->length == 0)
        f->offset = offset;
    std::memcpy(f->buffer + f->length, data, size_t(amount));
    f->length += amount;
    t_pending = f;
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    CoalescingFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xTruncate(f->real, size);
}

int xSync(sqlite3_file *file, int flags)
{
    CoalescingFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (f->wal) {
        // A commit's sync, inside a DeferredWalSync::Scope: left owed (the frames are in the file).
        // Never the sync of a new header: SQLite writes frames over the old log only once that is
        // durable, or a crash could replay half of the old log over a newer database.
        if (f->synced && !f->headerUnsynced && f->later && DeferredWalSync::owe(*f->later))
            return SQLITE_OK;
        DeferredWalSync::countImmediate();
    }
    const int rc = f->real->pMethods->xSync(f->real, flags);
    if (rc == SQLITE_OK && f->wal) {
        f->synced = true;
        f->headerUnsynced = false;
    }
    return rc;
}

int xFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    CoalescingFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFileSize(f->real, size);
}

int xLock(sqlite3_file *file, int level)
{
    CoalescingFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xLock(f->real, level);
}

int xUnlock(sqlite3_file *file, int level)
{
    CoalescingFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xUnlock(f->real, level);
}

int xCheckReservedLock(sqlite3_file *file, int *reserved)
{
    CoalescingFile *f = self(file);
    return f->real->pMethods->xCheckReservedLock(f->real, reserved);
}

int xFileControl(sqlite3_file *file, int op, void *arg)
{
    CoalescingFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (op == SQLITE_FCNTL_VFSNAME && arg) {
        // Name the stack as SQLite's own shims do: "ours/theirs".
        const int rc = f->real->pMethods->xFileControl(f->real, op, arg);
        char **name = static_cast<char **>(arg);
        char *stacked = sqlite3_mprintf("%s/%z", VfsName, rc == SQLITE_OK ? *name : sqlite3_mprintf("%s", g_root->zName));
        *name = stacked;
        return SQLITE_OK;
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int xSectorSize(sqlite3_file *file)
{
    CoalescingFile *f = self(file);
    return f->real->pMethods->xSectorSize(f->real);
}

int xDeviceCharacteristics(sqlite3_file *file)
{
    CoalescingFile *f = self(file);
    return f->real->pMethods->xDeviceCharacteristics(f->real);
}

int xShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **memory)
{
    CoalescingFile *f = self(file);
    return f->real->pMethods->xShmMap(f->real, region, size, extend, memory);
}

int xShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    flushBeforePublishing();
    CoalescingFile *f = self(file);
    return f->real->pMethods->xShmLock(f->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file *file)
{
    flushBeforePublishing();
    CoalescingFile *f = self(file);
    f->real->pMethods->xShmBarrier(f->real);
}

int xShmUnmap(sqlite3_file *file, int deleteFlag)
{
    flushBeforePublishing();
    CoalescingFile *f = self(file);
    return f->real->pMethods->xShmUnmap(f->real, deleteFlag);
}

int xFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    CoalescingFile *f = self(file);
    if (const int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xFetch(f->real, offset, amount, pointer);
}

int xUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    CoalescingFile *f = self(file);
    return f->real->pMethods->xUnfetch(f->real, offset, pointer);
}

// One table per version of the wrapped file's methods, so SQLite sees the same abilities (shared
// memory from version 2, memory mapping from 3) that the default VFS gives that file.
const sqlite3_io_methods *methodsFor(int version)
{
    static const sqlite3_io_methods v3 = {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize,
                                          xLock, xUnlock, xCheckReservedLock, xFileControl, xSectorSize,
                                          xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier,
                                          xShmUnmap, xFetch, xUnfetch};
    static const sqlite3_io_methods v2 = {2, xClose, xRead, xWrite, xTruncate, xSync, xFileSize,
                                          xLock, xUnlock, xCheckReservedLock, xFileControl, xSectorSize,
                                          xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier,
                                          xShmUnmap, nullptr, nullptr};
    static const sqlite3_io_methods v1 = {1, xClose, xRead, xWrite, xTruncate, xSync, xFileSize,
                                          xLock, xUnlock, xCheckReservedLock, xFileControl, xSectorSize,
                                          xDeviceCharacteristics, nullptr, nullptr, nullptr,
                                          nullptr, nullptr, nullptr};
    return version >= 3 ? &v3 : version == 2 ? &v2 : &v1;
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    CoalescingFile *f = self(file);
    std::memset(f, 0, sizeof(CoalescingFile));
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(file) + sizeof(CoalescingFile));
    const int rc = g_root->xOpen(g_root, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods) {
        // SQLite calls xClose only on a file whose pMethods is set.
        if (f->real->pMethods)
            f->real->pMethods->xClose(f->real);
        return rc != SQLITE_OK ? rc : SQLITE_CANTOPEN;
    }
    f->wal = (flags & SQLITE_OPEN_WAL) != 0;
    if (f->wal && name)
        f->later = new std::shared_ptr<DeferredWalSync>(std::make_shared<DeferredWalSync>(name));
    f->gathers = f->wal || (flags & SQLITE_OPEN_MAIN_DB) != 0;
    f->base.pMethods = methodsFor(f->real->pMethods->iVersion);
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_root->xDelete(g_root, name, syncDir);
}

int xAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return g_root->xAccess(g_root, name, flags, result);
}

int xFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_root->xFullPathname(g_root, name, size, out);
}

void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return g_root->xDlOpen(g_root, name);
}

void xDlError(sqlite3_vfs *, int size, char *message)
{
    g_root->xDlError(g_root, size, message);
}

void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_root->xDlSym(g_root, handle, symbol);
}

void xDlClose(sqlite3_vfs *, void *handle)
{
    g_root->xDlClose(g_root, handle);
}

int xRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_root->xRandomness(g_root, size, out);
}

int xSleep(sqlite3_vfs *, int microseconds)
{
    return g_root->xSleep(g_root, microseconds);
}

int xCurrentTime(sqlite3_vfs *, double *now)
{
    return g_root->xCurrentTime(g_root, now);
}

int xGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_root->xGetLastError ? g_root->xGetLastError(g_root, size, out) : 0;
}

int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return g_root->xCurrentTimeInt64(g_root, now);
}

sqlite3_vfs g_vfs;

} // namespace

const char *WalWriteCoalescer::vfsName()
{
    static std::once_flag once;
    static bool registered = false;
    std::call_once(once, [] {
        g_root = sqlite3_vfs_find(nullptr);
        if (!g_root)
            return;
        g_vfs.iVersion = g_root->iVersion >= 2 ? 2 : 1;
        g_vfs.szOsFile = int(sizeof(CoalescingFile)) + g_root->szOsFile;
        g_vfs.mxPathname = g_root->mxPathname;
        g_vfs.zName = VfsName;
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xDlOpen = g_root->xDlOpen ? xDlOpen : nullptr;
        g_vfs.xDlError = g_root->xDlError ? xDlError : nullptr;
        g_vfs.xDlSym = g_root->xDlSym ? xDlSym : nullptr;
        g_vfs.xDlClose = g_root->xDlClose ? xDlClose : nullptr;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        if (g_vfs.iVersion >= 2)
            g_vfs.xCurrentTimeInt64 = g_root->xCurrentTimeInt64 ? xCurrentTimeInt64 : nullptr;
        registered = sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    });
    return registered ? VfsName : nullptr;
}

} // namespace Lexecon
