#include "Commitment.h"

#include "Sha256.h"

#include <sodium.h>

namespace Lexecon {

QByteArray Commitment::newSalt()
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    return salt;
}

QString Commitment::compute(QByteArrayView salt, QByteArrayView data)
{
    Sha256 hasher;
    hasher.addData(salt);
    hasher.addData(data);
    return QString::fromLatin1(hasher.result().toHex());
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
