#include "OverrideService.h"

#include "auth/Principal.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "common/Ulid.h"
#include "crypto/Commitment.h"
#include "evidence/EvidenceStore.h"
#include "intervention/InterventionLog.h"
#include "ledger/LedgerWriter.h"
#include "responsibility/ResponsibilityTracker.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

#include <limits>

namespace Lexecon {

namespace {

const QString kApproved = QStringLiteral("approved");
const QString kDenied = QStringLiteral("denied");
const QString kEscalated = QStringLiteral("escalated");
const QString kOverridden = QStringLiteral("overridden");

const QString kColumns =
    QStringLiteral("override_id, decision_id, type, scope, justification, justification_commitment, "
                   "original_outcome, new_outcome, created_by, created_at, expires_at, evidence_id, "
                   "ledger_index, revoked_at, revoked_by, revoke_reason, justification_salt");

Override fromRow(const QSqlQuery &q)
{
    Override o;
    o.overrideId = q.value(0).toString();
    o.decisionId = q.value(1).toString();
    o.type = Overrides::typeFromName(q.value(2).toString()).value_or(OverrideType::HumanReview);
    o.scope = Overrides::scopeFromName(q.value(3).toString()).value_or(OverrideScope::SingleDecision);
    o.justification = q.value(4).toString();
    o.justificationCommitment = q.value(5).toString();
    o.originalOutcome = q.value(6).toString();
    o.newOutcome = q.value(7).toString();
    o.createdBy = q.value(8).toString();
    o.createdAt = q.value(9).toString();
    o.expiresAt = q.value(10).toString();
    o.evidenceId = q.value(11).toString();
    o.ledgerIndex = q.value(12).toLongLong();
    o.revokedAt = q.value(13).toString();
    o.revokedBy = q.value(14).toString();
    o.revokeReason = q.value(15).toString();
    o.justificationSalt = q.value(16).toByteArray();
    return o;
}

// The signed-statement evidence of an override: everything a reader needs without the database.
QByteArray attestation(const Override &o)
{
    QJsonObject doc = o.toJson();
    doc.remove(QStringLiteral("ledger_index"));
    doc.remove(QStringLiteral("evidence_id"));
    doc.insert(QStringLiteral("statement"),
               QStringLiteral("%1 overrides decision %2 from %3 to %4 under %5 and accepts full responsibility.")
                   .arg(o.createdBy, o.decisionId, o.originalOutcome, o.newOutcome, Overrides::typeName(o.type)));
    return CanonicalJson::serialize(doc);
}

} // namespace

OverrideService::OverrideService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock,
                                 EvidenceStore &evidence, ResponsibilityTracker &responsibility,
                                 InterventionLog &interventions, OutcomeLookup originalOutcome)
    : m_db(std::move(db))
    , m_ledger(ledger)
    , m_clock(clock)
    , m_evidence(evidence)
    , m_responsibility(responsibility)
    , m_interventions(interventions)
    , m_originalOutcome(std::move(originalOutcome))
{
}

Result<QString> OverrideService::checkJustification(const QString &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < MinJustificationLength)
        return Error::invalid(field, QStringLiteral("The %1 has %2 characters; at least %3 are needed that say why.")
                                         .arg(field)
                                         .arg(trimmed.size())
                                         .arg(MinJustificationLength));
    if (trimmed.size() > MaxJustificationLength)
        return Error::invalid(field, QStringLiteral("The %1 has %2 characters; send at most %3.")
                                         .arg(field)
                                         .arg(trimmed.size())
                                         .arg(MaxJustificationLength));
    return trimmed;
}

Result<QString> OverrideService::outcomeInEffect(const QString &decisionId)
{
    auto current = m_originalOutcome
                       ? m_originalOutcome(decisionId)
                       : Result<QString>(Error::internal(QStringLiteral("no decision lookup is configured")));
    if (!current)
        return current.error();
    if (*current != kOverridden)
        return *current;
    // Already overridden: what is in effect is the active override's outcome, or, when every
    // earlier override has ended, the decision's own outcome as the first override recorded it.
    auto earlier = forDecision(decisionId);
    if (!earlier)
        return earlier.error();
    if (earlier->isEmpty())
        return Error::internal(QStringLiteral("decision %1 is marked overridden but has no override").arg(decisionId));
    auto active = activeFor(decisionId, m_clock.nowMs());
    if (!active)
        return active.error();
    return *active ? (*active)->newOutcome : earlier->first().originalOutcome;
}

