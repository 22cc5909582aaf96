#include "LedgerWriter.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QMutexLocker>

namespace Lexecon {

namespace {

Result<void> insertEntry(QSqlDatabase &conn, const LedgerEntry &e)
{
    return Sql::execOne(conn,
                        QStringLiteral("INSERT INTO ledger_entries (idx, timestamp, type, actor, entry_hash, canonical) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {e.index, e.timestamp, e.type, e.actor, e.entryHash, e.canonical});
}

} // namespace

LedgerWriter::LedgerWriter(std::shared_ptr<Database> db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<LedgerEntry> LedgerWriter::append(const LedgerAppend &request)
{
    if (request.type.isEmpty() || request.type == QLatin1String("genesis"))
        return Error::invalid(QStringLiteral("type"), QStringLiteral("a ledger entry needs a type other than genesis"));
    LedgerEntry entry;
    {
        QMutexLocker lock(&m_mutex);
        Result<void> written = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
            // Read the tail inside the write transaction: another process may have appended.
            auto tail = Sql::exec(conn, QStringLiteral("SELECT idx, entry_hash FROM ledger_entries ORDER BY idx DESC LIMIT 1"));
            if (!tail)
                return tail.error();
            if (!tail->next())
                return Error::conflict(QStringLiteral("the ledger has no genesis entry; run init first"));
            entry = LedgerEntry::make(tail->value(0).toLongLong() + 1, Timestamp::format(m_clock.nowMs()), request.type,
                                      request.actor, request.payload, tail->value(1).toString());
            tail->finish();
            if (auto r = insertEntry(conn, entry); !r)
                return r;
            if (request.alsoWrite)
                return request.alsoWrite(conn, entry);
            return {};
        });
        if (!written)
            return written.error();
    }
    Q_EMIT appended(entry.index, entry.type);
    return entry;
}

Result<LedgerEntry> LedgerWriter::ensureGenesis(const QJsonObject &payload)
{
    QMutexLocker lock(&m_mutex);
    LedgerEntry entry;
    Result<void> written = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
        auto existing = Sql::exec(conn, QStringLiteral("SELECT canonical FROM ledger_entries WHERE idx = 0"));
        if (!existing)
            return existing.error();
        if (existing->next()) {
            entry = LedgerEntry::fromCanonical(existing->value(0).toByteArray());
            return {};
        }
        entry = LedgerEntry::make(0, Timestamp::format(m_clock.nowMs()), QStringLiteral("genesis"),
                                  QStringLiteral("system"), payload, LedgerEntry::zeroHash());
        return insertEntry(conn, entry);
    });
    if (!written)
        return written.error();
    return entry;
}

} // namespace Lexecon
