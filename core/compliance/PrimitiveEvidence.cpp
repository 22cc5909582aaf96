#include "PrimitiveEvidence.h"

#include "ComplianceCatalog.h"
#include "decision/DecisionService.h"
#include "decision/DecisionStatistics.h"
#include "decision/DecisionStore.h"
#include "escalation/EscalationService.h"
#include "evidence/EvidenceStore.h"
#include "ledger/LedgerEntry.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "override/OverrideService.h"
#include "policy/PolicyService.h"
#include "token/TokenStore.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

namespace Lexecon {

namespace {

PrimitiveEvidence make(const QString &primitive, ControlStatus status, const QString &detail, qint64 count,
                       const QJsonObject &metrics = {})
{
    return {primitive, status, detail, count, metrics, PrimitiveEvidenceCollector::ledgerTypesFor(primitive)};
}

} // namespace

QJsonObject PrimitiveEvidence::toJson() const
{
    return {{QStringLiteral("primitive"), primitive},
            {QStringLiteral("status"), ControlStatuses::name(status)},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("count"), count},
            {QStringLiteral("metrics"), metrics},
            {QStringLiteral("ledger_types"), QJsonArray::fromStringList(ledgerTypes)}};
}

QStringList PrimitiveEvidenceCollector::ledgerTypesFor(const QString &primitive)
{
    const QString decision = QStringLiteral("decision");
    if (primitive == QLatin1String("escalation"))
        return {QStringLiteral("escalation_claimed"), QStringLiteral("escalation_released"),
                QStringLiteral("escalation_resolved"), QStringLiteral("sla_warning"), QStringLiteral("sla_breached")};
    if (primitive == QLatin1String("override"))
        return {QStringLiteral("override_created"), QStringLiteral("override_revoked")};
    if (primitive == QLatin1String("evidence_artifact"))
        return {decision, QStringLiteral("evidence_stored"), QStringLiteral("override_created")};
    if (primitive == QLatin1String("policy_evaluation"))
        return {QStringLiteral("policy_activated"), decision};
    if (primitive == QLatin1String("capability_token"))
        return {decision, QStringLiteral("token_revoked")};
    if (primitive == QLatin1String("risk_assessment") || primitive == QLatin1String("decision_log"))
        return {decision};
    return {};
}

PrimitiveEvidenceCollector::PrimitiveEvidenceCollector(Workspace &ws) : m_ws(ws) {}

Result<QList<PrimitiveEvidence>> PrimitiveEvidenceCollector::collect(const EvidenceOptions &options)
{
    auto ledger = ledgerState(options.deepVerify);
    if (!ledger)
        return ledger.error();
    QList<PrimitiveEvidence> out;
    for (const QString &primitive : ComplianceCatalog::primitives()) {
        Result<PrimitiveEvidence> one = Error::internal(QStringLiteral("unknown primitive ") + primitive);
        if (primitive == QLatin1String("risk_assessment"))
            one = riskAssessment();
        else if (primitive == QLatin1String("escalation"))
            one = escalation();
        else if (primitive == QLatin1String("override"))
            one = overrides();
        else if (primitive == QLatin1String("evidence_artifact"))
            one = evidenceArtifact(options.deepVerify);
        else if (primitive == QLatin1String("decision_log"))
            one = decisionLog(*ledger);
        else if (primitive == QLatin1String("policy_evaluation"))
            one = policyEvaluation();
        else if (primitive == QLatin1String("capability_token"))
            one = capabilityToken();
        else if (primitive == QLatin1String("ledger_entry"))
            one = ledgerEntry(*ledger);
        if (!one)
            return one.error();
        out.append(*one);
    }
    return out;
}

