#pragma once

#include "ComplianceCatalog.h"
#include "ComplianceMapper.h"
#include "ControlStatusService.h"
#include "GapAnalysis.h"
#include "PrimitiveEvidence.h"
#include "common/Result.h"

#include <memory>

namespace Lexecon {

class Principal;
class Workspace;

// What the Compliance screen and the CLI call: the catalog, each framework's assessed controls,
// its gaps and coverage, and officers setting statuses. Built over an open Workspace; it asks the
// workspace's services for evidence and owns only the manual statuses.
class ComplianceService
{
public:
    // Loads the built-in catalog (:/compliance).
    static Result<std::unique_ptr<ComplianceService>> open(Workspace &ws);
    ComplianceService(Workspace &ws, ComplianceCatalog catalog);

    const ComplianceCatalog &catalog() const { return m_catalog; }
    ControlStatusService &statuses() { return m_statuses; }
    Workspace &workspace() { return m_ws; }

    // The eight primitives' live evidence.
    Result<QList<PrimitiveEvidence>> evidence(const EvidenceOptions &options = {});
    // Every control of the framework, assessed; an unknown framework is an InvalidInput error.
    Result<QList<ControlAssessment>> assess(const QString &framework, const EvidenceOptions &options = {});
    // The same with evidence already collected (one collection for many frameworks).
    Result<QList<ControlAssessment>> assess(const QString &framework, const QList<PrimitiveEvidence> &evidence);
    Result<GapReport> gaps(const QString &framework, const EvidenceOptions &options = {});
    // One control with its history of manual statuses.
    Result<ControlAssessment> control(const QString &framework, const QString &controlId);

    // Needs Permission::ManageCompliance; one ledger entry "compliance_status_set".
    Result<ManualControlStatus> setStatus(const QString &framework, const QString &controlId, ControlStatus status,
                                          const QString &justification, const Principal &by);

private:
    Workspace &m_ws;
    ComplianceCatalog m_catalog;
    ControlStatusService m_statuses;
};

} // namespace Lexecon
