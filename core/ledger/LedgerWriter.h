#pragma once

#include "LedgerEntry.h"
#include "common/Result.h"

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Lexecon {

class Clock;
class Database;

// What a service appends: the entry, and the service's own rows, written in the same
// transaction once the entry has its index, so both are durable together or not at all.
struct LedgerAppend
{
    QString type;
    QString actor;
    QJsonObject payload;
    std::function<Result<void>(QSqlDatabase &, const LedgerEntry &)> alsoWrite;
};

// The only writer of the ledger. Every state change in the core goes through append().
class LedgerWriter : public QObject
{
    Q_OBJECT
public:
    LedgerWriter(std::shared_ptr<Database> db, const Clock &clock);

    // Appends and returns the entry once it is committed (synchronous=FULL: on disk).
    Result<LedgerEntry> append(const LedgerAppend &request);
    // Writes entry 0 (type genesis) if the ledger is empty; a no-op otherwise.
    Result<LedgerEntry> ensureGenesis(const QJsonObject &payload);

Q_SIGNALS:
    // Emitted after the commit, from the appending thread.
    void appended(qint64 index, const QString &type);

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    QMutex m_mutex;
};

} // namespace Lexecon
