#include "OidcPkce.h"

#include "crypto/Sha256.h"
#include "crypto/SecureBytes.h"

#include <sodium.h>

namespace Lexecon {

QString OidcPkce::newVerifier()
{
    return randomToken(32); // 32 bytes -> 43 base64url characters
}

QString OidcPkce::challenge(const QString &verifier)
{
    return base64Url(Sha256::hash(verifier.toLatin1()));
}

QString OidcPkce::randomToken(int bytes)
{
    ensureSodium();
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), std::size_t(raw.size()));
    return base64Url(raw);
}

QString OidcPkce::base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray OidcPkce::fromBase64Url(const QByteArray &text, bool *ok)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = bool(decoded);
    return decoded ? *decoded : QByteArray();
}

} // namespace Lexecon
