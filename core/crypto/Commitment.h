#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Lexecon {

// A salted commitment to personal data: hex SHA-256(salt || data) with a random 32-byte salt.
// The ledger carries the commitment; the salt and the data sit in an erasable row. While both
// exist, anyone holding them can recompute the commitment and check it against the ledger. Once
// the salt is deleted (GDPR erasure, retention anonymization) the ledger entry stays byte-identical
// and still verifies, but nothing links it to the data any more: an unsalted hash of guessable
// personal data (a name, a request) could be confirmed by guessing; a 256-bit random salt cannot.
struct Commitment
{
    static constexpr int SaltBytes = 32;

    QByteArray salt; // 32 random bytes, kept with the data and erased with it
    QString value;   // 64 lower-case hex characters, what the ledger payload holds

    // A fresh salt and the commitment to data under it.
    static Commitment make(QByteArrayView data);
    static QByteArray newSalt();
    static QString compute(QByteArrayView salt, QByteArrayView data);
    // True when salt is a full salt and SHA-256(salt || data) equals commitment (compared in
    // constant time). False once the salt is erased: an erased commitment can no longer be opened.
    static bool verify(const QString &commitment, QByteArrayView salt, QByteArrayView data);
};

} // namespace Lexecon
