#include "Commitment.h"

#include "RandomPool.h"
#include "Sha256.h"

#include <sodium.h>

#include <cstring>

namespace Lexecon {

QByteArray Commitment::newSalt()
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    RandomPool::fill(salt.data(), std::size_t(salt.size()));
    return salt;
}

QString Commitment::compute(QByteArrayView salt, QByteArrayView data)
{
    // One hash of salt || data, on the stack when small (every decision commits to its request
    // and its log): no EVP context to allocate per call.
    unsigned char digest[32];
    if (salt.size() + data.size() <= 4096) {
        char joined[4096];
        std::memcpy(joined, salt.data(), size_t(salt.size()));
        std::memcpy(joined + salt.size(), data.data(), size_t(data.size()));
        Sha256::hashInto(QByteArrayView(joined, salt.size() + data.size()), digest);
        sodium_memzero(joined, size_t(salt.size() + data.size()));
    } else {
        Sha256 hasher;
        hasher.addData(salt);
        hasher.addData(data);
        const QByteArray result = hasher.result();
        std::memcpy(digest, result.constData(), sizeof digest);
    }
    static const char hex[] = "0123456789abcdef";
    QString out(64, Qt::Uninitialized);
    QChar *p = out.data();
    for (int i = 0; i < 32; ++i) {
        p[2 * i] = QLatin1Char(hex[digest[i] >> 4]);
        p[2 * i + 1] = QLatin1Char(hex[digest[i] & 0xf]);
    }
    return out;
}

Commitment Commitment::make(QByteArrayView data)
{
    Commitment c;
    c.salt = newSalt();
    c.value = compute(c.salt, data);
    return c;
}

bool Commitment::verify(const QString &commitment, QByteArrayView salt, QByteArrayView data)
{
    if (salt.size() != SaltBytes || commitment.size() != 64)
        return false;
    const QByteArray expected = compute(salt, data).toLatin1();
    const QByteArray given = commitment.toLatin1();
    return sodium_memcmp(expected.constData(), given.constData(), std::size_t(expected.size())) == 0;
}

} // namespace Lexecon