Result<QString> OverrideService::chooseNewOutcome(const QString &decisionId, const QString &original,
                                                  const QString &requested)
{
    if (requested.isEmpty()) {
        if (original == kApproved)
            return kDenied;
        if (original == kDenied)
            return kApproved;
        return Error::invalid(QStringLiteral("new_outcome"),
                              QStringLiteral("Decision %1 is %2, which has no opposite; send new_outcome approved or "
                                             "denied.")
                                  .arg(decisionId, original));
    }
    if (requested == original)
        return Error::invalid(QStringLiteral("new_outcome"),
                              QStringLiteral("Decision %1 is already %2; an override must change the outcome.")
                                  .arg(decisionId, original));
    return requested;
}

Result<Override> OverrideService::create(const QString &decisionId, OverrideType type, OverrideScope scope,
                                         const QString &justification, const QString &newOutcome,
                                         std::optional<qint64> expiresAtMs, const Principal &by)
{
    if (Overrides::typeName(type).isEmpty())
        return Error::invalid(QStringLiteral("type"), QStringLiteral("The override type is not one of the six types."));
    if (auto allowed = by.require(Overrides::requiredPermission(type)); !allowed)
        return allowed.error();
    if (Overrides::scopeName(scope).isEmpty())
        return Error::invalid(QStringLiteral("scope"),
                              QStringLiteral("The scope is not one of single_decision, multiple_decisions, "
                                             "permanent_policy_change."));
    auto text = checkJustification(QStringLiteral("justification"), justification);
    if (!text)
        return text.error();
    const qint64 now = m_clock.nowMs();
    if (expiresAtMs && *expiresAtMs <= now)
        return Error::invalid(
            QStringLiteral("expires_at"),
            QStringLiteral("expires_at %1 is not in the future (now is %2); send a later time or none.")
                .arg(Timestamp::format(*expiresAtMs), Timestamp::format(now)));
    if (!newOutcome.isEmpty() && newOutcome != kApproved && newOutcome != kDenied)
        return Error::invalid(QStringLiteral("new_outcome"),
                              QStringLiteral("new_outcome \"%1\" is not approved or denied.").arg(newOutcome));
    auto original = outcomeInEffect(decisionId);
    if (!original)
        return original.error();
    auto chosen = chooseNewOutcome(decisionId, *original, newOutcome);
    if (!chosen)
        return chosen.error();

    Override o;
    o.overrideId = Ulid::make(QStringLiteral("ovr_"), m_clock);
    o.decisionId = decisionId;
    o.type = type;
    o.scope = scope;
    o.justification = *text;
    // Salted: the ledger must not keep a guessable hash of free text about a person (GDPR erasure).
    const Commitment justificationCommitment = Commitment::make(o.justification.toUtf8());
    o.justificationCommitment = justificationCommitment.value;
    o.justificationSalt = justificationCommitment.salt;
    o.originalOutcome = *original;
    o.newOutcome = *chosen;
    o.createdBy = by.ledgerActor();
    o.createdAt = Timestamp::format(now);
    o.expiresAt = expiresAtMs ? Timestamp::format(*expiresAtMs) : QString();

    // The content file is written before the transaction; if the append fails it stays as an
    // unreferenced, content-addressed file, which is harmless.
    auto evidence = m_evidence.prepare(EvidenceType::Attestation, attestation(o), QStringLiteral("application/json"),
                                       decisionId, QStringLiteral("Override attestation %1").arg(o.overrideId), by);
    if (!evidence)
        return evidence.error();
    o.evidenceId = evidence->artifactId;
    const QString responsibilityId = Ulid::make(QStringLiteral("rsp_"), m_clock);
    const QString interventionId = Ulid::make(QStringLiteral("itv_"), m_clock);

    const QJsonObject payload{
        {QStringLiteral("override_id"), o.overrideId},
        {QStringLiteral("decision_id"), o.decisionId},
        {QStringLiteral("type"), Overrides::typeName(type)},
        {QStringLiteral("scope"), Overrides::scopeName(scope)},
        {QStringLiteral("original_outcome"), o.originalOutcome},
        {QStringLiteral("new_outcome"), o.newOutcome},
        {QStringLiteral("justification_commitment"), o.justificationCommitment},
        {QStringLiteral("expires_at"), o.expiresAt.isEmpty() ? QJsonValue() : QJsonValue(o.expiresAt)},
        {QStringLiteral("evidence_id"), o.evidenceId},
        {QStringLiteral("evidence_commitment"), evidence->commitment},
        {QStringLiteral("responsibility_id"), responsibilityId},
        {QStringLiteral("intervention_id"), interventionId}};
    auto entry = m_ledger.append({QStringLiteral("override_created"), by.ledgerActor(), payload,
                                  [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
                                      return writeRows(conn, o, e, responsibilityId, interventionId, by, *evidence);
                                  }});
    if (!entry)
        return entry.error();
    return o;
}

