#pragma once

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>

// A futex word per slot on Linux; elsewhere, and where LEXECON_WAKEBOARD_PORTABLE is defined (the
// test TestWakeBoardPortable, so that Linux CI runs that path too), a mutex and a condition variable.
#if defined(__linux__) && !defined(LEXECON_WAKEBOARD_PORTABLE)
#define LEXECON_WAKEBOARD_FUTEX 1
#endif

namespace Lexecon {

// Where the ledger's waiting callers sleep until their answer is ready: a few numbered slots, each
// a word that callers of one intake (the requests the writer took from its queue at one go) wait
// on together, so that answering them is one wake-up call for the lot, not one per caller.
//
// Why not a signal per caller: on the development VM a futex call costs a guest world switch, and
// a caller's own wake-up was most of what a ledger entry cost the kernel. Waking each of 32 callers
// from one thread put 32 such calls on that thread; a tree (each woken caller waking two more) put
// five rounds of wake-ups between the disk's answer and the last caller's return.
//
// A slot may be shared by callers of intakes Slots apart (never at once in practice, and harmless:
// a waiter re-checks its own answer whenever it wakes). Neither side touches a caller's memory
// after its answer is set: the waker only touches the slot.
class WakeBoard
{
public:
    static constexpr uint32_t Slots = 64;

    // Returns once answered is true, sleeping on `slot` in between. The waker sets answered (a
    // release store) before it calls wakeAll(slot).
    void wait(uint32_t slot, const std::atomic<bool> &answered);
    // Wakes every caller sleeping on slot, to check its answer.
    void wakeAll(uint32_t slot);

private:
    struct alignas(64) Slot
    {
#ifdef LEXECON_WAKEBOARD_FUTEX
        std::atomic<uint32_t> generation{0};
#else
        std::mutex mutex;
        std::condition_variable wake;
#endif
    };
    std::array<Slot, Slots> m_slots;
};

} // namespace Lexecon
