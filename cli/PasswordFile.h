#pragma once

#include "Args.h"
#include "common/Result.h"

#include <QString>

namespace Lexecon::Cli {

// Passwords never travel as arguments (they would show in `ps` and shell history): the CLI reads
// them from a file named by an option. One trailing newline (LF or CRLF) is dropped, as
// `echo ... > file` adds one. A missing option, an unreadable or an empty file is an
// InvalidInput error naming the option.
Result<QString> readPasswordFile(const Args &args, const QString &option);

} // namespace Lexecon::Cli