Result<void> OverrideService::writeRows(QSqlDatabase &conn, Override &o, const LedgerEntry &entry,
                                        const QString &responsibilityId, const QString &interventionId,
                                        const Principal &by, const EvidenceArtifact &evidence)
{
    // Checked again under the write lock (same connection, same transaction): another desk may
    // have overridden or resolved the decision since create() read it.
    auto stillInEffect = outcomeInEffect(o.decisionId);
    if (!stillInEffect)
        return stillInEffect.error();
    if (*stillInEffect != o.originalOutcome)
        return Error::conflict(QStringLiteral("Decision %1 changed from %2 to %3 while the override was being made; "
                                              "look at it again and retry.")
                                   .arg(o.decisionId, o.originalOutcome, *stillInEffect));
    o.ledgerIndex = entry.index;
    auto inserted = Sql::execOne(
        conn,
        QStringLiteral(
            "INSERT INTO overrides (override_id, decision_id, type, scope, justification, justification_commitment, "
            "original_outcome, new_outcome, created_by, created_at, expires_at, evidence_id, ledger_index, "
            "justification_salt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {o.overrideId, o.decisionId, Overrides::typeName(o.type), Overrides::scopeName(o.scope), o.justification,
         o.justificationCommitment, o.originalOutcome, o.newOutcome, o.createdBy, o.createdAt,
         Sql::nullIfEmpty(o.expiresAt), o.evidenceId, o.ledgerIndex, o.justificationSalt});
    if (!inserted)
        return inserted;

    ResponsibilityRecord r;
    r.recordId = responsibilityId;
    r.decisionId = o.decisionId;
    r.overrideId = o.overrideId;
    r.decisionMaker = by.ledgerActor();
    r.makerType =
        Overrides::isExecutive(o.type) ? DecisionMakerType::HumanExecutive : DecisionMakerType::HumanSupervisor;
    r.level = ResponsibilityLevel::Full;
    r.reasoning = o.justification;
    r.confidence = 100;
    r.liabilityAccepted = true;
    r.createdAt = o.createdAt;
    r.ledgerIndex = entry.index;
    if (auto recorded = m_responsibility.record(conn, r); !recorded)
        return recorded.error();

    Intervention i;
    i.interventionId = interventionId;
    i.type = o.type == OverrideType::PolicyException ? InterventionType::PolicyException : InterventionType::Override;
    i.decisionId = o.decisionId;
    i.overrideId = o.overrideId;
    i.reviewer = by.ledgerActor();
    i.oversightRole =
        by.kind() == Principal::Kind::User ? Interventions::roleFor(by.role()) : OversightRole::ComplianceOfficer;
    i.aiRecommendation = o.originalOutcome;
    i.humanDecision = o.newOutcome;
    i.reason = o.justification;
    // A decision id's ULID carries the moment the automated outcome was made.
    const qint64 decidedAt = Ulid::timestampOf(o.decisionId);
    const qint64 now = Timestamp::parse(o.createdAt).value_or(-1);
    if (decidedAt >= 0 && now >= decidedAt)
        i.responseTimeMs = now - decidedAt;
    i.createdAt = o.createdAt;
    i.ledgerIndex = entry.index;
    if (auto recorded = m_interventions.record(conn, i); !recorded)
        return recorded.error();

    EvidenceArtifact artifact = evidence;
    artifact.ledgerIndex = entry.index;
    if (auto stored = m_evidence.storeInTransaction(conn, artifact); !stored)
        return stored;
    if (m_createdHook)
        return m_createdHook(conn, o, entry);
    return {};
}

