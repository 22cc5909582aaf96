#pragma once

#include <QJsonObject>

namespace Lexecon {

class Workspace;

// GET /ready: can this node answer decisions correctly right now? The store takes a write
// transaction, a policy is active, and the ledger's last entry still hashes to its stored hash
// and links to the one before (a full verify is `lexecon-cli ledger verify`; this is the cheap
// tail check that catches a truncated or hand-edited end).
class ReadinessProbe
{
public:
    // {"ready": bool, "checks": {"store": {"ok", "detail"}, "policy": {...}, "ledger": {...}}}
    static QJsonObject check(Workspace &workspace);
};

} // namespace Lexecon
