#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Lexecon {

// SHA-256 through OpenSSL EVP, which uses the CPU's SHA extensions where present.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    QByteArray result(); // 32 raw bytes; resets the hasher for reuse

    static QByteArray hash(QByteArrayView data);
    static QString hex(QByteArrayView data);
    // Hashes into out[32] with a thread-local context; no allocation on the hot path.
    static void hashInto(QByteArrayView data, unsigned char out[32]);

private:
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

} // namespace Lexecon
