#include "SignedNoteKey.h"

#include "crypto/Sha256.h"

#include <QStringList>

#include <QtEndian>

namespace Lexecon {

namespace {

constexpr char kEd25519Type = 0x01;

Error badKey(const QString &why)
{
    return Error::invalid(
        QStringLiteral("key"),
        QStringLiteral("the verifier key %1; send the note_verifier_key that `lexecon-cli node key` prints "
                       "(name+hex8+base64)")
            .arg(why));
}

} // namespace

bool SignedNoteKey::isValidName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('+') || c.unicode() < 0x20)
            return false;
    }
    return true;
}

quint32 SignedNoteKey::keyIdFor(const QString &name, const QByteArray &publicKey)
{
    Sha256 hasher;
    hasher.addData(name.toUtf8());
    hasher.addData("\n");
    hasher.addData(QByteArrayView(&kEd25519Type, 1));
    hasher.addData(publicKey);
    return qFromBigEndian<quint32>(hasher.result().constData());
}

SignedNoteKey SignedNoteKey::fromPublicKey(const QString &name, const QByteArray &publicKey)
{
    return {name, keyIdFor(name, publicKey), publicKey};
}

Result<SignedNoteKey> SignedNoteKey::parse(const QString &verifierKey)
{
    const QString text = verifierKey.trimmed();
    // name+hash+key: the base64 key may itself hold '+', so only the first two separate parts.
    const qsizetype first = text.indexOf(QLatin1Char('+'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char('+'), first + 1);
    if (second < 0)
        return badKey(QStringLiteral("must have three parts separated by '+'"));
    const QStringList parts{text.left(first), text.mid(first + 1, second - first - 1), text.mid(second + 1)};
    if (!isValidName(parts[0]))
        return badKey(QStringLiteral("has an empty name or a name with spaces"));
    bool hexOk = false;
    const quint32 keyId = parts[1].toUInt(&hexOk, 16);
    if (parts[1].size() != 8 || !hexOk)
        return badKey(QStringLiteral("needs 8 hex digits of key id after the name"));
    auto decoded = QByteArray::fromBase64Encoding(parts[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 33 || decoded.decoded.at(0) != kEd25519Type ||
        decoded.decoded.toBase64() != parts[2].toLatin1())
        return badKey(QStringLiteral("does not end in the base64 of an Ed25519 key (0x01 and 32 bytes)"));
    SignedNoteKey key{parts[0], keyId, decoded.decoded.mid(1)};
    if (keyIdFor(key.name, key.publicKey) != keyId)
        return badKey(QStringLiteral("has a key id that does not belong to its name and key (was it edited?)"));
    return key;
}

QString SignedNoteKey::toString() const
{
    return QStringLiteral("%1+%2+%3")
        .arg(name)
        .arg(keyId, 8, 16, QLatin1Char('0'))
        .arg(QString::fromLatin1((QByteArray(1, kEd25519Type) + publicKey).toBase64()));
}

} // namespace Lexecon
