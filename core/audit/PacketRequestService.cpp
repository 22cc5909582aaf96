#include "PacketRequestService.h"

#include "PacketScope.h"
#include "auth/Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "crypto/Commitment.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace Lexecon {

namespace {

constexpr int kMinReasonLength = 10;

const QString kColumns = QStringLiteral(
    "request_id, scope, from_ms, to_ms, formats, status, requested_by, requested_at, request_ledger_index, "
    "decided_by, decided_at, decision_ledger_index, reject_reason, built_count, last_packet_id");

PacketRequest fromRow(const QSqlQuery &q)
{
    PacketRequest r;
    r.requestId = q.value(0).toString();
    r.terms.scope = q.value(1).toString();
    r.terms.fromMs = q.value(2).toLongLong();
    r.terms.toMs = q.value(3).toLongLong();
    if (auto formats = PacketScope::parseFormats(q.value(4).toString()))
        r.terms.formats = *formats;
    r.status = q.value(5).toString();
    r.requestedBy = q.value(6).toString();
    r.requestedAt = q.value(7).toString();
    r.requestLedgerIndex = q.value(8).toLongLong();
    r.decidedBy = q.value(9).toString();
    r.decidedAt = q.value(10).toString();
    r.decisionLedgerIndex = Sql::int64OrNegative(q.value(11));
    r.rejectReason = q.value(12).toString();
    r.builtCount = q.value(13).toInt();
    r.lastPacketId = q.value(14).toString();
    return r;
}

QVariant msOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant();
}

} // namespace

PacketRequestService::PacketRequestService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock)
    : m_db(std::move(db)), m_ledger(ledger), m_clock(clock)
{
}

Result<void> PacketRequestService::validate(const PacketTerms &terms)
{
    if (!PacketScope::isValid(terms.scope))
        return Error::invalid(QStringLiteral("scope"), QStringLiteral("The scope \"%1\" is not one of %2.")
                                                           .arg(terms.scope, PacketScope::names().join(QStringLiteral(", "))));
    if (terms.formats.isEmpty())
        return Error::invalid(QStringLiteral("formats"),
                              QStringLiteral("No format was given; send one or more of json, csv, md, html, pdf."));
    for (const QString &f : terms.formats)
        if (!PacketScope::formatNames().contains(f))
            return Error::invalid(QStringLiteral("formats"), QStringLiteral("The format \"%1\" is not known.").arg(f));
    if (terms.fromMs > 0 && terms.toMs > 0 && terms.fromMs >= terms.toMs)
        return Error::invalid(QStringLiteral("from"),
                              QStringLiteral("The range starts at %1, which is not before its end %2; send --from "
                                             "earlier than --to.")
                                  .arg(Timestamp::format(terms.fromMs), Timestamp::format(terms.toMs)));
    return {};
}

Result<void> PacketRequestService::mayBuild(const Principal &by)
{
    if (by.kind() == Principal::Kind::System || by.can(Permission::ApproveAuditPacket))
        return {};
    return by.require(Permission::RequestAuditPacket);
}

Result<PacketRequest> PacketRequestService::request(const PacketTerms &terms, const Principal &by)
{
    if (auto allowed = by.require(Permission::RequestAuditPacket); !allowed)
        return allowed.error();
    if (auto ok = validate(terms); !ok)
        return ok.error();
    PacketRequest r;
    r.requestId = Ulid::make(QStringLiteral("pkr_"), m_clock);
    r.terms = terms;
    r.status = PacketRequest::requested();
    r.requestedBy = by.ledgerActor();
    r.requestedAt = Timestamp::format(m_clock.nowMs());
    QJsonObject payload = terms.toJson();
    payload.insert(QStringLiteral("request_id"), r.requestId);
    auto entry = m_ledger.append(LedgerAppend{
        QStringLiteral("audit_packet_requested"), r.requestedBy, payload,
        [&](QSqlDatabase &conn, const LedgerEntry &e) {
            return Sql::execOne(conn,
                                QStringLiteral("INSERT INTO audit_packet_requests (request_id, scope, from_ms, to_ms, "
                                               "formats, status, requested_by, requested_at, request_ledger_index) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {r.requestId, terms.scope, msOrNull(terms.fromMs), msOrNull(terms.toMs),
                                 PacketScope::joinFormats(terms.formats), r.status, r.requestedBy, r.requestedAt,
                                 e.index});
        }});
    if (!entry)
        return entry.error();
    r.requestLedgerIndex = entry->index;
    return r;
}

Result<PacketRequest> PacketRequestService::approve(const QString &requestId, const Principal &by)
{
    return decide(requestId, true, QString(), by);
}

Result<PacketRequest> PacketRequestService::reject(const QString &requestId, const QString &reason, const Principal &by)
{
    return decide(requestId, false, reason, by);
}

