#include "DeferredWalSync.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Lexecon {

namespace {

thread_local int t_scopes = 0;
thread_local std::shared_ptr<DeferredWalSync> t_owed;

std::atomic<std::int64_t> g_deferred{0};
std::atomic<std::int64_t> g_immediate{0};

std::mutex g_testSyncMutex;
std::function<int(int)> g_testSync;

int syncFile(int fd)
{
    {
        std::lock_guard lock(g_testSyncMutex);
        if (g_testSync)
            return g_testSync(fd);
    }
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    // As SQLite's own FULL sync there: fsync() alone leaves the data in the drive's cache.
    if (fcntl(fd, F_FULLFSYNC, 0) == 0)
        return 0;
    return fsync(fd) == 0 ? 0 : errno;
#elif defined(Q_OS_UNIX)
    return fdatasync(fd) == 0 ? 0 : errno;
#else
    Q_UNUSED(fd);
    return ENOSYS;
#endif
}

} // namespace

DeferredWalSync::DeferredWalSync(const char *walPath)
    : m_path(QString::fromLocal8Bit(walPath))
{
#ifdef Q_OS_UNIX
    // Read-only is enough: a sync flushes the file, not what one descriptor wrote.
    m_fd = ::open(walPath, O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        m_openError = QString::fromLocal8Bit(std::strerror(errno));
#endif
}

DeferredWalSync::~DeferredWalSync()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

Result<void> DeferredWalSync::sync()
{
    if (m_fd < 0)
        return Error::internal(QStringLiteral("the write-ahead log %1 cannot be opened to sync it: %2")
                                   .arg(m_path, m_openError));
    int failed = 0;
    do {
        failed = syncFile(m_fd);
    } while (failed == EINTR);
    if (failed != 0)
        return Error::internal(QStringLiteral("the disk did not confirm the write-ahead log %1 (fdatasync: %2)")
                                   .arg(m_path, QString::fromLocal8Bit(std::strerror(failed))));
    return {};
}

DeferredWalSync::Scope::Scope()
{
    ++t_scopes;
}

DeferredWalSync::Scope::~Scope()
{
    --t_scopes;
}

std::shared_ptr<DeferredWalSync> DeferredWalSync::takeOwed()
{
    return std::move(t_owed);
}

bool DeferredWalSync::owe(const std::shared_ptr<DeferredWalSync> &log)
{
    // One log per owner: a second log in the same scope (an attached database) syncs at once.
    if (t_scopes == 0 || !log || !log->usable() || (t_owed && t_owed != log))
        return false;
    t_owed = log;
    g_deferred.fetch_add(1, std::memory_order_relaxed);
    return true;
}

bool DeferredWalSync::settleOwed()
{
    if (!t_owed)
        return true;
    if (!t_owed->sync())
        return false;
    t_owed.reset();
    return true;
}

DeferredWalSync::Counters DeferredWalSync::counters()
{
    return {g_deferred.load(std::memory_order_relaxed), g_immediate.load(std::memory_order_relaxed)};
}

void DeferredWalSync::countImmediate()
{
    g_immediate.fetch_add(1, std::memory_order_relaxed);
}

void DeferredWalSync::setSyncForTesting(std::function<int(int)> sync)
{
    std::lock_guard lock(g_testSyncMutex);
    g_testSync = std::move(sync);
}

} // namespace Lexecon
