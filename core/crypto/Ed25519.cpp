#include "Ed25519.h"

#include "SecureBytes.h"
#include "Sha256.h"

#include <QStringList>

#include <sodium.h>

namespace Lexecon {

namespace {

// RFC 8410 section 4: SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (0 unused bits) key }.
const QByteArray &spkiPrefix()
{
    static const QByteArray prefix = QByteArray::fromHex("302a300506032b6570032100");
    return prefix;
}

const QByteArray pemBegin = "-----BEGIN PUBLIC KEY-----";
const QByteArray pemEnd = "-----END PUBLIC KEY-----";

} // namespace

bool Ed25519::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (!ensureSodium() || publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                       reinterpret_cast<const unsigned char *>(message.data()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.data())) == 0;
}

QByteArray Ed25519::spkiDer(QByteArrayView publicKey)
{
    return spkiPrefix() + publicKey.toByteArray();
}

QString Ed25519::publicKeyPem(QByteArrayView publicKey)
{
    const QByteArray b64 = spkiDer(publicKey).toBase64();
    QString pem = QString::fromLatin1(pemBegin) + QLatin1Char('\n');
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += QString::fromLatin1(b64.mid(i, 64)) + QLatin1Char('\n');
    pem += QString::fromLatin1(pemEnd) + QLatin1Char('\n');
    return pem;
}

Result<QByteArray> Ed25519::parseSpkiDer(QByteArrayView der)
{
    if (der.size() != spkiPrefix().size() + PublicKeySize || !der.startsWith(spkiPrefix()))
        return Error::invalid(QStringLiteral("public_key"),
                              QStringLiteral("public_key is not an Ed25519 SubjectPublicKeyInfo; send the PEM that "
                                             "`lexecon-cli node key` prints"));
    return der.sliced(spkiPrefix().size()).toByteArray();
}

Result<QByteArray> Ed25519::parsePublicKeyPem(QByteArrayView pem)
{
    const QByteArray text = pem.toByteArray();
    const qsizetype begin = text.indexOf(pemBegin);
    const qsizetype end = text.indexOf(pemEnd);
    if (begin < 0 || end < begin)
        return Error::invalid(
            QStringLiteral("public_key"),
            QStringLiteral("public_key has no \"-----BEGIN PUBLIC KEY-----\" block; send a PEM public key"));
    const QByteArray body =
        text.mid(begin + pemBegin.size(), end - begin - pemBegin.size()).simplified().replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error::invalid(QStringLiteral("public_key"),
                              QStringLiteral("public_key's PEM body is not valid base64"));
    return parseSpkiDer(*decoded);
}

QString Ed25519::fingerprint(QByteArrayView publicKey)
{
    return Sha256::hex(spkiDer(publicKey));
}

} // namespace Lexecon
