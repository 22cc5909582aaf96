#pragma once

#include "common/Error.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Lexecon::Cli {

// Exit codes of SPEC section 7.
enum ExitCode { ExitOk = 0, ExitCheckFailed = 1, ExitBadInput = 2 };

void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);
void printLine(const QByteArray &line);
// Prints the error as a sentence on stderr and returns its exit code (1 for a failed check, else 2).
int fail(const Error &error);
int usage(const QString &message);

} // namespace Lexecon::Cli
