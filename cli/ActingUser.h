#pragma once

#include "Args.h"
#include "auth/Principal.h"
#include "common/Result.h"

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Cli {

// The user named by --by, as the principal the core checks. A missing --by, an unknown or a
// disabled user is an error that says what to do.
Result<Principal> actingUser(Workspace &ws, const Args &args);

} // namespace Lexecon::Cli
