#pragma once

#include "PolicyEvaluation.h"
#include "PolicyRequest.h"

namespace Lexecon {

class CompiledPolicy;

// Steps 1-6 of SPEC section 1 over a CompiledPolicy. Kept apart from the index so that the
// rules of evaluation read in one place; CompiledPolicy::evaluate() is the usual entry point.
class PolicyEngine
{
public:
    static PolicyEvaluation evaluate(const CompiledPolicy &policy, const PolicyRequest &request);
};

} // namespace Lexecon
