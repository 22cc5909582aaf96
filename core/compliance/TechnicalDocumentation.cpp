#include "TechnicalDocumentation.h"

#include "OversightReport.h"
#include "PrimitiveEvidence.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "decision/DecisionStore.h"
#include "escalation/EscalationService.h"
#include "policy/PolicyService.h"
#include "risk/RiskLevel.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

namespace Lexecon {

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(fraction * 100.0, 0, 'f', 1);
}

QString duration(const QJsonValue &ms)
{
    if (ms.isNull() || ms.isUndefined())
        return QStringLiteral("none recorded");
    const double minutes = ms.toDouble() / 60000.0;
    return minutes < 120 ? QStringLiteral("%1 min").arg(minutes, 0, 'f', 1) : QStringLiteral("%1 h").arg(minutes / 60, 0, 'f', 1);
}

Result<qint64> countWhere(Workspace &ws, const QString &outcome, const QString &riskLevel = {})
{
    DecisionFilter f;
    f.outcome = outcome;
    f.riskLevel = riskLevel;
    return ws.decisionStore()->count(f);
}

} // namespace

QStringList TechnicalDocumentation::sectionKeys()
{
    return {QStringLiteral("general_description"), QStringLiteral("intended_purpose"), QStringLiteral("design"),
            QStringLiteral("development"),         QStringLiteral("data"),             QStringLiteral("human_oversight"),
            QStringLiteral("accuracy_metrics"),    QStringLiteral("known_limitations"), QStringLiteral("evidence_chain")};
}

