#pragma once

#include "PacketSources.h"
#include "workspace/Workspace.h"

namespace Lexecon {

// The packet sources of an open workspace. Header-only, so lexecon_audit itself does not depend
// on lexecon_workspace (which may one day own a PacketRequestService); callers link both.
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
    return s;
}

} // namespace Lexecon
