#pragma once

#include "Policy.h"
#include "common/Result.h"

#include <QByteArray>

namespace Lexecon {

// Reads a policy file (SPEC section 1) in either shape of the original format, mixed per relation.
// Every error is Error::invalid with field = the JSON path (terms[2].type) and a message that
// starts with the same path, so a person sees where and what to send instead.
class PolicyLoader
{
public:
    static Result<Policy> load(const QByteArray &json);
};

} // namespace Lexecon