Result<PacketRequest> PacketRequestService::decide(const QString &requestId, bool approve, const QString &reason,
                                                   const Principal &by)
{
    if (auto allowed = by.require(Permission::ApproveAuditPacket); !allowed)
        return allowed.error();
    const QString why = reason.trimmed();
    if (!approve && why.size() < kMinReasonLength)
        return Error::invalid(QStringLiteral("reason"),
                              QStringLiteral("The reason has %1 characters; send at least %2 that say why the packet "
                                             "is refused.")
                                  .arg(why.size())
                                  .arg(kMinReasonLength));
    auto current = get(requestId);
    if (!current)
        return current.error();
    PacketRequest r = *current;
    // Four eyes: whoever asked for the packet cannot also release it.
    if (r.requestedBy == by.ledgerActor())
        return Error::forbidden(QStringLiteral("%1 requested packet %2 and cannot also %3 it; another compliance "
                                               "officer must.")
                                    .arg(by.ledgerActor(), requestId,
                                         approve ? QStringLiteral("approve") : QStringLiteral("reject")));
    if (r.status != PacketRequest::requested())
        return Error::conflict(QStringLiteral("Packet request %1 is already %2.").arg(requestId, r.status));
    r.status = approve ? PacketRequest::approved() : PacketRequest::rejected();
    r.decidedBy = by.ledgerActor();
    r.decidedAt = Timestamp::format(m_clock.nowMs());
    r.rejectReason = why;
    QJsonObject payload{{QStringLiteral("request_id"), requestId}, {QStringLiteral("status"), r.status}};
    // The reason is free text: the ledger gets a salted commitment, the row keeps text and salt.
    const Commitment whyCommitment = why.isEmpty() ? Commitment{} : Commitment::make(why.toUtf8());
    if (!approve)
        payload.insert(QStringLiteral("reason_commitment"), whyCommitment.value);
    auto entry = m_ledger.append(LedgerAppend{
        approve ? QStringLiteral("audit_packet_approved") : QStringLiteral("audit_packet_rejected"), r.decidedBy, payload,
        [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
            // The status condition makes two officers deciding at once a conflict, not two decisions.
            auto q = Sql::exec(conn,
                               QStringLiteral("UPDATE audit_packet_requests SET status = ?, decided_by = ?, decided_at = ?, "
                                              "decision_ledger_index = ?, reject_reason = ?, reject_reason_commitment = ?, "
                                              "reject_reason_salt = ? "
                                              "WHERE request_id = ? AND status = 'requested'"),
                               {r.status, r.decidedBy, r.decidedAt, e.index, Sql::nullIfEmpty(why),
                                Sql::nullIfEmpty(whyCommitment.value), whyCommitment.salt.isEmpty() ? QVariant() : QVariant(whyCommitment.salt),
                                requestId});
            if (!q)
                return q.error();
            if (q->numRowsAffected() != 1)
                return Error::conflict(QStringLiteral("Packet request %1 was decided by someone else meanwhile.").arg(requestId));
            return {};
        }});
    if (!entry)
        return entry.error();
    r.decisionLedgerIndex = entry->index;
    return r;
}

Result<PacketRequest> PacketRequestService::approvedRequest(const QString &requestId)
{
    auto r = get(requestId);
    if (!r)
        return r.error();
    if (r->status != PacketRequest::approved())
        return Error::forbidden(QStringLiteral("Packet request %1 is %2; only an approved request is built. A compliance "
                                               "officer other than the requester must approve it first.")
                                    .arg(requestId, r->status));
    return r;
}

Result<qint64> PacketRequestService::recordBuilt(const QString &requestId, const QString &packetId,
                                                 const QString &sumsSha256, const PacketTerms &terms, const Principal &by)
{
    if (auto allowed = mayBuild(by); !allowed)
        return allowed.error();
    QJsonObject payload = terms.toJson();
    payload.insert(QStringLiteral("request_id"), requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(requestId));
    payload.insert(QStringLiteral("packet_id"), packetId);
    payload.insert(QStringLiteral("sha256sums_sha256"), sumsSha256);
    auto entry = m_ledger.append(LedgerAppend{
        QStringLiteral("audit_packet_built"), by.ledgerActor(), payload,
        [&](QSqlDatabase &conn, const LedgerEntry &) -> Result<void> {
            if (requestId.isEmpty())
                return {};
            return Sql::execOne(conn,
                                QStringLiteral("UPDATE audit_packet_requests SET built_count = built_count + 1, "
                                               "last_packet_id = ?, last_sums_sha256 = ? WHERE request_id = ? AND "
                                               "status = 'approved'"),
                                {packetId, sumsSha256, requestId});
        }});
    if (!entry)
        return entry.error();
    return entry->index;
}

Result<PacketRequest> PacketRequestService::get(const QString &requestId)
{
    QSqlDatabase conn = m_db->connection();
    return Sql::firstOrNotFound(
        Sql::selectAll(conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_packet_requests WHERE request_id = ?"),
                       {requestId}, fromRow),
        QStringLiteral("There is no packet request %1; `packet list` shows the requests.").arg(requestId));
}

Result<QList<PacketRequest>> PacketRequestService::list(const QString &status, int limit, int offset)
{
    QSqlDatabase conn = m_db->connection();
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_packet_requests");
    QVariantList binds;
    if (!status.isEmpty()) {
        sql += QStringLiteral(" WHERE status = ?");
        binds << status;
    }
    sql += QStringLiteral(" ORDER BY requested_at DESC, request_id DESC LIMIT ? OFFSET ?");
    return Sql::selectAll(conn, sql, Sql::paged(binds, limit, offset), fromRow);
}

} // namespace Lexecon
