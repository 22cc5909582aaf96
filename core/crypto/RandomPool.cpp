#include "RandomPool.h"

#include "SecureBytes.h"

#include <sodium.h>

#include <cstring>

namespace Lexecon::RandomPool {

namespace {

constexpr std::size_t kBufferBytes = 4096;
constexpr std::size_t kBypassBytes = 256; // larger requests go to randombytes_buf directly

struct Buffer
{
    unsigned char bytes[kBufferBytes];
    std::size_t used = kBufferBytes; // empty until first use

    ~Buffer() { sodium_memzero(bytes, sizeof bytes); }

    void take(unsigned char *out, std::size_t size)
    {
        if (size > kBufferBytes - used) {
            randombytes_buf(bytes, sizeof bytes);
            used = 0;
        }
        std::memcpy(out, bytes + used, size);
        sodium_memzero(bytes + used, size);
        used += size;
    }
};

} // namespace

void fill(void *out, std::size_t size)
{
    if (size == 0)
        return;
    if (size > kBypassBytes) {
        ensureSodium();
        randombytes_buf(out, size);
        return;
    }
    thread_local Buffer buffer;
    if (buffer.used == kBufferBytes)
        ensureSodium();
    buffer.take(static_cast<unsigned char *>(out), size);
}

} // namespace Lexecon::RandomPool
