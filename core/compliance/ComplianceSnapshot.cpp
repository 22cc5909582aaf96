#include "ComplianceSnapshot.h"

#include "ComplianceService.h"
#include "GapAnalysis.h"
#include "OversightReport.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "workspace/Workspace.h"

#include <QJsonArray>

namespace Lexecon {

Result<QJsonObject> ComplianceSnapshot::build(Workspace &ws, qint64 fromMs, qint64 toMs, const EvidenceOptions &options)
{
    auto service = ComplianceService::open(ws);
    if (!service)
        return service.error();
    ComplianceService &compliance = **service;
    auto evidence = compliance.evidence(options);
    if (!evidence)
        return evidence.error();
    QJsonArray primitives;
    for (const PrimitiveEvidence &e : std::as_const(*evidence))
        primitives.append(e.toJson());

    QJsonArray frameworks;
    for (const ComplianceFramework &fw : compliance.catalog().frameworks()) {
        auto controls = compliance.assess(fw.id, *evidence);
        if (!controls)
            return controls.error();
        QJsonObject entry = GapAnalysis::analyze(fw, *controls).toJson();
        entry.insert(QStringLiteral("version"), fw.version);
        entry.insert(QStringLiteral("kind"), fw.kind);
        QJsonArray assessments;
        for (const ControlAssessment &a : std::as_const(*controls)) {
            assessments.append(QJsonObject{
                {QStringLiteral("control"), a.control.id},
                {QStringLiteral("title"), a.control.title},
                {QStringLiteral("status"), ControlStatuses::name(a.effective)},
                {QStringLiteral("source"), a.source},
                {QStringLiteral("derived_status"), a.derived ? QJsonValue(ControlStatuses::name(*a.derived)) : QJsonValue()},
                {QStringLiteral("manual_status"), a.manual ? QJsonValue(ControlStatuses::name(a.manual->status)) : QJsonValue()},
                {QStringLiteral("set_by"), a.manual ? QJsonValue(a.manual->setBy) : QJsonValue()},
                {QStringLiteral("set_at"), a.manual ? QJsonValue(a.manual->setAt) : QJsonValue()},
                {QStringLiteral("primitives"), QJsonArray::fromStringList(a.primitives)}});
        }
        entry.insert(QStringLiteral("assessments"), assessments);
        frameworks.append(entry);
    }

    auto changes = compliance.statuses().changes(fromMs, toMs);
    if (!changes)
        return changes.error();
    QJsonArray changeList;
    for (const ManualControlStatus &s : std::as_const(*changes))
        changeList.append(s.toJson());
    QJsonArray cross;
    for (const CrossFrameworkMapping &m : compliance.catalog().crossMappings())
        cross.append(m.toJson());
    auto oversight = OversightReport::build(ws, fromMs, toMs);
    if (!oversight)
        return oversight.error();

    return QJsonObject{{QStringLiteral("generated_at"), Timestamp::format(ws.clock().nowMs())},
                       {QStringLiteral("node_id"), ws.nodeId()},
                       {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), Timestamp::format(fromMs)},
                                                              {QStringLiteral("to"), Timestamp::format(toMs)}}},
                       {QStringLiteral("primitives"), primitives},
                       {QStringLiteral("frameworks"), frameworks},
                       {QStringLiteral("status_changes"), changeList},
                       {QStringLiteral("cross_mappings"), cross},
                       {QStringLiteral("oversight"), *oversight}};
}

} // namespace Lexecon