// The cheap tail check of the readiness probe (last entry re-hashed and linked to the one before),
// plus the full walk when asked.
Result<PrimitiveEvidenceCollector::LedgerState> PrimitiveEvidenceCollector::ledgerState(bool deep)
{
    LedgerState state;
    LedgerStore store(m_ws.database());
    auto size = store.size();
    if (!size)
        return size.error();
    state.size = *size;
    if (state.size == 0) {
        state.tailProblem = QStringLiteral("the ledger has no genesis entry");
        return state;
    }
    const qint64 last = state.size - 1;
    QByteArray previousHash = LedgerEntry::zeroHash().toLatin1();
    state.tailProblem = QStringLiteral("entry %1 could not be read").arg(last);
    auto scanned = store.scan(qMax<qint64>(0, last - 1), [&](qint64 index, QByteArrayView hash, QByteArrayView canonical) {
        if (index < last) {
            previousHash = hash.toByteArray();
            return true;
        }
        state.tailProblem = LedgerVerifier::checkEntry(last, hash, canonical, previousHash);
        return false;
    });
    if (!scanned)
        return scanned.error();
    state.tailOk = state.tailProblem.isEmpty();
    if (deep) {
        auto verified = LedgerVerifier(m_ws.database()).verify();
        if (!verified)
            return verified.error();
        state.deep = verified->ok ? 1 : 0;
        state.deepProblem = verified->problem;
    }
    return state;
}

// decision_log: decisions recorded and the ledger that holds them intact at its tail.
Result<PrimitiveEvidence> PrimitiveEvidenceCollector::decisionLog(const LedgerState &ledger)
{
    auto decisions = m_ws.decisionStore()->count(DecisionFilter{});
    if (!decisions)
        return decisions.error();
    const QJsonObject metrics{{QStringLiteral("decisions"), *decisions}, {QStringLiteral("ledger_tail_ok"), ledger.tailOk}};
    const QString p = QStringLiteral("decision_log");
    if (*decisions == 0)
        return make(p, ControlStatus::NotImplemented, QStringLiteral("No decision has been recorded yet."), 0, metrics);
    if (!ledger.tailOk || ledger.deep == 0)
        return make(p, ControlStatus::NonCompliant,
                    QStringLiteral("%1 decisions are recorded but the ledger does not verify: %2")
                        .arg(*decisions)
                        .arg(ledger.tailOk ? ledger.deepProblem : ledger.tailProblem),
                    *decisions, metrics);
    if (ledger.deep == 1)
        return make(p, ControlStatus::Verified,
                    QStringLiteral("%1 decisions are recorded and the whole ledger verifies.").arg(*decisions), *decisions,
                    metrics);
    return make(p, ControlStatus::Implemented,
                QStringLiteral("%1 decisions are recorded and the ledger verifies at its tail.").arg(*decisions),
                *decisions, metrics);
}

// ledger_entry: more than the genesis entry, intact at its tail (verified after a full walk).
Result<PrimitiveEvidence> PrimitiveEvidenceCollector::ledgerEntry(const LedgerState &ledger)
{
    const QString p = QStringLiteral("ledger_entry");
    const QJsonObject metrics{{QStringLiteral("entries"), ledger.size}, {QStringLiteral("tail_ok"), ledger.tailOk},
                              {QStringLiteral("full_verification"), ledger.deep < 0 ? QJsonValue() : QJsonValue(ledger.deep == 1)}};
    if (!ledger.tailOk || ledger.deep == 0)
        return make(p, ControlStatus::NonCompliant,
                    QStringLiteral("The ledger does not verify: %1").arg(ledger.tailOk ? ledger.deepProblem : ledger.tailProblem),
                    ledger.size, metrics);
    if (ledger.size <= 1)
        return make(p, ControlStatus::PartiallyImplemented,
                    QStringLiteral("The ledger holds only its genesis entry."), ledger.size, metrics);
    if (ledger.deep == 1)
        return make(p, ControlStatus::Verified,
                    QStringLiteral("%1 entries; hash chain, Merkle tree and checkpoints verify.").arg(ledger.size),
                    ledger.size, metrics);
    return make(p, ControlStatus::Implemented, QStringLiteral("%1 entries; the tail verifies.").arg(ledger.size),
                ledger.size, metrics);
}

