#pragma once

#include <QStringList>

namespace Lexecon::Cli {

// Runs one lexecon-cli command line; returns the exit code of SPEC section 7
// (0 success, 1 a check failed, 2 bad input or usage).
int run(const QStringList &args);

} // namespace Lexecon::Cli
