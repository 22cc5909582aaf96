#pragma once

#include <QByteArray>
#include <QString>

namespace Lexecon {

// Proof Key for Code Exchange (RFC 7636), S256 only: "plain" gives no protection once the
// authorization request leaks, and every provider we target supports S256.
class OidcPkce
{
public:
    // 43 characters of base64url from 32 random bytes (RFC 7636 section 4.1: 43-128 characters).
    static QString newVerifier();
    // BASE64URL(SHA256(ASCII(verifier))) without padding (section 4.2).
    static QString challenge(const QString &verifier);
    // A random base64url value of bytes random bytes, for state and nonce.
    static QString randomToken(int bytes = 32);
    // base64url without padding, and its inverse (which also accepts padding).
    static QString base64Url(const QByteArray &bytes);
    static QByteArray fromBase64Url(const QByteArray &text, bool *ok = nullptr);
};

} // namespace Lexecon
