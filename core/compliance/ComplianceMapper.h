#pragma once

#include "ComplianceCatalog.h"
#include "ControlStatus.h"
#include "ControlStatusService.h"
#include "PrimitiveEvidence.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Lexecon {

// One control as the Compliance screen shows it: the status derived from live evidence (when a
// primitive backs the control), the status an officer set (when one did), the status in effect
// and where that came from, and the evidence behind it.
struct ControlAssessment
{
    QString framework;
    ComplianceControl control;
    QStringList primitives;           // the governance primitives mapped to this control
    QList<PrimitiveEvidence> evidence; // their live evidence, in primitives order
    std::optional<ControlStatus> derived;
    std::optional<ManualControlStatus> manual;
    ControlStatus effective = ControlStatus::NotImplemented;
    QString source; // "derived", "manual" or "none" (nothing says anything: not implemented)
    QList<CrossFrameworkMapping> related;

    // A primitive with records behind it, or an officer's justified status.
    bool hasEvidence() const;
    QJsonObject toJson() const;
};

// Combines the catalog, the primitives' evidence and the officers' statuses. Pure: no storage.
//
// The status in effect: a derived non_compliant wins (live evidence of a failure outranks an
// attestation); otherwise an officer's status wins (it covers what the data cannot show, such as
// "verified" by an external audit); otherwise the derived one; otherwise not_implemented.
class ComplianceMapper
{
public:
    static QList<ControlAssessment> assess(const ComplianceCatalog &catalog, const ComplianceFramework &framework,
                                           const QList<PrimitiveEvidence> &evidence,
                                           const QHash<QString, ManualControlStatus> &manual);
    static ControlAssessment assessOne(const ComplianceCatalog &catalog, const QString &framework,
                                       const ComplianceControl &control, const QList<PrimitiveEvidence> &evidence,
                                       const std::optional<ManualControlStatus> &manual);
};

} // namespace Lexecon