// risk_assessment: every decision is scored, so scored decisions are the evidence.
Result<PrimitiveEvidence> PrimitiveEvidenceCollector::riskAssessment()
{
    auto decisions = m_ws.decisionStore()->count(DecisionFilter{});
    if (!decisions)
        return decisions.error();
    QJsonObject levels;
    for (const QString &level : DecisionStatistics::riskLevels()) {
        DecisionFilter filter;
        filter.riskLevel = level;
        auto n = m_ws.decisionStore()->count(filter);
        if (!n)
            return n.error();
        levels.insert(level, *n);
    }
    const QString p = QStringLiteral("risk_assessment");
    if (*decisions == 0)
        return make(p, ControlStatus::NotImplemented, QStringLiteral("No decision has been risk-scored yet."), 0,
                    {{QStringLiteral("levels"), levels}});
    return make(p, ControlStatus::Implemented, QStringLiteral("%1 decisions carry a risk score and level.").arg(*decisions),
                *decisions, {{QStringLiteral("levels"), levels}});
}

// policy_evaluation: an active policy, and decisions evaluated against it.
Result<PrimitiveEvidence> PrimitiveEvidenceCollector::policyEvaluation()
{
    const auto active = m_ws.policies().activeInfo();
    auto decisions = m_ws.decisionStore()->count(DecisionFilter{});
    if (!decisions)
        return decisions.error();
    const QString p = QStringLiteral("policy_evaluation");
    if (!active)
        return make(p, ControlStatus::NotImplemented, QStringLiteral("No policy is active."), 0);
    const QJsonObject metrics{{QStringLiteral("policy"), active->toJson()}, {QStringLiteral("decisions"), *decisions}};
    if (*decisions == 0)
        return make(p, ControlStatus::PartiallyImplemented,
                    QStringLiteral("Policy %1 version %2 is active; no request has been evaluated yet.")
                        .arg(active->name)
                        .arg(active->version),
                    0, metrics);
    return make(p, ControlStatus::Implemented,
                QStringLiteral("Policy %1 version %2 is active; %3 requests were evaluated.")
                    .arg(active->name)
                    .arg(active->version)
                    .arg(*decisions),
                *decisions, metrics);
}

// escalation: SLA performance over the last 30 days decides.
Result<PrimitiveEvidence> PrimitiveEvidenceCollector::escalation()
{
    const QString p = QStringLiteral("escalation");
    auto any = m_ws.escalations().list(EscalationFilter{{}, {}, {}, 1});
    if (!any)
        return any.error();
    if (any->isEmpty())
        return make(p, ControlStatus::NotImplemented, QStringLiteral("No decision has been escalated to a person yet."), 0);
    // The SLA figures only: the dashboard's full report also counts every decision of the period.
    auto stats = DecisionStatistics(m_ws.database(), m_ws.clock()).slaPerformance(StatisticsPeriod::Last30Days);
    if (!stats)
        return stats.error();
    int due = 0;
    int breached = 0;
    for (const SlaPerformance &s : std::as_const(*stats)) {
        due += s.due;
        breached += s.breached;
    }
    auto counts = m_ws.escalations().counts();
    if (!counts)
        return counts.error();
    const double rate = due > 0 ? double(breached) / due : 0.0;
    const QJsonObject metrics{{QStringLiteral("due_30d"), due},
                              {QStringLiteral("breached_30d"), breached},
                              {QStringLiteral("breach_rate_30d"), rate},
                              {QStringLiteral("open"), counts->open},
                              {QStringLiteral("open_breached"), counts->breached}};
    const QString numbers = QStringLiteral("%1 of %2 escalations due in the last 30 days missed their SLA (%3%).")
                                .arg(breached)
                                .arg(due)
                                .arg(rate * 100, 0, 'f', 1);
    if (due == 0)
        return make(p, ControlStatus::Implemented, QStringLiteral("Escalations exist; none was due in the last 30 days."),
                    qMax(1, counts->open), metrics);
    if (rate > kBreachRateNonCompliant)
        return make(p, ControlStatus::NonCompliant, numbers, due, metrics);
    if (rate > kBreachRateImplemented)
        return make(p, ControlStatus::PartiallyImplemented, numbers, due, metrics);
    return make(p, ControlStatus::Implemented, numbers, due, metrics);
}

