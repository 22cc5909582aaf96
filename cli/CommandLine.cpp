#include "CommandLine.h"

#include "common/Clock.h"
#include "ledger/LedgerVerifier.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Lexecon::Cli {

int run(const QStringList &args)
{
    Q_UNUSED(args);
    std::fputs("lexecon-cli: not yet\n", stderr);
    return 2;
}

} // namespace Lexecon::Cli
