#include "Totp.h"

#include "crypto/SecureBytes.h"

#include <QUrl>

#include <oath.h>
#include <sodium.h>

#include <cstdlib>
#include <mutex>

namespace Lexecon {

namespace {

bool ensureOath()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = oath_init() == OATH_OK; });
    return ok;
}

} // namespace

QByteArray Totp::newSecret()
{
    ensureSodium();
    QByteArray secret(SecretBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    return secret;
}

QString Totp::toBase32(const QByteArray &secret)
{
    if (!ensureOath())
        return {};
    char *out = nullptr;
    size_t outLen = 0;
    if (oath_base32_encode(secret.constData(), size_t(secret.size()), &out, &outLen) != OATH_OK)
        return {};
    QString text = QString::fromLatin1(out, qsizetype(outLen));
    sodium_memzero(out, outLen);
    std::free(out);
    // Authenticator apps want the secret without '=' padding.
    while (text.endsWith(QLatin1Char('=')))
        text.chop(1);
    return text;
}

std::optional<QByteArray> Totp::fromBase32(const QString &text)
{
    if (!ensureOath())
        return std::nullopt;
    QByteArray in = text.toUpper().toLatin1();
    in.replace(' ', QByteArray()).replace('=', QByteArray());
    while (in.size() % 8 != 0)
        in.append('=');
    char *out = nullptr;
    size_t outLen = 0;
    if (in.isEmpty() || oath_base32_decode(in.constData(), size_t(in.size()), &out, &outLen) != OATH_OK)
        return std::nullopt;
    QByteArray secret(out, qsizetype(outLen));
    sodium_memzero(out, outLen);
    std::free(out);
    return secret;
}

QString Totp::codeAt(const QByteArray &secret, qint64 step, int digits)
{
    if (!ensureOath())
        return {};
    char otp[16] = {};
    const time_t when = time_t(step) * PeriodSeconds;
    if (oath_totp_generate(secret.constData(), size_t(secret.size()), when, PeriodSeconds, 0, unsigned(digits), otp) !=
        OATH_OK)
        return {};
    return QString::fromLatin1(otp);
}

std::optional<qint64> Totp::match(const QByteArray &secret, const QString &code, qint64 unixMs, int window)
{
    if (!ensureOath())
        return std::nullopt;
    const QString trimmed = code.trimmed().remove(QLatin1Char(' '));
    if (trimmed.size() != Digits)
        return std::nullopt;
    for (QChar c : trimmed)
        if (!c.isDigit())
            return std::nullopt;
    const QByteArray otp = trimmed.toLatin1();
    int position = 0;
    uint64_t counter = 0;
    const int rc = oath_totp_validate3(secret.constData(), size_t(secret.size()), time_t(unixMs / 1000), PeriodSeconds,
                                       0, size_t(window), &position, &counter, otp.constData());
    if (rc < 0)
        return std::nullopt;
    return qint64(counter);
}

QString Totp::otpauthUri(const QString &userName, const QString &base32Secret)
{
    // The label is "issuer:account"; both parts are percent-encoded, the colon between them is not.
    const QString issuer = QStringLiteral("Lexecon");
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%4&algorithm=SHA1&digits=%5&period=%6")
        .arg(enc(issuer), enc(userName), enc(base32Secret), enc(issuer))
        .arg(Digits)
        .arg(PeriodSeconds);
}

} // namespace Lexecon
