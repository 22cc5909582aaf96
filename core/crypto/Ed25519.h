#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Lexecon {

// Public-key side of Ed25519 (RFC 8032) through libsodium, and the encodings auditors use:
// PEM SubjectPublicKeyInfo (RFC 8410), so `openssl pkeyutl -verify -pubin -inkey key.pem -rawin`
// works, and a fingerprint that `openssl pkey -pubin -in key.pem -outform DER | sha256sum` reproduces.
class Ed25519
{
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SeedSize = 32;
    static constexpr int SignatureSize = 64;

    // True only when signature is a valid signature of message under the 32-byte publicKey.
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

    // DER SubjectPublicKeyInfo: 30 2a 30 05 06 03 2b 65 70 03 21 00 || key.
    static QByteArray spkiDer(QByteArrayView publicKey);
    static QString publicKeyPem(QByteArrayView publicKey);
    // The raw 32-byte key from a PEM "PUBLIC KEY" block or its DER; an error names field "public_key".
    static Result<QByteArray> parsePublicKeyPem(QByteArrayView pem);
    static Result<QByteArray> parseSpkiDer(QByteArrayView der);
    // Lowercase hex SHA-256 of the SPKI DER.
    static QString fingerprint(QByteArrayView publicKey);
};

} // namespace Lexecon
