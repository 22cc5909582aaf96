#include "ComplianceService.h"

#include "workspace/Workspace.h"

namespace Lexecon {

Result<std::unique_ptr<ComplianceService>> ComplianceService::open(Workspace &ws)
{
    auto catalog = ComplianceCatalog::load();
    if (!catalog)
        return catalog.error();
    return std::make_unique<ComplianceService>(ws, *catalog);
}

ComplianceService::ComplianceService(Workspace &ws, ComplianceCatalog catalog)
    : m_ws(ws), m_catalog(catalog), m_statuses(ws.database(), ws.ledger(), ws.clock(), std::move(catalog))
{
}

Result<QList<PrimitiveEvidence>> ComplianceService::evidence(const EvidenceOptions &options)
{
    return PrimitiveEvidenceCollector(m_ws).collect(options);
}

Result<QList<ControlAssessment>> ComplianceService::assess(const QString &framework, const EvidenceOptions &options)
{
    if (auto known = m_catalog.require(framework); !known)
        return known.error();
    auto collected = evidence(options);
    if (!collected)
        return collected.error();
    return assess(framework, *collected);
}

Result<QList<ControlAssessment>> ComplianceService::assess(const QString &framework,
                                                           const QList<PrimitiveEvidence> &evidence)
{
    auto fw = m_catalog.require(framework);
    if (!fw)
        return fw.error();
    auto manual = m_statuses.current(framework);
    if (!manual)
        return manual.error();
    return ComplianceMapper::assess(m_catalog, *fw, evidence, *manual);
}

Result<GapReport> ComplianceService::gaps(const QString &framework, const EvidenceOptions &options)
{
    auto controls = assess(framework, options);
    if (!controls)
        return controls.error();
    return GapAnalysis::analyze(*m_catalog.framework(framework), *controls);
}

Result<ControlAssessment> ComplianceService::control(const QString &framework, const QString &controlId)
{
    auto fw = m_catalog.require(framework);
    if (!fw)
        return fw.error();
    const ComplianceControl *c = fw->control(controlId);
    if (!c)
        return Error::notFound(QStringLiteral("Control \"%1\" is not in %2.").arg(controlId, fw->name));
    auto collected = evidence();
    if (!collected)
        return collected.error();
    auto manual = m_statuses.current(framework);
    if (!manual)
        return manual.error();
    const auto found = manual->constFind(controlId);
    return ComplianceMapper::assessOne(m_catalog, framework, *c, *collected,
                                       found == manual->constEnd() ? std::nullopt
                                                                   : std::optional<ManualControlStatus>(*found));
}

Result<ManualControlStatus> ComplianceService::setStatus(const QString &framework, const QString &controlId,
                                                         ControlStatus status, const QString &justification,
                                                         const Principal &by)
{
    return m_statuses.set(framework, controlId, status, justification, by);
}

} // namespace Lexecon
