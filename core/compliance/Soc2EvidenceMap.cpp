#include "Soc2EvidenceMap.h"

#include "ComplianceService.h"
#include "GapAnalysis.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "workspace/Workspace.h"

namespace Lexecon {

namespace {

const char kFramework[] = "soc2";

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString sourceText(const ControlAssessment &a)
{
    if (a.source == QLatin1String("manual"))
        return QStringLiteral("set by %1 on %2").arg(a.manual->setBy, a.manual->setAt);
    if (a.source == QLatin1String("derived"))
        return QStringLiteral("derived from live evidence");
    return QStringLiteral("no evidence and no attestation");
}

} // namespace

Result<QString> Soc2EvidenceMap::generateMarkdown(ComplianceService &compliance)
{
    const QString framework = QLatin1String(kFramework);
    auto controls = compliance.assess(framework);
    if (!controls)
        return controls.error();
    const ComplianceFramework *fw = compliance.catalog().framework(framework);
    const GapReport report = GapAnalysis::analyze(*fw, *controls);
    Workspace &ws = compliance.workspace();

    QString out;
    out += QStringLiteral("# SOC 2 evidence map\n\n");
    out += QStringLiteral("Generated %1 by node %2 with `lexecon-cli compliance soc2-map`, from the records of this workstation. "
                          "Criteria: %3 %4.\n\n")
               .arg(Timestamp::format(ws.clock().nowMs()), ws.nodeId(), fw->source, fw->version);
    out += QStringLiteral("Statuses are derived from live evidence where a governance primitive backs the criterion, and set by "
                          "a compliance officer with a justification where it does not. A derived non-compliant status "
                          "outranks an officer's.\n\n");
    out += QStringLiteral("## Summary\n\n");
    out += QStringLiteral("- Criteria: %1; implemented or verified: %2 (%3%)\n- With evidence: %4 (%5%)\n- Gaps: %6\n\n")
               .arg(report.total).arg(report.met).arg(report.coveragePercent(), 0, 'f', 1)
               .arg(report.withEvidence).arg(report.evidencePercent(), 0, 'f', 1).arg(report.gaps.size());
    out += QStringLiteral("| Category | Criteria | Met | Coverage |\n|---|---|---|---|\n");
    for (const GroupCoverage &g : report.groups)
        out += QStringLiteral("| %1 | %2 | %3 | %4% |\n").arg(cell(g.group)).arg(g.total).arg(g.met).arg(g.percent(), 0, 'f', 1);
    out += QLatin1Char('\n');

    QString group;
    for (const ControlAssessment &a : std::as_const(*controls)) {
        if (a.control.group != group) {
            group = a.control.group;
            out += QStringLiteral("## %1\n\n").arg(group);
        }
        out += QStringLiteral("### %1 - %2\n\n").arg(a.control.id, a.control.title);
        out += QStringLiteral("- **Status:** %1 (%2)\n").arg(ControlStatuses::name(a.effective), sourceText(a));
        if (a.derived && a.source != QLatin1String("derived"))
            out += QStringLiteral("- **Derived from evidence:** %1\n").arg(ControlStatuses::name(*a.derived));
        if (a.manual) {
            out += QStringLiteral("- **Officer's justification** (ledger entry %1): %2\n").arg(a.manual->ledgerIndex).arg(a.manual->justification);
        }
        if (a.evidence.isEmpty()) {
            out += QStringLiteral("- **Evidence:** no governance primitive of this workstation backs this criterion; "
                                  "it needs an officer's attestation (`compliance set soc2 %1 ...`).\n").arg(a.control.id);
        } else {
            out += QStringLiteral("- **Evidence recorded by this workstation:**\n");
            for (const PrimitiveEvidence &e : a.evidence)
                out += QStringLiteral("  - `%1` (%2): %3 %4\n")
                           .arg(e.primitive, ControlStatuses::name(e.status), compliance.catalog().primitiveDescription(e.primitive), e.detail);
        }
        if (!a.related.isEmpty()) {
            QStringList related;
            for (const CrossFrameworkMapping &m : a.related) {
                const bool asSource = m.sourceFramework == framework && m.sourceControl == a.control.id;
                related << QStringLiteral("%1:%2 (%3)").arg(asSource ? m.targetFramework : m.sourceFramework,
                                                             asSource ? m.targetControl : m.sourceControl, m.relationship);
            }
            out += QStringLiteral("- **Related controls:** %1\n").arg(related.join(QStringLiteral(", ")));
        }
        out += QLatin1Char('\n');
    }

    out += QStringLiteral("## Audit evidence repository\n\n| Control | Status | Evidence | Description |\n|---|---|---|---|\n");
    for (const ControlAssessment &a : std::as_const(*controls)) {
        if (!a.hasEvidence())
            continue;
        QStringList where;
        for (const PrimitiveEvidence &e : a.evidence) {
            if (e.count > 0)
                where << QStringLiteral("%1 (%2)").arg(e.primitive).arg(e.count);
        }
        if (a.manual)
            where << QStringLiteral("attestation, ledger entry %1").arg(a.manual->ledgerIndex);
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(a.control.id, ControlStatuses::name(a.effective), cell(where.join(QStringLiteral("; "))), cell(a.control.title));
    }
    return out;
}

} // namespace Lexecon
