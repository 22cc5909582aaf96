#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lexecon {

// The catalogue's seven artifact types.
enum class EvidenceType {
    DecisionLog,
    PolicySnapshot,
    Screenshot,
    Attestation,
    Signature,
    AuditTrail,
    ExternalReport,
};

namespace EvidenceTypes {
QString name(EvidenceType type); // "decision_log", ...
std::optional<EvidenceType> fromName(const QString &name);
QList<EvidenceType> all();
// How long an artifact of this type must be kept (the catalogue's retention policy).
int retentionYears(EvidenceType type);
} // namespace EvidenceTypes

// One stored artifact. The content itself lives in a content-addressed file named by sha256.
struct EvidenceArtifact
{
    QString artifactId; // evd_ ULID
    EvidenceType type = EvidenceType::DecisionLog;
    QString sha256; // hex of the content
    qint64 size = 0;
    QString mediaType;
    QString decisionId; // empty when the artifact belongs to no decision
    QString createdAt;  // RFC 3339 ms Z
    QString createdBy;  // the principal's ledger actor
    QString retentionUntil;
    QString title;
    qint64 ledgerIndex = -1; // the ledger entry that recorded it; -1 unknown

    QJsonObject toJson() const;
};

} // namespace Lexecon
