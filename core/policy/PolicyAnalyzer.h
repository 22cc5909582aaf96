#pragma once

#include "Policy.h"
#include "PolicyFinding.h"

#include <QList>

namespace Lexecon {

// Static checks a compliance engineer runs before activating a policy (`policy check`):
// rules that contradict or shadow each other, relations that can never take effect,
// cycles, and terms nothing uses. Findings come errors first, then warnings, then info.
class PolicyAnalyzer
{
public:
    static QList<PolicyFinding> check(const Policy &policy);
};

} // namespace Lexecon
