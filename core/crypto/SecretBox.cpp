#include "SecretBox.h"

#include <sodium.h>

namespace Lexecon {

namespace {

static_assert(SecretBox::KeySize == crypto_secretbox_KEYBYTES);
static_assert(SecretBox::NonceSize == crypto_secretbox_NONCEBYTES);
static_assert(SecretBox::MacSize == crypto_secretbox_MACBYTES);

Error badKey()
{
    return Error::internal(QStringLiteral("a secretbox key is %1 bytes").arg(SecretBox::KeySize));
}

Result<void> open(const SecureBytes &key, QByteArrayView box, unsigned char *out)
{
    if (key.size() != std::size_t(SecretBox::KeySize))
        return badKey();
    if (box.size() < SecretBox::NonceSize + SecretBox::MacSize)
        return Error::integrity(QStringLiteral("an encrypted field is too short to be a secretbox; it was truncated"));
    const auto *nonce = reinterpret_cast<const unsigned char *>(box.data());
    const auto *cipher = nonce + SecretBox::NonceSize;
    unsigned char empty = 0; // libsodium wants a writable pointer even for an empty plaintext
    if (crypto_secretbox_open_easy(out ? out : &empty, cipher,
                                   static_cast<unsigned long long>(box.size() - SecretBox::NonceSize), nonce,
                                   key.data()) != 0)
        return Error::integrity(
            QStringLiteral("an encrypted field does not decrypt: it was altered or made under another key"));
    return {};
}

} // namespace

SecureBytes SecretBox::newKey()
{
    return SecureBytes::random(KeySize);
}

Result<QByteArray> SecretBox::encrypt(const SecureBytes &key, QByteArrayView plaintext)
{
    if (key.size() != std::size_t(KeySize))
        return badKey();
    ensureSodium();
    QByteArray box(NonceSize + MacSize + plaintext.size(), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(nonce, NonceSize);
    crypto_secretbox_easy(nonce + NonceSize, reinterpret_cast<const unsigned char *>(plaintext.data()),
                          static_cast<unsigned long long>(plaintext.size()), nonce, key.data());
    return box;
}

Result<QByteArray> SecretBox::decrypt(const SecureBytes &key, QByteArrayView box)
{
    ensureSodium();
    QByteArray out(qMax<qsizetype>(0, box.size() - NonceSize - MacSize), Qt::Uninitialized);
    if (auto r = open(key, box, reinterpret_cast<unsigned char *>(out.data())); !r)
        return r.error();
    return out;
}

Result<SecureBytes> SecretBox::decryptSecure(const SecureBytes &key, QByteArrayView box)
{
    ensureSodium();
    SecureBytes out(std::size_t(qMax<qsizetype>(0, box.size() - NonceSize - MacSize)));
    if (auto r = open(key, box, out.data()); !r)
        return r.error();
    return out;
}

} // namespace Lexecon
