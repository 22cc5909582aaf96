#include "LedgerEntry.h"

#include "common/CanonicalJson.h"
#include "crypto/Sha256.h"

#include <QJsonDocument>

namespace Lexecon {

QJsonObject LedgerEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("index"), index},
                       {QStringLiteral("timestamp"), timestamp},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("payload"), payload},
                       {QStringLiteral("prev_hash"), prevHash}};
}

LedgerEntry LedgerEntry::make(qint64 index, const QString &timestamp, const QString &type, const QString &actor,
                              const QJsonObject &payload, const QString &prevHash)
{
    LedgerEntry e;
    e.index = index;
    e.timestamp = timestamp;
    e.type = type;
    e.actor = actor;
    e.payload = payload;
    e.prevHash = prevHash;
    e.canonical = CanonicalJson::serialize(e.toJson());
    e.entryHash = Sha256::hex(e.canonical);
    return e;
}

LedgerEntry LedgerEntry::fromCanonical(const QByteArray &canonical)
{
    LedgerEntry e;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(canonical, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    e.index = o.value(QStringLiteral("index")).toInteger(-1);
    e.timestamp = o.value(QStringLiteral("timestamp")).toString();
    e.type = o.value(QStringLiteral("type")).toString();
    e.actor = o.value(QStringLiteral("actor")).toString();
    e.payload = o.value(QStringLiteral("payload")).toObject();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    e.canonical = canonical;
    e.entryHash = Sha256::hex(canonical);
    return e;
}

QString LedgerEntry::zeroHash()
{
    return QString(64, QLatin1Char('0'));
}

} // namespace Lexecon