Result<Override> OverrideService::revoke(const QString &overrideId, const QString &reason, const Principal &by)
{
    auto existing = get(overrideId);
    if (!existing)
        return existing.error();
    if (auto allowed = by.require(Overrides::requiredPermission(existing->type)); !allowed)
        return allowed.error();
    auto text = checkJustification(QStringLiteral("reason"), reason);
    if (!text)
        return text.error();
    if (existing->isRevoked())
        return Error::conflict(QStringLiteral("Override %1 was already revoked at %2 by %3.")
                                   .arg(overrideId, existing->revokedAt, existing->revokedBy));
    Override o = *existing;
    o.revokedAt = Timestamp::format(m_clock.nowMs());
    o.revokedBy = by.ledgerActor();
    o.revokeReason = *text;
    const Commitment reasonCommitment = Commitment::make(o.revokeReason.toUtf8());
    const QJsonObject payload{{QStringLiteral("override_id"), o.overrideId},
                              {QStringLiteral("decision_id"), o.decisionId},
                              {QStringLiteral("reason_commitment"), reasonCommitment.value}};
    auto entry = m_ledger.append(
        {QStringLiteral("override_revoked"), by.ledgerActor(), payload,
         [&](QSqlDatabase &conn, const LedgerEntry &e) -> Result<void> {
             // The WHERE clause makes a concurrent second revocation change no row and fail.
             auto updated =
                 Sql::execOne(conn,
                              QStringLiteral("UPDATE overrides SET revoked_at = ?, revoked_by = ?, revoke_reason = ?, "
                                             "revoke_reason_salt = ?, revoke_ledger_index = ? "
                                             "WHERE override_id = ? AND revoked_at IS NULL"),
                              {o.revokedAt, o.revokedBy, o.revokeReason, reasonCommitment.salt, e.index,
                               o.overrideId});
             if (!updated)
                 return updated;
             if (m_revokedHook)
                 return m_revokedHook(conn, o, e);
             return {};
         }});
    if (!entry)
        return entry.error();
    return o;
}

Result<QList<Override>> OverrideService::query(const QString &where, const QVariantList &bindings, int limit,
                                               int offset)
{
    QSqlDatabase conn = m_db->connection();
    const QVariantList all = Sql::paged(bindings, limit, offset);
    return Sql::selectAll(conn,
                          QStringLiteral("SELECT %1 FROM overrides %2 ORDER BY created_at, override_id LIMIT ? OFFSET ?")
                              .arg(kColumns, where),
                          all, fromRow);
}

Result<Override> OverrideService::get(const QString &overrideId)
{
    return Sql::firstOrNotFound(query(QStringLiteral("WHERE override_id = ?"), {overrideId}, 1, 0),
                                QStringLiteral("There is no override %1.").arg(overrideId));
}

Result<QList<Override>> OverrideService::forDecision(const QString &decisionId)
{
    return query(QStringLiteral("WHERE decision_id = ?"), {decisionId}, std::numeric_limits<int>::max(), 0);
}

Result<QList<Override>> OverrideService::list(const OverrideFilter &filter)
{
    QStringList conditions;
    QVariantList bindings;
    if (!filter.decisionId.isEmpty()) {
        conditions << QStringLiteral("decision_id = ?");
        bindings << filter.decisionId;
    }
    if (filter.type) {
        conditions << QStringLiteral("type = ?");
        bindings << Overrides::typeName(*filter.type);
    }
    // created_at is fixed-width RFC 3339 UTC, so text order is time order.
    if (filter.fromMs) {
        conditions << QStringLiteral("created_at >= ?");
        bindings << Timestamp::format(*filter.fromMs);
    }
    if (filter.toMs) {
        conditions << QStringLiteral("created_at < ?");
        bindings << Timestamp::format(*filter.toMs);
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return query(where, bindings, filter.limit, filter.offset);
}

Result<std::optional<Override>> OverrideService::activeFor(const QString &decisionId, qint64 nowMs)
{
    auto all = forDecision(decisionId);
    if (!all)
        return all.error();
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->isActiveAt(nowMs))
            return std::optional<Override>(*it);
    }
    return std::optional<Override>();
}

} // namespace Lexecon
