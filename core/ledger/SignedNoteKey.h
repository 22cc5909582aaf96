#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace Lexecon {

// A note verifier key in the Go golang.org/x/mod/sumdb/note form that `lexecon-cli node key`
// prints: <name>+<hex8 key id>+<base64(0x01 || 32-byte Ed25519 key)>. It is all an offline
// verifier needs to trust a checkpoint (C2SP signed-note, key type 0x01).
struct SignedNoteKey
{
    QString name;
    quint32 keyId = 0;
    QByteArray publicKey; // 32 bytes

    // Rejects anything but an Ed25519 key whose id matches SHA-256(name || 0x0A || 0x01 || key)[:4],
    // so a key string edited by hand is caught here rather than as a puzzling signature failure.
    static Result<SignedNoteKey> parse(const QString &verifierKey);
    static SignedNoteKey fromPublicKey(const QString &name, const QByteArray &publicKey);
    // key ID = SHA-256(key name || 0x0A || 0x01 || public key)[:4], big-endian.
    static quint32 keyIdFor(const QString &name, const QByteArray &publicKey);
    // A key name is non-empty and has no Unicode spaces and no '+'.
    static bool isValidName(const QString &name);

    QString toString() const;
};

} // namespace Lexecon
