#include "PacketRequest.h"

#include "PacketScope.h"
#include "common/Timestamp.h"

namespace Lexecon {

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(Timestamp::format(ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject PacketTerms::toJson() const
{
    return {{QStringLiteral("scope"), scope},
            {QStringLiteral("from"), timeOrNull(fromMs)},
            {QStringLiteral("to"), timeOrNull(toMs)},
            {QStringLiteral("formats"), PacketScope::joinFormats(formats)}};
}

QJsonObject PacketRequest::toJson() const
{
    QJsonObject o = terms.toJson();
    o.insert(QStringLiteral("request_id"), requestId);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("requested_by"), requestedBy);
    o.insert(QStringLiteral("requested_at"), requestedAt);
    o.insert(QStringLiteral("request_ledger_index"), requestLedgerIndex);
    o.insert(QStringLiteral("decided_by"), textOrNull(decidedBy));
    o.insert(QStringLiteral("decided_at"), textOrNull(decidedAt));
    o.insert(QStringLiteral("decision_ledger_index"),
             decisionLedgerIndex >= 0 ? QJsonValue(decisionLedgerIndex) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("reject_reason"), textOrNull(rejectReason));
    o.insert(QStringLiteral("built_count"), builtCount);
    o.insert(QStringLiteral("last_packet_id"), textOrNull(lastPacketId));
    return o;
}

} // namespace Lexecon
