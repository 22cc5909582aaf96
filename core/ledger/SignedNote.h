#pragma once

#include "SignedNoteKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Lexecon {

// One signature line of a note: "— <name> base64(key id || signature)".
struct NoteSignature
{
    QString name;
    quint32 keyId = 0;
    QByteArray signature; // without the 4-byte key id
};

// A C2SP signed note (c2sp.org/signed-note): text ending in a newline, a blank line, then one
// or more signature lines starting with an em dash (U+2014). Parsing follows the rules Go's
// golang.org/x/mod/sumdb/note applies, so a note this class accepts is one Go accepts too.
class SignedNote
{
public:
    static constexpr int MaxSignatures = 100;

    QByteArray text() const { return m_text; }
    QList<NoteSignature> signatures() const { return m_signatures; }
    QByteArray toBytes() const;

    // Every failure is an Integrity error with a sentence saying what is wrong with the note.
    static Result<SignedNote> parse(QByteArrayView bytes);
    // Signs text (which must end in "\n" and hold no control characters but newlines) with an
    // Ed25519 signer; sign(message) returns the 64-byte signature.
    static Result<SignedNote> sign(const QByteArray &text, const QString &keyName, quint32 keyId,
                                   const std::function<QByteArray(QByteArrayView)> &sign);

    // Succeeds when a signature line by key (same name and key id) verifies over the text.
    // A note signed only by other keys, or whose signature by key fails, is an Integrity error;
    // signatures by unknown keys are ignored, as the spec requires (witness cosignatures).
    Result<void> verify(const SignedNoteKey &key) const;

    // True when bytes hold no ASCII control characters but newline and are valid UTF-8.
    static bool isCleanText(QByteArrayView bytes);

private:
    QByteArray m_text;
    QList<NoteSignature> m_signatures;
};

} // namespace Lexecon
