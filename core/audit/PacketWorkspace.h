#pragma once

#include "PacketSources.h"
#include "common/Clock.h"
#include "compliance/ComplianceSnapshot.h"
#include "workspace/Workspace.h"

namespace Lexecon {

// The packet sources of an open workspace. Header-only, so lexecon_audit itself does not depend
// on lexecon_workspace or lexecon_compliance (which build on the workspace); callers link all three.
inline PacketSources packetSources(Workspace &ws, PacketRequestService *requests)
{
    PacketSources s;
    s.db = ws.database();
    s.decisions = ws.decisionStore();
    s.escalations = &ws.escalations();
    s.overrides = &ws.overrides();
    s.evidence = &ws.evidence();
    s.interventions = &ws.interventions();
    s.checkpoints = &ws.checkpoints();
    s.node = &ws.node();
    s.clock = &ws.clock();
    s.requests = requests;
    Workspace *w = &ws;
    s.compliance = [w](qint64 fromMs, qint64 toMs) {
        return ComplianceSnapshot::build(*w, fromMs, toMs > 0 ? toMs : w->clock().nowMs() + 1);
    };
    return s;
}

} // namespace Lexecon
