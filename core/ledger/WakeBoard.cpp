#include "WakeBoard.h"

#include <climits>

#ifdef LEXECON_WAKEBOARD_FUTEX
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Lexecon {

#ifdef LEXECON_WAKEBOARD_FUTEX
void WakeBoard::wait(uint32_t slot, const std::atomic<bool> &answered)
{
    Slot &s = m_slots[slot % Slots];
    for (;;) {
        // Read before the answer: a wakeAll after this read changes the word, so FUTEX_WAIT
        // returns at once instead of sleeping through it.
        const uint32_t seen = s.generation.load(std::memory_order_acquire);
        if (answered.load(std::memory_order_acquire))
            return;
        syscall(SYS_futex, reinterpret_cast<uint32_t *>(&s.generation), FUTEX_WAIT_PRIVATE, seen, nullptr, nullptr, 0);
    }
}

void WakeBoard::wakeAll(uint32_t slot)
{
    Slot &s = m_slots[slot % Slots];
    s.generation.fetch_add(1, std::memory_order_release);
    syscall(SYS_futex, reinterpret_cast<uint32_t *>(&s.generation), FUTEX_WAKE_PRIVATE, INT_MAX, nullptr, nullptr, 0);
}
#else
void WakeBoard::wait(uint32_t slot, const std::atomic<bool> &answered)
{
    Slot &s = m_slots[slot % Slots];
    std::unique_lock lock(s.mutex);
    s.wake.wait(lock, [&] { return answered.load(std::memory_order_acquire); });
}

void WakeBoard::wakeAll(uint32_t slot)
{
    Slot &s = m_slots[slot % Slots];
    {
        // Taken so that a waiter between its check and its sleep cannot miss the notification.
        std::lock_guard lock(s.mutex);
    }
    s.wake.notify_all();
}
#endif

} // namespace Lexecon
