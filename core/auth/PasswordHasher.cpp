#include "PasswordHasher.h"

#include "crypto/SecureBytes.h"

#include <sodium.h>

namespace Lexecon {

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!ensureSodium())
        return Error::internal(QStringLiteral("libsodium could not be initialised"));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    const int rc = crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    wipe(utf8);
    if (rc != 0)
        return Error::internal(
            QStringLiteral("hashing the password ran out of memory; close other programs and try again"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!ensureSodium() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    wipe(utf8);
    return ok;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return true;
    char buffer[crypto_pwhash_STRBYTES] = {};
    memcpy(buffer, stored.constData(), size_t(stored.size()));
    return crypto_pwhash_str_needs_rehash(buffer, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace Lexecon
