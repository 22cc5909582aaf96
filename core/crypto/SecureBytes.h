#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace Lexecon {

// Secret bytes (private keys, key-encryption keys) in libsodium guarded memory: sodium_malloc puts
// them between guard pages and locks them out of swap; sodium_free wipes them.
// Move-only, so a secret has exactly one owner and is never copied into an ordinary QByteArray
// by accident.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // Copies from plain memory (the caller wipes its copy if it matters).
    static SecureBytes copyOf(QByteArrayView data);
    static SecureBytes random(std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // A view for APIs that take bytes; it does not copy.
    QByteArrayView view() const { return {reinterpret_cast<const char *>(m_data), qsizetype(m_size)}; }
    bool equals(const SecureBytes &other) const;

private:
    void release();

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a plain QByteArray that held a secret (detaching first would copy it, so this
// only wipes the buffer when the array owns it alone).
void wipe(QByteArray &bytes);

// sodium_init() once per process; every class here calls it before using libsodium.
bool ensureSodium();

} // namespace Lexecon
