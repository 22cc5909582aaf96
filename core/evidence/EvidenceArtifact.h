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

// One stored artifact. Content up to EvidenceStore::InlineMaxBytes lives in the row itself
// (durable with the ledger entry that inserts it); larger content in a content-addressed file
// named by sha256.
struct EvidenceArtifact
{
    QString artifactId; // evd_ ULID
    EvidenceType type = EvidenceType::DecisionLog;
    QString sha256; // hex of the content (content addressing); blanked by anonymization
    // Salted commitment to the content (core/crypto/Commitment.h): what ledger payloads carry.
    // The salt stays in the row until the content is anonymized or erased (core/retention).
    QString commitment;
    QByteArray salt;
    QString anonymizedAt; // empty: the content is still held
    qint64 size = 0;
    QString mediaType;
    QString decisionId; // empty when the artifact belongs to no decision
    QString createdAt;  // RFC 3339 ms Z
    QString createdBy;  // the principal's ledger actor
    QString retentionUntil;
    QString title;
    qint64 ledgerIndex = -1; // the ledger entry that recorded it; -1 unknown
    bool storedInline = false; // the content is in the row, not in a file
    // Set by EvidenceStore::prepare for inline content, until storeInTransaction writes it;
    // rows read back leave it empty (content() reads it on demand).
    QByteArray inlineContent;

    bool isAnonymized() const { return !anonymizedAt.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace Lexecon
