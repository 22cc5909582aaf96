#include "ComplianceMapper.h"

#include <QJsonArray>

namespace Lexecon {

bool ControlAssessment::hasEvidence() const
{
    if (manual)
        return true;
    for (const PrimitiveEvidence &e : evidence) {
        if (e.count > 0)
            return true;
    }
    return false;
}

QJsonObject ControlAssessment::toJson() const
{
    QJsonArray evidenceList;
    for (const PrimitiveEvidence &e : evidence)
        evidenceList.append(e.toJson());
    QJsonArray relatedList;
    for (const CrossFrameworkMapping &m : related)
        relatedList.append(m.toJson());
    return {{QStringLiteral("framework"), framework},
            {QStringLiteral("control"), control.id},
            {QStringLiteral("group"), control.group},
            {QStringLiteral("title"), control.title},
            {QStringLiteral("status"), ControlStatuses::name(effective)},
            {QStringLiteral("source"), source},
            {QStringLiteral("derived_status"), derived ? QJsonValue(ControlStatuses::name(*derived)) : QJsonValue()},
            {QStringLiteral("manual"), manual ? QJsonValue(manual->toJson()) : QJsonValue()},
            {QStringLiteral("primitives"), QJsonArray::fromStringList(primitives)},
            {QStringLiteral("evidence"), evidenceList},
            {QStringLiteral("has_evidence"), hasEvidence()},
            {QStringLiteral("related"), relatedList}};
}

QList<ControlAssessment> ComplianceMapper::assess(const ComplianceCatalog &catalog, const ComplianceFramework &framework,
                                                  const QList<PrimitiveEvidence> &evidence,
                                                  const QHash<QString, ManualControlStatus> &manual)
{
    QList<ControlAssessment> out;
    out.reserve(framework.controls.size());
    for (const ComplianceControl &control : framework.controls) {
        const auto found = manual.constFind(control.id);
        out.append(assessOne(catalog, framework.id, control, evidence,
                             found == manual.constEnd() ? std::nullopt : std::optional<ManualControlStatus>(*found)));
    }
    return out;
}

ControlAssessment ComplianceMapper::assessOne(const ComplianceCatalog &catalog, const QString &framework,
                                              const ComplianceControl &control, const QList<PrimitiveEvidence> &evidence,
                                              const std::optional<ManualControlStatus> &manual)
{
    ControlAssessment a;
    a.framework = framework;
    a.control = control;
    a.primitives = catalog.primitivesFor(framework, control.id);
    a.related = catalog.crossMappingsFor(framework, control.id);
    a.manual = manual;
    QList<ControlStatus> statuses;
    for (const QString &primitive : std::as_const(a.primitives)) {
        for (const PrimitiveEvidence &e : evidence) {
            if (e.primitive == primitive) {
                a.evidence.append(e);
                statuses.append(e.status);
            }
        }
    }
    if (!statuses.isEmpty())
        a.derived = ControlStatuses::combine(statuses);

    if (a.derived == ControlStatus::NonCompliant) {
        a.effective = ControlStatus::NonCompliant;
        a.source = QStringLiteral("derived");
    } else if (a.manual) {
        a.effective = a.manual->status;
        a.source = QStringLiteral("manual");
    } else if (a.derived) {
        a.effective = *a.derived;
        a.source = QStringLiteral("derived");
    } else {
        a.effective = ControlStatus::NotImplemented;
        a.source = QStringLiteral("none");
    }
    return a;
}

} // namespace Lexecon
