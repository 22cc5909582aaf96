#pragma once

#include "ComplianceMapper.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Lexecon {

// One control that is not met or has nothing behind it, and why.
struct ComplianceGap
{
    QString controlId;
    QString group;
    QString title;
    ControlStatus status = ControlStatus::NotImplemented;
    QString source;
    QStringList reasons; // not_implemented, partially_implemented, non_compliant, no_evidence

    QJsonObject toJson() const;
};

// Coverage of one group (CC6, "5 Organizational", Art. ...) for the screen's charts.
struct GroupCoverage
{
    QString group;
    int total = 0;
    int met = 0; // implemented or verified
    double percent() const { return total > 0 ? 100.0 * met / total : 0.0; }
};

struct GapReport
{
    QString framework;
    QString frameworkName;
    int total = 0;
    int met = 0;
    int withEvidence = 0;
    QMap<QString, int> byStatus; // every status name, 0 when none
    QList<GroupCoverage> groups; // in catalog order
    QList<ComplianceGap> gaps;   // in catalog order

    double coveragePercent() const { return total > 0 ? 100.0 * met / total : 0.0; }
    double evidencePercent() const { return total > 0 ? 100.0 * withEvidence / total : 0.0; }
    QJsonObject toJson() const;
};

// Gap analysis of one framework from its assessed controls: what is not implemented, what is
// non-compliant, what has no evidence, and the coverage (share of controls implemented or verified).
class GapAnalysis
{
public:
    static GapReport analyze(const ComplianceFramework &framework, const QList<ControlAssessment> &controls);
};

} // namespace Lexecon
