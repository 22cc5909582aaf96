#include "LegalHoldStore.h"

#include "auth/Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "crypto/Commitment.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace Lexecon {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT hold_id, scope, decision_id, subject, from_ms, to_ms, reason, placed_by, placed_at, ledger_index, "
    "released_by, released_at, release_reason, release_ledger_index FROM legal_holds ");

LegalHold fromRow(const QSqlQuery &q)
{
    LegalHold h;
    h.holdId = q.value(0).toString();
    LegalHold::scopeFromName(q.value(1).toString(), h.scope);
    h.decisionId = q.value(2).toString();
    h.subject = q.value(3).toString();
    h.fromMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
    h.toMs = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    h.reason = q.value(6).toString();
    h.placedBy = q.value(7).toString();
    h.placedAt = q.value(8).toString();
    h.ledgerIndex = q.value(9).toLongLong();
    h.releasedBy = q.value(10).toString();
    h.releasedAt = q.value(11).toString();
    h.releaseReason = q.value(12).toString();
    h.releaseLedgerIndex = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
    return h;
}

Result<QString> checkedReason(const QString &field, const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.size() < LegalHoldStore::MinReasonLength)
        return Error::invalid(field, QStringLiteral("%1 is required: send at least %2 characters saying why (the "
                                                    "case, the authority or the investigation).")
                                         .arg(field)
                                         .arg(LegalHoldStore::MinReasonLength));
    return trimmed;
}

QVariant blobOrNull(const QByteArray &b)
{
    return b.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(b);
}

} // namespace

LegalHoldStore::LegalHoldStore(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock)
    : m_db(std::move(db))
    , m_ledger(ledger)
    , m_clock(clock)
{
}

Result<LegalHold> LegalHoldStore::place(const LegalHold &terms, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageCompliance); !allowed)
        return allowed.error();
    auto reason = checkedReason(QStringLiteral("reason"), terms.reason);
    if (!reason)
        return reason.error();
    LegalHold h;
    h.scope = terms.scope;
    h.reason = *reason;
    switch (terms.scope) {
    case LegalHold::Scope::Decision: {
        h.decisionId = terms.decisionId.trimmed();
        QSqlDatabase conn = m_db->connection();
        auto q = Sql::exec(conn, QStringLiteral("SELECT 1 FROM decisions WHERE decision_id = ?"), {h.decisionId});
        if (!q)
            return q.error();
        if (h.decisionId.isEmpty() || !q->next())
            return Error::invalid(QStringLiteral("decision_id"),
                                  QStringLiteral("decision_id \"%1\" names no decision; send the dec_ id of a recorded "
                                                 "decision.")
                                      .arg(h.decisionId));
        break;
    }
    case LegalHold::Scope::Subject:
        h.subject = terms.subject.trimmed();
        if (h.subject.isEmpty())
            return Error::invalid(QStringLiteral("subject"),
                                  QStringLiteral("subject is empty; send the request actor or context.subject_id "
                                                 "whose records must be kept."));
        break;
    case LegalHold::Scope::DateRange:
        h.fromMs = terms.fromMs;
        h.toMs = terms.toMs;
        if (h.fromMs < 0 || h.toMs < h.fromMs)
            return Error::invalid(QStringLiteral("from"),
                                  QStringLiteral("a date range hold needs from and to (RFC 3339), with from not after "
                                                 "to."));
        break;
    }
    h.holdId = Ulid::make(QStringLiteral("hld_"), m_clock);
    h.placedBy = by.ledgerActor();
    h.placedAt = Timestamp::format(m_clock.nowMs());
    const Commitment reasonCommitment = Commitment::make(h.reason.toUtf8());
    QJsonObject payload{{QStringLiteral("hold_id"), h.holdId},
                        {QStringLiteral("scope"), LegalHold::scopeName(h.scope)},
                        {QStringLiteral("reason_commitment"), reasonCommitment.value}};
    Commitment subjectCommitment;
    if (h.scope == LegalHold::Scope::Decision)
        payload.insert(QStringLiteral("decision_id"), h.decisionId);
    if (h.scope == LegalHold::Scope::Subject) {
        // The subject is personal data: the ledger holds only a salted commitment to it.
        subjectCommitment = Commitment::make(h.subject.toUtf8());
        payload.insert(QStringLiteral("subject_commitment"), subjectCommitment.value);
    }
    if (h.scope == LegalHold::Scope::DateRange) {
        payload.insert(QStringLiteral("from"), Timestamp::format(h.fromMs));
        payload.insert(QStringLiteral("to"), Timestamp::format(h.toMs));
    }
    auto entry = m_ledger.append(
        {QStringLiteral("legal_hold_placed"), by.ledgerActor(), payload,
         [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
             h.ledgerIndex = e.index;
             return Sql::execOne(
                 conn,
                 QStringLiteral("INSERT INTO legal_holds (hold_id, scope, decision_id, subject, subject_salt, from_ms, "
                                "to_ms, reason, reason_salt, placed_by, placed_at, ledger_index) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {h.holdId, LegalHold::scopeName(h.scope), Sql::nullIfEmpty(h.decisionId), Sql::nullIfEmpty(h.subject),
                  blobOrNull(subjectCommitment.salt), h.fromMs < 0 ? QVariant() : QVariant(h.fromMs),
                  h.toMs < 0 ? QVariant() : QVariant(h.toMs), h.reason, reasonCommitment.salt, h.placedBy, h.placedAt,
                  e.index});
         }});
    if (!entry)
        return entry.error();
    return h;
}

