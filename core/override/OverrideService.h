#pragma once

#include "Override.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace Lexecon {

class Clock;
class Database;
class EvidenceStore;
class InterventionLog;
class LedgerWriter;
class Principal;
class ResponsibilityTracker;
struct EvidenceArtifact;
struct LedgerEntry;

struct OverrideFilter
{
    QString decisionId; // empty: any
    std::optional<OverrideType> type;
    std::optional<qint64> fromMs; // created_at >= fromMs
    std::optional<qint64> toMs;   // created_at < toMs
    int limit = 100;
    int offset = 0;
};

// Justified human authority over a decision's outcome. Each override is one ledger entry
// "override_created" that writes, in the same transaction, the override row, a
// ResponsibilityRecord, an Article 14 Intervention, an attestation evidence artifact, and
// whatever the created-hook adds (the decision module marks the decision overridden).
class OverrideService
{
public:
    // The decision's current outcome (approved, denied, escalated, overridden), or NotFound.
    // The decisions table belongs to the decision module; this service only asks.
    using OutcomeLookup = std::function<Result<QString>(const QString &decisionId)>;
    using CreatedHook = std::function<Result<void>(QSqlDatabase &, const Override &, const LedgerEntry &)>;

    static constexpr int MinJustificationLength = 20;
    static constexpr int MaxJustificationLength = 10000;

    OverrideService(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock, EvidenceStore &evidence,
                    ResponsibilityTracker &responsibility, InterventionLog &interventions,
                    OutcomeLookup originalOutcome);

    // Runs inside the override_created transaction after the override's rows are written; an
    // error rolls everything back.
    void setCreatedHook(CreatedHook hook) { m_createdHook = std::move(hook); }
    // Runs inside the override_revoked transaction.
    void setRevokedHook(CreatedHook hook) { m_revokedHook = std::move(hook); }

    // newOutcome: "approved" or "denied"; empty means the opposite of the outcome in effect
    // (an escalated decision needs it said explicitly). expiresAtMs must lie in the future.
    Result<Override> create(const QString &decisionId, OverrideType type, OverrideScope scope,
                            const QString &justification, const QString &newOutcome, std::optional<qint64> expiresAtMs,
                            const Principal &by);
    // Ends an override before its expiry; needs the same permission as creating its type.
    Result<Override> revoke(const QString &overrideId, const QString &reason, const Principal &by);

    Result<Override> get(const QString &overrideId);
    Result<QList<Override>> forDecision(const QString &decisionId); // oldest first
    Result<QList<Override>> list(const OverrideFilter &filter = {});
    // The override in effect for the decision at nowMs (the newest one neither revoked nor
    // expired), or none.
    Result<std::optional<Override>> activeFor(const QString &decisionId, qint64 nowMs);

    // The justification rule, shared by create and revoke: at least 20 characters after trimming.
    static Result<QString> checkJustification(const QString &field, const QString &text);

private:
    Result<QString> outcomeInEffect(const QString &decisionId);
    Result<QString> chooseNewOutcome(const QString &decisionId, const QString &original, const QString &requested);
    Result<QList<Override>> query(const QString &where, const QVariantList &bindings, int limit, int offset);
    Result<void> writeRows(QSqlDatabase &conn, Override &o, const LedgerEntry &entry, const QString &responsibilityId,
                           const QString &interventionId, const Principal &by, const EvidenceArtifact &evidence);

    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
    EvidenceStore &m_evidence;
    ResponsibilityTracker &m_responsibility;
    InterventionLog &m_interventions;
    OutcomeLookup m_originalOutcome;
    CreatedHook m_createdHook;
    CreatedHook m_revokedHook;
};

} // namespace Lexecon
