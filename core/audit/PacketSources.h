#pragma once

#include "common/Result.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace Lexecon {

class CheckpointService;
class Clock;
class Database;
class DecisionStore;
class EscalationService;
class EvidenceStore;
class InterventionLog;
class NodeIdentity;
class OverrideService;
class PacketRequestService;

// The services a packet is read from. Each module is asked through its own service, never its
// tables (DESIGN.md). Workspace::packetSources-style wiring lives in PacketWorkspace.h.
struct PacketSources
{
    std::shared_ptr<Database> db;
    std::shared_ptr<DecisionStore> decisions;
    EscalationService *escalations = nullptr;
    OverrideService *overrides = nullptr;
    EvidenceStore *evidence = nullptr;
    InterventionLog *interventions = nullptr;
    CheckpointService *checkpoints = nullptr;
    const NodeIdentity *node = nullptr;
    const Clock *clock = nullptr;
    PacketRequestService *requests = nullptr;
    // compliance.json for [fromMs, toMs) (the compliance module's ComplianceSnapshot). Unset: the
    // section says plainly that no compliance mapping is recorded, rather than inventing one.
    std::function<Result<QJsonObject>(qint64 fromMs, qint64 toMs)> compliance;
};

} // namespace Lexecon
