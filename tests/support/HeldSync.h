#pragma once

#include "storage/DeferredWalSync.h"

#include <atomic>
#include <chrono>
#include <semaphore>

namespace Lexecon::Test {

// Holds the first write-ahead-log sync that DeferredWalSync makes after construction until
// release(): that commit is written and readable, but the disk has not confirmed it. Later syncs
// pass at once. The destructor lets a held sync go and puts the real fdatasync back, so a test
// that fails midway neither hangs nor leaves the hook pointing at it. Declare it after whatever
// waits for the held sync (a future, a thread) so that it goes first.
class HeldSync
{
public:
    HeldSync()
    {
        DeferredWalSync::setSyncForTesting([this](int) {
            ++m_syncs;
            if (m_holding.exchange(false)) {
                m_entered.release();
                m_released.acquire();
            }
            return 0;
        });
    }
    ~HeldSync()
    {
        release();
        DeferredWalSync::setSyncForTesting({});
    }
    HeldSync(const HeldSync &) = delete;
    HeldSync &operator=(const HeldSync &) = delete;

    // True once a sync is being held (false after the timeout).
    bool waitUntilHeld(std::chrono::seconds timeout = std::chrono::seconds(10))
    {
        return m_entered.try_acquire_for(timeout);
    }
    void release()
    {
        if (!m_releasedOnce.exchange(true))
            m_released.release();
    }
    // Syncs made through the hook so far, the held one included.
    int syncs() const { return m_syncs.load(); }

private:
    std::atomic<bool> m_holding{true};
    std::atomic<bool> m_releasedOnce{false};
    std::atomic<int> m_syncs{0};
    std::binary_semaphore m_entered{0};
    std::binary_semaphore m_released{0};
};

} // namespace Lexecon::Test
