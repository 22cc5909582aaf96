#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;
class Principal;

// Settings that belong to the workspace (not to one desk): its name, SLA durations, risk weights.
// A change is a ledger entry "setting_changed", so who changed what is on record.
class WorkspaceSettings
{
public:
    WorkspaceSettings(std::shared_ptr<Database> db, LedgerWriter &ledger, const Clock &clock);

    QString value(const QString &key, const QString &fallback = QString()) const;
    Result<void> setValue(const QString &key, const QString &value, const Principal &by);

private:
    std::shared_ptr<Database> m_db;
    LedgerWriter &m_ledger;
    const Clock &m_clock;
};

} // namespace Lexecon
