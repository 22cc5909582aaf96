#include "Ed25519KeyPair.h"

#include "Ed25519.h"

#include <sodium.h>

namespace Lexecon {

Ed25519KeyPair Ed25519KeyPair::generate()
{
    ensureSodium();
    Ed25519KeyPair pair;
    pair.m_secretKey = SecureBytes(crypto_sign_SECRETKEYBYTES);
    pair.m_publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.m_publicKey.data()), pair.m_secretKey.data());
    return pair;
}

Result<Ed25519KeyPair> Ed25519KeyPair::fromSeed(QByteArrayView seed)
{
    if (seed.size() != Ed25519::SeedSize)
        return Error::invalid(QStringLiteral("seed"),
                              QStringLiteral("an Ed25519 seed is 32 bytes, not %1").arg(seed.size()));
    ensureSodium();
    Ed25519KeyPair pair;
    pair.m_secretKey = SecureBytes(crypto_sign_SECRETKEYBYTES);
    pair.m_publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.m_publicKey.data()), pair.m_secretKey.data(),
                             reinterpret_cast<const unsigned char *>(seed.data()));
    return pair;
}

QByteArray Ed25519KeyPair::sign(QByteArrayView message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         static_cast<unsigned long long>(message.size()), m_secretKey.data());
    return signature;
}

SecureBytes Ed25519KeyPair::seed() const
{
    SecureBytes out(crypto_sign_SEEDBYTES);
    crypto_sign_ed25519_sk_to_seed(out.data(), m_secretKey.data());
    return out;
}

} // namespace Lexecon
