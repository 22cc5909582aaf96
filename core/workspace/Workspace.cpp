#include "Workspace.h"

#include "common/Clock.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QStandardPaths>

namespace Lexecon {

Workspace::Workspace(QString dataDir, const Clock &clock) : m_dataDir(std::move(dataDir)), m_clock(clock) {}

Workspace::~Workspace() = default;

QString Workspace::resolveDataDir(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir(fromCommandLine).absolutePath();
    const QString env = qEnvironmentVariable("LEXECON_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &dataDir, const Clock &clock)
{
    if (!QDir().mkpath(dataDir))
        return Error::invalid(QStringLiteral("data_dir"), QStringLiteral("cannot create the data dir %1").arg(dataDir));
    std::unique_ptr<Workspace> ws(new Workspace(dataDir, clock));
    auto db = Database::open(QDir(dataDir).filePath(QStringLiteral("workspace.db")));
    if (!db)
        return db.error();
    ws->m_db = *db;
    ws->m_ledger = std::make_unique<LedgerWriter>(ws->m_db, clock);
    return ws;
}

} // namespace Lexecon
