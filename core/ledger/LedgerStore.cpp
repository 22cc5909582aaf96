#include "LedgerStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlDriver>

#include <limits>

#include <sqlite3.h>

namespace Lexecon {

LedgerStore::LedgerStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

Result<qint64> LedgerStore::size()
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT COALESCE(MAX(idx) + 1, 0) FROM ledger_entries"));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<LedgerEntry> LedgerStore::entry(qint64 index)
{
    auto list = entries(index, 1);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(QStringLiteral("the ledger has no entry %1").arg(index));
    return list->first();
}

Result<QList<LedgerEntry>> LedgerStore::entries(qint64 from, qint64 count)
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT canonical FROM ledger_entries WHERE idx >= ? ORDER BY idx LIMIT ?"),
                       {from, count});
    if (!q)
        return q.error();
    QList<LedgerEntry> out;
    while (q->next())
        out.append(LedgerEntry::fromCanonical(q->value(0).toByteArray()));
    return out;
}

Result<void> LedgerStore::scan(qint64 from, const std::function<bool(qint64, QByteArrayView, QByteArrayView)> &visit)
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT idx, entry_hash, canonical FROM ledger_entries WHERE idx >= ? ORDER BY idx"),
                       {from});
    if (!q)
        return q.error();
    while (q->next()) {
        const QByteArray hash = q->value(1).toByteArray();
        const QByteArray canonical = q->value(2).toByteArray();
        if (!visit(q->value(0).toLongLong(), hash, canonical))
            break;
    }
    return {};
}

Result<void> LedgerStore::scanRows(qint64 from, const std::function<bool(const LedgerRow &)> &visit)
{
    static const char kSql[] =
        "SELECT idx, entry_hash, canonical, type, actor, timestamp FROM ledger_entries WHERE idx >= ? ORDER BY idx";
    QSqlDatabase conn = m_db->connection();
    // Verification walks every row: on SQLite, step the statement directly and hand out views of
    // the column memory (valid until the next step), instead of a QVariant copy per column.
    const QVariant handle = conn.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, kSql, -1, &stmt, nullptr) != SQLITE_OK)
            return Error::internal(QStringLiteral("database: cannot read the ledger: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_bind_int64(stmt, 1, from);
        const auto column = [stmt](int i) {
            const void *data = sqlite3_column_blob(stmt, i);
            return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(stmt, i));
        };
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const LedgerRow row{sqlite3_column_int64(stmt, 0), column(1), column(2), column(3), column(4), column(5)};
            if (!visit(row)) {
                rc = SQLITE_DONE;
                break;
            }
        }
        const QString problem = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        if (!problem.isEmpty())
            return Error::internal(QStringLiteral("database: reading the ledger failed: %1").arg(problem));
        return {};
    }

    auto q = Sql::exec(conn, QString::fromLatin1(kSql), {from});
    if (!q)
        return q.error();
    while (q->next()) {
        const QByteArray hash = q->value(1).toByteArray();
        const QByteArray canonical = q->value(2).toByteArray();
        const QByteArray type = q->value(3).toByteArray();
        const QByteArray actor = q->value(4).toByteArray();
        const QByteArray timestamp = q->value(5).toByteArray();
        if (!visit(LedgerRow{q->value(0).toLongLong(), hash, canonical, type, actor, timestamp}))
            break;
    }
    return {};
}

namespace {

// The WHERE clause and binds a LedgerFilter adds after a first condition on idx.
void appendFilter(const LedgerFilter &filter, QString &sql, QVariantList &binds)
{
    if (!filter.type.isEmpty()) {
        sql += QStringLiteral(" AND type = ?");
        binds << filter.type;
    }
    if (!filter.text.isEmpty()) {
        // The user's text is matched literally: % and _ are not wildcards here.
        QString pattern = filter.text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        // canonical is a BLOB: SQLite's LIKE matches a BLOB only once it is cast to TEXT.
        sql += QStringLiteral(" AND (type LIKE ? ESCAPE '\\' OR actor LIKE ? ESCAPE '\\'"
                              " OR CAST(canonical AS TEXT) LIKE ? ESCAPE '\\')");
        binds << pattern << pattern << pattern;
    }
}

Result<QList<LedgerEntry>> readEntries(const std::shared_ptr<Database> &db, const QString &sql,
                                       const QVariantList &binds)
{
    QSqlDatabase conn = db->connection();
    auto q = Sql::exec(conn, sql, binds);
    if (!q)
        return q.error();
    QList<LedgerEntry> out;
    while (q->next()) {
        LedgerEntry e = LedgerEntry::fromCanonical(q->value(1).toByteArray());
        // The stored hash, as the table has it; the verifier is what compares it with the bytes.
        e.entryHash = q->value(0).toString();
        out.append(e);
    }
    return out;
}

} // namespace

Result<QList<LedgerEntry>> LedgerStore::newestFirst(const LedgerFilter &filter, qint64 before, int count)
{
    QString sql = QStringLiteral("SELECT entry_hash, canonical FROM ledger_entries WHERE idx < ?");
    QVariantList binds{before < 0 ? std::numeric_limits<qint64>::max() : before};
    appendFilter(filter, sql, binds);
    sql += QStringLiteral(" ORDER BY idx DESC LIMIT ?");
    binds << count;
    return readEntries(m_db, sql, binds);
}

Result<QList<LedgerEntry>> LedgerStore::matchingFrom(const LedgerFilter &filter, qint64 from, int count)
{
    QString sql = QStringLiteral("SELECT entry_hash, canonical FROM ledger_entries WHERE idx >= ?");
    QVariantList binds{from};
    appendFilter(filter, sql, binds);
    sql += QStringLiteral(" ORDER BY idx LIMIT ?");
    binds << count;
    return readEntries(m_db, sql, binds);
}

Result<QStringList> LedgerStore::types()
{
    // One scan. The loose index scan this used to be (a MIN(type) probe per type) lost its index in
    // 017_ledger_speed, and without it every probe became a full scan: N + 1 scans for N types.
    // The desktop runs it off the GUI thread.
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT DISTINCT type FROM ledger_entries ORDER BY type"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace Lexecon
