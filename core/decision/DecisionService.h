#pragma once

#include "DecisionRecord.h"
#include "DecisionStore.h"
#include "common/Result.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace Lexecon {

class Clock;
class CompiledPolicy;
class Database;
class EscalationService;
class EvidenceStore;
class InterventionLog;
class LedgerWriter;
class NodeIdentity;
class OverrideService;
class PolicyService;
class Principal;
class ResponsibilityTracker;
class RiskScorer;
class TokenStore;
struct Escalation;
struct LedgerEntry;
struct Override;
struct PolicyEvaluation;
struct RiskAssessment;
struct SimulationChange;

// The decision pipeline of DESIGN.md: validate -> policy (immutable snapshot) -> risk ->
// escalation or token -> one ledger entry whose transaction also writes the decision row, the
// escalation, the token, the decision_log evidence and the responsibility record. Fails closed:
// an error after validation records (or at least answers) a denial, never an approval.
class DecisionService : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        std::shared_ptr<Database> db;
        LedgerWriter *ledger = nullptr;
        const Clock *clock = nullptr;
        const NodeIdentity *node = nullptr;
        PolicyService *policies = nullptr;
        const RiskScorer *risk = nullptr;
        EscalationService *escalations = nullptr;
        EvidenceStore *evidence = nullptr;
        ResponsibilityTracker *responsibility = nullptr;
        InterventionLog *interventions = nullptr;
        TokenStore *tokens = nullptr;
    };

    explicit DecisionService(Services services, QObject *parent = nullptr);

    // Overrides are shown on the record; set once the override service exists (it asks us back).
    void setOverrides(OverrideService *overrides) { m_overrides = overrides; }
    std::shared_ptr<DecisionStore> store() const { return m_store; }

    // Validates a JSON request (POST /v1/decisions, the CLI's decide) and decides it.
    Result<DecisionRecord> decideJson(const QJsonObject &body, const Principal &by);
    Result<DecisionRecord> decide(const DecisionRequest &request, const Principal &by);
    // decide() without a waiting thread: the same checks, rows, ledger entry, idempotent retry
    // and fail-closed denial, through LedgerWriter::appendAsync. done runs exactly once: on the
    // ledger's sync or writer thread once the entry is on disk, or on the calling thread when the
    // answer is known before any append (refused, an earlier decision for the request_id). Keep
    // done cheap (hand the record to your own thread); it must never block.
    using DecideDone = std::function<void(Result<DecisionRecord> &&)>;
    void decideAsync(const DecisionRequest &request, const Principal &by, DecideDone done);
    Result<DecisionRecord> get(const QString &decisionId);
    // The record as SPEC section 3 shows it, with its escalation and override in effect.
    QJsonObject render(const DecisionRecord &record);
    // The outcome in effect now: the final outcome, or, once an override expired or was revoked,
    // the outcome that override had replaced.
    QString effectiveOutcome(const DecisionRecord &record);

    // What a decision would be under policy (simulation): approved, denied or escalated.
    QString outcomeUnder(const CompiledPolicy &policy, const DecisionRequest &request) const;
    // Replays the last N decisions against a draft policy file; lists those whose outcome changes.
    // progress(done, total) follows each replayed decision (safe on a pool thread); returning false
    // stops the replay, which then ends with a Conflict error "cancelled".
    Result<QList<SimulationChange>> simulate(const QByteArray &draftPolicyJson, int lastN,
                                             const std::function<bool(qint64, qint64)> &progress = {});

    // The payload of a decision's ledger entry (SPEC section 5): ids, outcome, commitments, risk,
    // with its JCS text when that was written first (null when the object was built instead).
    struct LedgerPayload
    {
        QJsonObject object;
        QByteArray canonical;
    };
    static LedgerPayload ledgerPayload(const DecisionRecord &record, const QString &evidenceCommitment);

    // For OverrideService: the outcome in effect (approved, denied, escalated while pending).
    Result<QString> outcomeInEffect(const QString &decisionId);
    // Hooks, called inside the resolving / overriding transaction.
    Result<void> onEscalationResolved(QSqlDatabase &conn, const Escalation &escalation, const LedgerEntry &entry,
                                      const Principal &by);
    Result<void> onOverrideCreated(QSqlDatabase &conn, const Override &override, const LedgerEntry &entry);
    Result<void> onOverrideRevoked(QSqlDatabase &conn, const Override &override, const LedgerEntry &entry);

Q_SIGNALS:
    void decided(const QString &decisionId, const QString &outcome);
    void decisionChanged(const QString &decisionId);

private:
    QString outcomeFor(const CompiledPolicy &policy, const PolicyEvaluation &evaluation, const QString &riskLevel) const;
    // JCS bytes made once per decision and used by the commitment, the decision log and the row:
    // the request's, and those of the record's reasons and risk when decide() wrote them directly
    // (null: record() serializes the record's own).
    struct RequestText
    {
        QByteArray canonical;
        QByteArray reasons;
        QByteArray risk;
        // Their compact Qt text (the row's columns) when known; null: derived from the JSON.
        QByteArray reasonsCompact;
        QByteArray riskCompact;
    };
    // decide() up to the append: the answer when it is known already (refused, an earlier
    // decision for the request_id), else the record to store, or the reason to deny it (failure).
    struct Draft
    {
        std::optional<Result<DecisionRecord>> answer;
        DecisionRecord record;
        RequestText text;
        QString summary;
        QString failure;
    };
    Draft draft(const DecisionRequest &request, const Principal &by);
    // An idempotent retry's twin that committed first, if any.
    std::optional<DecisionRecord> racedTwin(const DecisionRecord &draft);
    // A record ready to append: its rows encoded, its LedgerAppend's check and alsoWrite
    // pointing into this heap object (defined in the .cpp).
    struct Prepared;
    // request: record.request's RequestText when the caller made it already.
    Result<std::shared_ptr<Prepared>> prepare(DecisionRecord record, const Principal &by, const QString &summary,
                                              const RequestText *request);
    // After the commit: the record with its ledger index; announces the escalation, emits decided.
    DecisionRecord finish(Prepared &prepared, const LedgerEntry &entry);
    Result<DecisionRecord> record(DecisionRecord record, const Principal &by, const QString &summary,
                                  const RequestText *request = nullptr);
    void recordAsync(DecisionRecord record, const Principal &by, const QString &summary, const RequestText *request,
                     DecideDone done);
    // Turns record into a denial for why; returns the responsibility summary.
    static QString deny(DecisionRecord &record, const QString &why);
    Result<DecisionRecord> failClosed(DecisionRecord record, const Principal &by, const QString &why);
    void failClosedAsync(DecisionRecord record, const Principal &by, const QString &why, DecideDone done);
    Result<QString> issueToken(QSqlDatabase &conn, const DecisionRecord &record, QString *tokenId);

    Services m_s;
    OverrideService *m_overrides = nullptr;
    std::shared_ptr<DecisionStore> m_store;
};

} // namespace Lexecon
