#pragma once

#include "ControlStatus.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lexecon {

class Workspace;

// What the workstation's own records show about one governance primitive right now, and the
// control status that evidence supports.
struct PrimitiveEvidence
{
    QString primitive;
    ControlStatus status = ControlStatus::NotImplemented;
    QString detail;      // a sentence naming the evidence (or its absence) behind the status
    qint64 count = 0;    // records behind the status (decisions, escalations due, entries, ...); 1 when
                         // records exist but only their existence was checked
    QJsonObject metrics; // the numbers the status was derived from
    // The ledger entry types that are this primitive's records, for linking to the ledger screen
    // (LedgerFilter::type). Empty for ledger_entry: the whole ledger is its evidence.
    QStringList ledgerTypes;

    QJsonObject toJson() const;
};

struct EvidenceOptions
{
    // Also walk the whole ledger (hash chain, Merkle tree, checkpoints) and re-hash every evidence
    // artifact. Only a full pass can support "verified"; it costs a read of everything.
    bool deepVerify = false;
};

// Derives each primitive's evidence by asking the owning services (decision store and
// statistics, escalations, overrides, evidence store, tokens, policies, ledger); it reads no
// other service's tables. The rules and thresholds are documented at each primitive.
class PrimitiveEvidenceCollector
{
public:
    // Escalation SLA breach rate over the last 30 days: at most this much is implemented, up to
    // kBreachRateNonCompliant partially implemented, above it non-compliant.
    static constexpr double kBreachRateImplemented = 0.05;
    static constexpr double kBreachRateNonCompliant = 0.25;

    explicit PrimitiveEvidenceCollector(Workspace &ws);

    static QStringList ledgerTypesFor(const QString &primitive);

    // One entry per ComplianceCatalog::primitives(), in that order.
    Result<QList<PrimitiveEvidence>> collect(const EvidenceOptions &options = {});

private:
    struct LedgerState
    {
        qint64 size = 0;
        bool tailOk = false;
        QString tailProblem;
        int deep = -1; // -1 not checked, 0 failed, 1 verified
        QString deepProblem;
    };
    Result<LedgerState> ledgerState(bool deep);
    Result<PrimitiveEvidence> decisionLog(const LedgerState &ledger);
    Result<PrimitiveEvidence> ledgerEntry(const LedgerState &ledger);
    Result<PrimitiveEvidence> riskAssessment();
    Result<PrimitiveEvidence> policyEvaluation();
    Result<PrimitiveEvidence> escalation();
    Result<PrimitiveEvidence> overrides();
    Result<PrimitiveEvidence> evidenceArtifact(bool deep);
    Result<PrimitiveEvidence> capabilityToken();

    Workspace &m_ws;
};

} // namespace Lexecon
