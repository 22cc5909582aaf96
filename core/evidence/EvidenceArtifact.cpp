#include "EvidenceArtifact.h"

namespace Lexecon {

namespace EvidenceTypes {

QString name(EvidenceType type)
{
    switch (type) {
    case EvidenceType::DecisionLog: return QStringLiteral("decision_log");
    case EvidenceType::PolicySnapshot: return QStringLiteral("policy_snapshot");
    case EvidenceType::Screenshot: return QStringLiteral("screenshot");
    case EvidenceType::Attestation: return QStringLiteral("attestation");
    case EvidenceType::Signature: return QStringLiteral("signature");
    case EvidenceType::AuditTrail: return QStringLiteral("audit_trail");
    case EvidenceType::ExternalReport: return QStringLiteral("external_report");
    }
    return {};
}

std::optional<EvidenceType> fromName(const QString &name)
{
    for (EvidenceType t : all()) {
        if (EvidenceTypes::name(t) == name)
            return t;
    }
    return std::nullopt;
}

QList<EvidenceType> all()
{
    return {EvidenceType::DecisionLog,   EvidenceType::PolicySnapshot, EvidenceType::Screenshot,
            EvidenceType::Attestation,   EvidenceType::Signature,      EvidenceType::AuditTrail,
            EvidenceType::ExternalReport};
}

int retentionYears(EvidenceType type)
{
    // Screenshots of a review are kept 7 years; everything that records the decision itself
    // or an attestation about it, 10 years (EU AI Act Article 12 record keeping).
    return type == EvidenceType::Screenshot ? 7 : 10;
}

} // namespace EvidenceTypes

QJsonObject EvidenceArtifact::toJson() const
{
    QJsonObject o{{QStringLiteral("artifact_id"), artifactId},
                  {QStringLiteral("type"), EvidenceTypes::name(type)},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("media_type"), mediaType},
                  {QStringLiteral("decision_id"), decisionId.isEmpty() ? QJsonValue() : QJsonValue(decisionId)},
                  {QStringLiteral("created_at"), createdAt},
                  {QStringLiteral("created_by"), createdBy},
                  {QStringLiteral("retention_until"), retentionUntil},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("ledger_index"), ledgerIndex < 0 ? QJsonValue() : QJsonValue(ledgerIndex)}};
    if (!commitment.isEmpty())
        o.insert(QStringLiteral("commitment"), commitment);
    if (!anonymizedAt.isEmpty())
        o.insert(QStringLiteral("anonymized_at"), anonymizedAt);
    return o;
}

} // namespace Lexecon