Result<TechnicalDocument> TechnicalDocumentation::generate(Workspace &ws)
{
    TechnicalDocument doc;
    doc.title = QStringLiteral("Technical documentation (EU AI Act Art. 11, Annex IV)");
    doc.generatedAt = Timestamp::format(ws.clock().nowMs());
    doc.nodeId = ws.nodeId();

    auto total = countWhere(ws, {});
    auto approved = countWhere(ws, QStringLiteral("approved"));
    auto denied = countWhere(ws, QStringLiteral("denied"));
    auto pending = countWhere(ws, QStringLiteral("pending"));
    auto escalated = countWhere(ws, QStringLiteral("escalated"));
    auto overridden = countWhere(ws, QStringLiteral("overridden"));
    for (const auto *r : {&total, &approved, &denied, &pending, &escalated, &overridden}) {
        if (!*r)
            return r->error();
    }
    auto actors = ws.decisionStore()->actors();
    auto actions = ws.decisionStore()->actions();
    auto versions = ws.policies().versions();
    auto oversight = OversightReport::build(ws);
    auto evidence = PrimitiveEvidenceCollector(ws).collect();
    if (!actors || !actions || !versions || !oversight || !evidence)
        return !actors ? actors.error() : !actions ? actions.error() : !versions ? versions.error()
                                                  : !oversight ? oversight.error() : evidence.error();
    const auto active = ws.policies().activeInfo();
    const auto rate = [&](qint64 n) { return *total > 0 ? double(n) / double(*total) : 0.0; };

    TechnicalDocumentSection general{QStringLiteral("general_description"), QStringLiteral("1. General description"), {}, {}, {}};
    general.paragraphs << QStringLiteral(
        "Lexecon Workstation governs AI systems: each system asks before it acts, the request is evaluated against the "
        "active policy, scored for risk, and approved with a signed capability token, denied, or escalated to a person. "
        "Every state change is an entry in a tamper-evident ledger.");
    general.facts << qMakePair(QStringLiteral("Node"), ws.nodeId())
                  << qMakePair(QStringLiteral("AI systems governed"), actors->isEmpty() ? QStringLiteral("none yet") : actors->join(QStringLiteral(", ")))
                  << qMakePair(QStringLiteral("Decisions recorded"), QString::number(*total));
    doc.sections << general;

    TechnicalDocumentSection purpose{QStringLiteral("intended_purpose"), QStringLiteral("2. Intended purpose"), {}, {}, {}};
    purpose.paragraphs << QStringLiteral(
        "To let an organisation keep AI systems within declared permissions, put risky actions before a human "
        "reviewer within an SLA, and prove afterwards what was decided, by whom and why.");
    purpose.facts << qMakePair(QStringLiteral("Active policy"), active ? QStringLiteral("%1 (version %2, %3 mode)").arg(active->name).arg(active->version).arg(active->mode) : QStringLiteral("none"))
                  << qMakePair(QStringLiteral("Actions requested"), actions->isEmpty() ? QStringLiteral("none yet") : actions->join(QStringLiteral(", ")));
    doc.sections << purpose;

    TechnicalDocumentSection design{QStringLiteral("design"), QStringLiteral("3. Design specifications"), {}, {}, {}};
    design.paragraphs << QStringLiteral(
        "Pipeline: request validation, policy evaluation (compiled, immutable snapshot), risk scoring over weighted "
        "dimensions, escalation when the risk level or policy demands it, token issuance on approval, and one ledger "
        "append that stores the decision with its entry. Any error in the path denies.");
    if (active)
        design.facts << qMakePair(QStringLiteral("Policy hash"), active->hash)
                     << qMakePair(QStringLiteral("Policy terms / relations"), QStringLiteral("%1 / %2").arg(active->termCount).arg(active->relationCount));
    const SlaPolicy sla = ws.escalations().slaPolicy();
    for (const QString &level : RiskLevel::all())
        design.facts << qMakePair(QStringLiteral("Review SLA, %1 risk").arg(level),
                                  QStringLiteral("%1 h, on breach %2").arg(double(sla.durationMs(level)) / 3600000.0, 0, 'f', 1)
                                      .arg(SlaPolicy::actionName(sla.breachAction(level))));
    design.bullets << QStringLiteral("Capability tokens: JWT signed with Ed25519 (EdDSA), bound to the approved action.")
                   << QStringLiteral("Ledger: SHA-256 hash chain over RFC 8785 canonical JSON, an RFC 9162 Merkle tree and signed checkpoints.");
    doc.sections << design;

    TechnicalDocumentSection development{QStringLiteral("development"), QStringLiteral("4. Development and version history"), {}, {}, {}};
    development.paragraphs << QStringLiteral("Every policy version is stored with its hash and activated as a ledger entry; the list below is that record.");
    for (const PolicyVersionInfo &v : std::as_const(*versions))
        development.bullets << QStringLiteral("Version %1 \"%2\" (%3 mode), hash %4, loaded %5 by %6%7")
                                   .arg(v.version).arg(v.name, v.mode, v.hash.left(16), v.loadedAt, v.loadedBy,
                                        v.active ? QStringLiteral(", active") : QString());
    if (versions->isEmpty())
        development.bullets << QStringLiteral("No policy version has been loaded.");
    doc.sections << development;

    TechnicalDocumentSection data{QStringLiteral("data"), QStringLiteral("5. Data and data governance"), {}, {}, {}};
    data.paragraphs << QStringLiteral(
        "Each decision records the requesting system, action, resource, the policy version and hash, the risk "
        "dimensions and the reasons. Free text written by people (justifications, reasons) is kept in erasable "
        "tables; the ledger carries only its SHA-256, so an erasure does not break verification.");
    for (const QString &level : RiskLevel::all()) {
        auto n = countWhere(ws, {}, level);
        if (!n)
            return n.error();
        data.facts << qMakePair(QStringLiteral("Decisions at %1 risk").arg(level), QString::number(*n));
    }
    doc.sections << data;

    const QJsonObject slaReport = oversight->value(QStringLiteral("sla")).toObject();
    const QJsonObject overrides = oversight->value(QStringLiteral("overrides")).toObject();
    const QJsonObject interventions = oversight->value(QStringLiteral("interventions")).toObject();
    TechnicalDocumentSection human{QStringLiteral("human_oversight"), QStringLiteral("6. Human oversight measures"), {}, {}, {}};
    human.paragraphs << QStringLiteral(
        "Escalated decisions wait in the oversight queue for a compliance officer, who approves, denies, defers or "
        "escalates them with a reason. Officers can override any outcome with a justification; each act is an Art. 14 "
        "intervention record. Figures cover the last 30 days.");
    human.facts << qMakePair(QStringLiteral("Escalations"), QString::number(slaReport.value(QStringLiteral("escalations")).toInt()))
                << qMakePair(QStringLiteral("Resolved within SLA"), QString::number(slaReport.value(QStringLiteral("within_sla")).toInt()))
                << qMakePair(QStringLiteral("SLA breaches"), QString::number(slaReport.value(QStringLiteral("breached")).toInt()))
                << qMakePair(QStringLiteral("Median response"), duration(slaReport.value(QStringLiteral("response_ms")).toObject().value(QStringLiteral("median"))))
                << qMakePair(QStringLiteral("Overrides"), QString::number(overrides.value(QStringLiteral("total")).toInt()))
                << qMakePair(QStringLiteral("Interventions"), QString::number(interventions.value(QStringLiteral("total")).toInt()))
                << qMakePair(QStringLiteral("Active reviewers"), QString::number(oversight->value(QStringLiteral("reviewers")).toArray().size()));
    doc.sections << human;

    TechnicalDocumentSection accuracy{QStringLiteral("accuracy_metrics"), QStringLiteral("7. Accuracy and performance metrics"), {}, {}, {}};
    accuracy.paragraphs << QStringLiteral(
        "For a governance system, accuracy is agreement between the automated outcome and the human one: the override "
        "rate measures disagreement, the escalation rate the share left to people, the SLA breach rate the timeliness "
        "of oversight.");
    accuracy.facts << qMakePair(QStringLiteral("Approved"), QStringLiteral("%1 (%2)").arg(*approved).arg(percent(rate(*approved))))
                   << qMakePair(QStringLiteral("Denied"), QStringLiteral("%1 (%2)").arg(*denied).arg(percent(rate(*denied))))
                   << qMakePair(QStringLiteral("Awaiting a person"), QString::number(*pending))
                   << qMakePair(QStringLiteral("Escalation rate"), percent(rate(*escalated)))
                   << qMakePair(QStringLiteral("Override rate (all time)"), percent(rate(*overridden)))
                   << qMakePair(QStringLiteral("SLA breach rate (30 days)"), percent(slaReport.value(QStringLiteral("breach_rate")).toDouble()));
    doc.sections << accuracy;

    TechnicalDocumentSection limits{QStringLiteral("known_limitations"), QStringLiteral("8. Known limitations"), {}, {}, {}};
    limits.bullets << QStringLiteral("Policies decide only on what a request declares (actor, action, resource, data classes); a system that misdescribes its request is not caught here.")
                   << QStringLiteral("Risk scores weigh the dimensions the caller supplies and the policy's defaults; they are not a model of real-world harm.")
                   << QStringLiteral("The ledger proves what was recorded and that it was not changed afterwards, not that the recorded facts were true.");
    if (*total == 0)
        limits.bullets << QStringLiteral("No decision has been recorded yet, so every metric above is empty.");
    if (!active)
        limits.bullets << QStringLiteral("No policy is active: every request is denied until one is loaded.");
    else if (active->mode != QLatin1String("strict"))
        limits.bullets << QStringLiteral("The active policy runs in %1 mode, not strict mode.").arg(active->mode);
    if (slaReport.value(QStringLiteral("breach_rate")).toDouble() > PrimitiveEvidenceCollector::kBreachRateImplemented)
        limits.bullets << QStringLiteral("Reviewers missed the SLA on %1 of escalations in the last 30 days.")
                              .arg(percent(slaReport.value(QStringLiteral("breach_rate")).toDouble()));
    doc.sections << limits;

    TechnicalDocumentSection chain{QStringLiteral("evidence_chain"), QStringLiteral("9. Evidence chain"), {}, {}, {}};
    chain.paragraphs << QStringLiteral("Each figure above can be checked against the ledger: `lexecon-cli ledger verify` walks the whole chain.");
    for (const PrimitiveEvidence &e : std::as_const(*evidence))
        chain.facts << qMakePair(e.primitive, QStringLiteral("%1: %2").arg(ControlStatuses::name(e.status), e.detail));
    doc.sections << chain;
    return doc;
}

} // namespace Lexecon
