#pragma once

#include "SecureBytes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Lexecon {

// An Ed25519 signing key. The 64-byte libsodium secret key (seed || public key) stays in
// guarded memory (SecureBytes) and is wiped when the pair is destroyed. Move-only.
class Ed25519KeyPair
{
public:
    static Ed25519KeyPair generate();
    // From a 32-byte RFC 8032 seed (the "private key" of the test vectors and of what we store).
    static Result<Ed25519KeyPair> fromSeed(QByteArrayView seed);

    QByteArray publicKey() const { return m_publicKey; } // 32 raw bytes
    QByteArray sign(QByteArrayView message) const;       // 64 bytes, deterministic
    // A copy of the seed in guarded memory, for encrypting at rest.
    SecureBytes seed() const;

private:
    Ed25519KeyPair() = default;

    SecureBytes m_secretKey; // 64 bytes
    QByteArray m_publicKey;
};

} // namespace Lexecon
