#include "GapAnalysis.h"

#include <QJsonArray>

#include <cmath>

namespace Lexecon {

namespace {

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

} // namespace

QJsonObject ComplianceGap::toJson() const
{
    return {{QStringLiteral("control"), controlId},
            {QStringLiteral("group"), group},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), ControlStatuses::name(status)},
            {QStringLiteral("source"), source},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}};
}

QJsonObject GapReport::toJson() const
{
    QJsonObject statuses;
    for (auto it = byStatus.constBegin(); it != byStatus.constEnd(); ++it)
        statuses.insert(it.key(), it.value());
    QJsonArray groupList;
    for (const GroupCoverage &g : groups)
        groupList.append(QJsonObject{{QStringLiteral("group"), g.group},
                                     {QStringLiteral("total"), g.total},
                                     {QStringLiteral("met"), g.met},
                                     {QStringLiteral("coverage_percent"), round1(g.percent())}});
    QJsonArray gapList;
    for (const ComplianceGap &g : gaps)
        gapList.append(g.toJson());
    return {{QStringLiteral("framework"), framework},
            {QStringLiteral("name"), frameworkName},
            {QStringLiteral("controls"), total},
            {QStringLiteral("met"), met},
            {QStringLiteral("with_evidence"), withEvidence},
            {QStringLiteral("coverage_percent"), round1(coveragePercent())},
            {QStringLiteral("evidence_percent"), round1(evidencePercent())},
            {QStringLiteral("by_status"), statuses},
            {QStringLiteral("groups"), groupList},
            {QStringLiteral("gaps"), gapList}};
}

GapReport GapAnalysis::analyze(const ComplianceFramework &framework, const QList<ControlAssessment> &controls)
{
    GapReport r;
    r.framework = framework.id;
    r.frameworkName = framework.name;
    for (ControlStatus s : ControlStatuses::all())
        r.byStatus.insert(ControlStatuses::name(s), 0);
    QMap<QString, int> groupIndex;
    for (const ControlAssessment &a : controls) {
        ++r.total;
        r.byStatus[ControlStatuses::name(a.effective)] += 1;
        const bool met = ControlStatuses::isMet(a.effective);
        const bool evidence = a.hasEvidence();
        r.met += met ? 1 : 0;
        r.withEvidence += evidence ? 1 : 0;
        if (!groupIndex.contains(a.control.group)) {
            groupIndex.insert(a.control.group, int(r.groups.size()));
            r.groups.append({a.control.group, 0, 0});
        }
        GroupCoverage &g = r.groups[groupIndex.value(a.control.group)];
        ++g.total;
        g.met += met ? 1 : 0;

        ComplianceGap gap{a.control.id, a.control.group, a.control.title, a.effective, a.source, {}};
        if (!met)
            gap.reasons << ControlStatuses::name(a.effective);
        if (!evidence)
            gap.reasons << QStringLiteral("no_evidence");
        if (!gap.reasons.isEmpty())
            r.gaps.append(gap);
    }
    return r;
}

} // namespace Lexecon
