#include "SignedNote.h"

#include "crypto/Ed25519.h"

#include <QStringDecoder>
#include <QStringList>
#include <QtEndian>

namespace Lexecon {

namespace {

// "— " : U+2014 EM DASH in UTF-8, then a space.
const QByteArray kSigPrefix = QByteArrayLiteral("\xE2\x80\x94 ");

Error malformed(const QString &why)
{
    return Error::integrity(QStringLiteral("this is not a valid signed note: %1").arg(why));
}

} // namespace

bool SignedNote::isCleanText(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\n')
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

QByteArray SignedNote::toBytes() const
{
    QByteArray out = m_text;
    out += '\n';
    for (const NoteSignature &s : m_signatures) {
        QByteArray blob(4, '\0');
        qToBigEndian<quint32>(s.keyId, blob.data());
        out += kSigPrefix + s.name.toUtf8() + ' ' + (blob + s.signature).toBase64() + '\n';
    }
    return out;
}

Result<SignedNote> SignedNote::parse(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return malformed(QStringLiteral("it is empty"));
    if (!isCleanText(bytes))
        return malformed(
            QStringLiteral("it holds control characters or bytes that are not UTF-8 (is it a binary file?)"));
    // The text ends at the last blank line; everything after it is signature lines.
    const qsizetype split = bytes.lastIndexOf(QByteArrayView("\n\n"));
    if (split < 0)
        return malformed(QStringLiteral("it has no blank line before signature lines"));
    SignedNote note;
    note.m_text = bytes.first(split + 1).toByteArray();
    QByteArrayView sigs = bytes.sliced(split + 2);
    if (sigs.isEmpty() || !sigs.endsWith('\n'))
        return malformed(QStringLiteral(
            "its signature lines are missing or the last one does not end in a newline (was it truncated?)"));
    while (!sigs.isEmpty()) {
        const qsizetype nl = sigs.indexOf('\n');
        const QByteArrayView line = sigs.first(nl);
        sigs = sigs.sliced(nl + 1);
        if (!line.startsWith(kSigPrefix))
            return malformed(QStringLiteral("a signature line does not start with an em dash (U+2014) and a space"));
        const QByteArrayView rest = line.sliced(kSigPrefix.size());
        const qsizetype space = rest.indexOf(' ');
        if (space <= 0)
            return malformed(QStringLiteral("a signature line has no key name followed by a space"));
        const QString name = QString::fromUtf8(rest.first(space));
        const QByteArrayView b64 = rest.sliced(space + 1);
        auto decoded = QByteArray::fromBase64Encoding(b64.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
        if (!SignedNoteKey::isValidName(name) || b64.isEmpty() || !decoded || decoded.decoded.size() < 5 ||
            decoded.decoded.toBase64() != b64)
            return malformed(QStringLiteral("the signature line by \"%1\" has a bad key name or base64").arg(name));
        if (note.m_signatures.size() >= MaxSignatures)
            return malformed(QStringLiteral("it has more than %1 signatures").arg(MaxSignatures));
        note.m_signatures.append({name, qFromBigEndian<quint32>(decoded.decoded.constData()), decoded.decoded.mid(4)});
    }
    return note;
}

Result<SignedNote> SignedNote::sign(const QByteArray &text, const QString &keyName, quint32 keyId,
                                    const std::function<QByteArray(QByteArrayView)> &sign)
{
    if (text.isEmpty() || !text.endsWith('\n') || !isCleanText(text))
        return Error::invalid(QStringLiteral("text"),
                              QStringLiteral("a note text must end in a newline and hold no control characters"));
    if (!SignedNoteKey::isValidName(keyName))
        return Error::invalid(QStringLiteral("origin"),
                              QStringLiteral("a note key name must be non-empty with no spaces or '+'"));
    SignedNote note;
    note.m_text = text;
    const QByteArray signature = sign(text);
    if (signature.size() != Ed25519::SignatureSize)
        return Error::internal(QStringLiteral("the node key gave no Ed25519 signature"));
    note.m_signatures.append({keyName, keyId, signature});
    return note;
}

Result<void> SignedNote::verify(const SignedNoteKey &key) const
{
    QStringList others;
    bool matched = false;
    for (const NoteSignature &s : m_signatures) {
        if (s.name != key.name || s.keyId != key.keyId) {
            others.append(s.name);
            continue;
        }
        matched = true;
        if (s.signature.size() != Ed25519::SignatureSize || !Ed25519::verify(key.publicKey, m_text, s.signature))
            return Error::integrity(
                QStringLiteral("the signature by %1 does not match the note text: the note was changed after "
                               "it was signed, or the signature was damaged")
                    .arg(key.name));
    }
    if (!matched) {
        return Error::integrity(
            QStringLiteral("the note is not signed by the key %1 (it is signed by %2): it comes from another "
                           "node or the key is not the one this note was made with")
                .arg(key.toString(), others.isEmpty() ? QStringLiteral("nobody") : others.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace Lexecon
