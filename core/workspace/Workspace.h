#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;

// One workspace: its data dir, database and the services over it. The CLI, the headless
// server and the desktop each open one and call its services.
class Workspace
{
public:
    ~Workspace();

    // Opens the workspace in dataDir (created if missing).
    static Result<std::unique_ptr<Workspace>> open(const QString &dataDir, const Clock &clock);
    // dataDir from --data-dir, else LEXECON_DATA_DIR, else the platform's app data dir.
    static QString resolveDataDir(const QString &fromCommandLine);

    QString dataDir() const { return m_dataDir; }
    const Clock &clock() const { return m_clock; }
    std::shared_ptr<Database> database() const { return m_db; }
    LedgerWriter &ledger() { return *m_ledger; }

private:
    Workspace(QString dataDir, const Clock &clock);

    QString m_dataDir;
    const Clock &m_clock;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<LedgerWriter> m_ledger;
};

} // namespace Lexecon