// override: justified overrides on record (each carries a responsibility record, an Art. 14
// intervention and an attestation). Their absence is not a failure, only no evidence yet.
Result<PrimitiveEvidence> PrimitiveEvidenceCollector::overrides()
{
    OverrideFilter filter;
    filter.limit = 1;
    auto any = m_ws.overrides().list(filter);
    if (!any)
        return any.error();
    const QString p = QStringLiteral("override");
    if (any->isEmpty())
        return make(p, ControlStatus::NotImplemented, QStringLiteral("No override has been recorded yet."), 0);
    // Counted only when overrides exist (the count reads the partial index of migration 024).
    DecisionFilter overridden;
    overridden.outcome = QStringLiteral("overridden");
    auto n = m_ws.decisionStore()->count(overridden);
    if (!n)
        return n.error();
    return make(p, ControlStatus::Implemented,
                QStringLiteral("%1 decisions were overridden with a recorded justification.").arg(*n), *n,
                {{QStringLiteral("overridden_decisions"), *n}});
}

Result<PrimitiveEvidence> PrimitiveEvidenceCollector::evidenceArtifact(bool deep)
{
    const QString p = QStringLiteral("evidence_artifact");
    EvidenceFilter filter;
    filter.limit = 1;
    auto any = m_ws.evidence().list(filter);
    if (!any)
        return any.error();
    if (any->isEmpty())
        return make(p, ControlStatus::NotImplemented, QStringLiteral("No evidence artifact has been stored yet."), 0);
    if (!deep)
        return make(p, ControlStatus::Implemented, QStringLiteral("Evidence artifacts are stored and linked to decisions."), 1);
    auto verified = m_ws.evidence().verifyAll();
    if (!verified)
        return verified.error();
    const QJsonObject metrics{{QStringLiteral("checked"), verified->checked},
                              {QStringLiteral("bad"), int(verified->badArtifacts.size())}};
    if (!verified->ok)
        return make(p, ControlStatus::NonCompliant,
                    QStringLiteral("%1 of %2 artifacts fail their hash check: %3")
                        .arg(verified->badArtifacts.size())
                        .arg(verified->checked)
                        .arg(verified->problems.value(0)),
                    verified->checked, metrics);
    return make(p, ControlStatus::Verified, QStringLiteral("All %1 artifacts match their hashes.").arg(verified->checked),
                verified->checked, metrics);
}

// capability_token: the newest approved decision has its token on record.
Result<PrimitiveEvidence> PrimitiveEvidenceCollector::capabilityToken()
{
    const QString p = QStringLiteral("capability_token");
    DecisionFilter filter;
    filter.outcome = QStringLiteral("approved");
    auto approved = m_ws.decisionStore()->count(filter);
    if (!approved)
        return approved.error();
    if (*approved == 0)
        return make(p, ControlStatus::NotImplemented, QStringLiteral("No decision has been approved, so no token was issued."), 0);
    filter.limit = 1;
    auto newest = m_ws.decisionStore()->list(filter);
    if (!newest)
        return newest.error();
    auto tokens = newest->isEmpty() ? Result<QStringList>(QStringList{}) : m_ws.tokens().tokensForDecision(newest->first().decisionId);
    if (!tokens)
        return tokens.error();
    const QJsonObject metrics{{QStringLiteral("approved_decisions"), *approved}};
    if (tokens->isEmpty())
        return make(p, ControlStatus::PartiallyImplemented,
                    QStringLiteral("The newest approved decision has no capability token on record."), *approved, metrics);
    return make(p, ControlStatus::Implemented,
                QStringLiteral("%1 approved decisions; approvals carry signed capability tokens.").arg(*approved), *approved,
                metrics);
}

} // namespace Lexecon