Result<LegalHold> LegalHoldStore::release(const QString &holdId, const QString &reason, const Principal &by)
{
    if (auto allowed = by.require(Permission::ManageCompliance); !allowed)
        return allowed.error();
    auto text = checkedReason(QStringLiteral("reason"), reason);
    if (!text)
        return text.error();
    auto existing = get(holdId);
    if (!existing)
        return existing.error();
    if (!existing->isActive())
        return Error::conflict(QStringLiteral("Legal hold %1 was already released at %2 by %3.")
                                   .arg(holdId, existing->releasedAt, existing->releasedBy));
    LegalHold h = *existing;
    h.releasedBy = by.ledgerActor();
    h.releasedAt = Timestamp::format(m_clock.nowMs());
    h.releaseReason = *text;
    const Commitment reasonCommitment = Commitment::make(h.releaseReason.toUtf8());
    const QJsonObject payload{{QStringLiteral("hold_id"), h.holdId},
                              {QStringLiteral("reason_commitment"), reasonCommitment.value}};
    auto entry = m_ledger.append(
        {QStringLiteral("legal_hold_released"), by.ledgerActor(), payload,
         [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
             h.releaseLedgerIndex = e.index;
             // The WHERE clause makes a concurrent second release change no row and fail.
             return Sql::execOne(conn,
                                 QStringLiteral("UPDATE legal_holds SET released_by = ?, released_at = ?, "
                                                "release_reason = ?, release_reason_salt = ?, release_ledger_index = ? "
                                                "WHERE hold_id = ? AND released_at IS NULL"),
                                 {h.releasedBy, h.releasedAt, h.releaseReason, reasonCommitment.salt, e.index, holdId});
         }});
    if (!entry)
        return entry.error();
    return h;
}

Result<LegalHold> LegalHoldStore::get(const QString &holdId)
{
    QSqlDatabase conn = m_db->connection();
    return Sql::firstOrNotFound(
        Sql::selectAll(conn, kSelect + QStringLiteral("WHERE hold_id = ?"), {holdId}, fromRow),
        QStringLiteral("There is no legal hold %1; `lexecon-cli retention holds` lists them.").arg(holdId));
}

Result<QList<LegalHold>> LegalHoldStore::list(bool includeReleased)
{
    QSqlDatabase conn = m_db->connection();
    return Sql::selectAll(conn,
                          kSelect + (includeReleased ? QString() : QStringLiteral("WHERE released_at IS NULL ")) +
                              QStringLiteral("ORDER BY placed_at, hold_id"),
                          {}, fromRow);
}

Result<QList<LegalHold>> LegalHoldStore::active(QSqlDatabase &conn)
{
    return Sql::selectAll(conn, kSelect + QStringLiteral("WHERE released_at IS NULL ORDER BY placed_at, hold_id"), {},
                          fromRow);
}

} // namespace Lexecon
