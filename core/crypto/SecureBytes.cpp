#include "SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <new>

namespace Lexecon {

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    std::memset(m_data, 0, size);
    m_size = size;
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data)
        sodium_free(m_data); // zeroes, unlocks and unmaps
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::copyOf(QByteArrayView data)
{
    SecureBytes s(std::size_t(data.size()));
    if (data.size() > 0)
        std::memcpy(s.m_data, data.data(), std::size_t(data.size()));
    return s;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes s(size);
    if (size > 0)
        randombytes_buf(s.m_data, size);
    return s;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void wipe(QByteArray &bytes)
{
    ensureSodium();
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.clear(); // shared: another copy still holds the bytes; drop our reference only
    else if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace Lexecon
