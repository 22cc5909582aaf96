#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Lexecon {

// One ledger entry (SPEC section 5). canonical = JCS of {index, timestamp, type, actor, payload,
// prev_hash}; entryHash = hex SHA-256(canonical).
struct LedgerEntry
{
    qint64 index = -1;
    QString timestamp;
    QString type;
    QString actor;
    QJsonObject payload;
    QString prevHash;
    QString entryHash;
    QByteArray canonical;

    QJsonObject toJson() const; // the hashed object, without entry_hash
    static LedgerEntry make(qint64 index, const QString &timestamp, const QString &type, const QString &actor,
                            const QJsonObject &payload, const QString &prevHash);
    // Rebuilds an entry from its stored canonical bytes; index -1 when they do not parse.
    static LedgerEntry fromCanonical(const QByteArray &canonical);
    static QString zeroHash();
};

} // namespace Lexecon
