#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Lexecon {

// What a packet covers: the scope (PacketScope::names), a half-open date range [fromMs, toMs)
// of record creation times (0 = open) and the formats to render.
struct PacketTerms
{
    QString scope = QStringLiteral("all");
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QSet<QString> formats{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("md"), QStringLiteral("html")};

    // {"scope", "from", "to", "formats"}; open ends are null.
    QJsonObject toJson() const;
};

// One four-eyes packet request (table audit_packet_requests). Statuses: requested, approved,
// rejected. Only an approved request is built; it may be built again (each build is logged).
struct PacketRequest
{
    static QString requested() { return QStringLiteral("requested"); }
    static QString approved() { return QStringLiteral("approved"); }
    static QString rejected() { return QStringLiteral("rejected"); }

    QString requestId; // pkr_ ULID
    PacketTerms terms;
    QString status;
    QString requestedBy; // ledger actor
    QString requestedAt;
    qint64 requestLedgerIndex = -1;
    QString decidedBy; // the approver or rejecter, a ledger actor
    QString decidedAt;
    qint64 decisionLedgerIndex = -1;
    QString rejectReason;
    int builtCount = 0;
    QString lastPacketId;

    QJsonObject toJson() const;
};

} // namespace Lexecon
