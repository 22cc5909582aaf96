#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Lexecon {

// RFC 6238 TOTP through liboath: HMAC-SHA-1, 30-second steps from the Unix epoch, 6 digits.
// Steps are counted as floor(unixSeconds / 30); AuthService stores the last step accepted so
// a code is good once.
class Totp
{
public:
    static constexpr int Digits = 6;
    static constexpr int PeriodSeconds = 30;
    static constexpr int SecretBytes = 20;
    static constexpr int Window = 1; // steps accepted either side of now

    static QByteArray newSecret();                                    // 20 random bytes
    static QString toBase32(const QByteArray &secret);                // RFC 4648, upper case, no padding
    static std::optional<QByteArray> fromBase32(const QString &text); // ignores case, spaces, '='

    static qint64 stepAt(qint64 unixMs) { return unixMs / 1000 / PeriodSeconds; }
    // The code for step (digits long, zero-padded).
    static QString codeAt(const QByteArray &secret, qint64 step, int digits = Digits);
    // The step within [now - window, now + window] whose code equals code, or nullopt.
    static std::optional<qint64> match(const QByteArray &secret, const QString &code, qint64 unixMs,
                                       int window = Window);

    // otpauth://totp/Lexecon:<user>?secret=<base32>&issuer=Lexecon&algorithm=SHA1&digits=6&period=30
    // with the label and parameters percent-encoded (Google Authenticator, Authy).
    static QString otpauthUri(const QString &userName, const QString &base32Secret);
};

} // namespace Lexecon
