#pragma once

#include <cstddef>

namespace Lexecon::RandomPool {

// Bytes from libsodium's CSPRNG (randombytes_buf, getrandom(2) underneath), drawn from a
// per-thread buffer refilled 4 KiB at a time. Every decision needs a few salts and ULID bits;
// a getrandom syscall each is a measurable share of its CPU on a VM where syscalls are dear.
// The bytes are as unpredictable as randombytes_buf's own: only when they are drawn changes.
// Bytes handed out are wiped from the buffer at once, and the rest when the thread ends, so a
// later memory read cannot recover a salt already given out. Large requests bypass the buffer.
void fill(void *out, std::size_t size);

} // namespace Lexecon::RandomPool
