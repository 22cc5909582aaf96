#include "CachedStatement.h"

#include "StatementCache.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>

#include <sqlite3.h>

namespace Lexecon {

namespace {

// The sqlite3_stmt behind a prepared QSQLITE query; nullptr once QtSql finalized it (the
// connection closed) or for another driver.
sqlite3_stmt *handleOf(const QSqlQuery &query)
{
    const QSqlResult *result = query.result();
    if (!result)
        return nullptr;
    const QVariant h = result->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<sqlite3_stmt *const *>(h.constData());
}

} // namespace

Result<CachedStatement> CachedStatement::get(QSqlDatabase &conn, const char *sql)
{
    StatementCache *cache = StatementCache::of(conn);
    if (!cache)
        return Error::internal(QStringLiteral("database: no open connection to run \"%1\"").arg(QLatin1String(sql).left(80)));
    auto it = cache->byLiteral.find(sql);
    if (it != cache->byLiteral.end()) {
        if (sqlite3_stmt *stmt = handleOf(*it))
            return CachedStatement(stmt, sql);
        cache->byLiteral.erase(it); // finalized when its connection closed: prepare it again
    }
    auto prepared = StatementCache::prepare(conn, QString::fromLatin1(sql));
    if (!prepared)
        return prepared.error();
    const QSqlQuery &query = *prepared;
    sqlite3_stmt *stmt = handleOf(query);
    if (!stmt)
        return Error::internal(
            QStringLiteral("database: \"%1\" needs a SQLite connection (driver QSQLITE)").arg(QLatin1String(sql).left(80)));
    cache->byLiteral.insert(sql, query);
    return CachedStatement(stmt, sql);
}

void CachedStatement::bindText(int column, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, column);
    else
        sqlite3_bind_text(m_stmt, column, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void CachedStatement::bindBlob(int column, const QByteArray &bytes)
{
    if (bytes.isNull())
        sqlite3_bind_null(m_stmt, column);
    else
        sqlite3_bind_blob(m_stmt, column, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void CachedStatement::bind(int column, qint64 value)
{
    sqlite3_bind_int64(m_stmt, column, value);
}

void CachedStatement::bindNull(int column)
{
    sqlite3_bind_null(m_stmt, column);
}

Result<void> CachedStatement::runOne()
{
    sqlite3 *db = sqlite3_db_handle(m_stmt);
    const int rc = sqlite3_step(m_stmt);
    Result<void> result;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        result = Error::internal(QStringLiteral("database: \"%1\" failed: %2")
                                     .arg(QLatin1String(m_sql).left(80), QString::fromUtf8(sqlite3_errmsg(db))));
    } else if (const int changed = sqlite3_changes(db); changed != 1) {
        result = Error::conflict(
            QStringLiteral("database: \"%1\" changed %2 rows, expected 1").arg(QLatin1String(m_sql).left(80)).arg(changed));
    }
    sqlite3_reset(m_stmt);
    // The bound buffers belong to the caller and die after this: no dangling pointers stay bound.
    sqlite3_clear_bindings(m_stmt);
    return result;
}

QByteArray CachedStatement::text(const QString &s)
{
    if (s.isNull())
        return QByteArray();
    if (s.isEmpty())
        return QByteArray("", 0);
    return s.toUtf8();
}

QByteArray CachedStatement::textOrNull(const QString &s)
{
    return s.isEmpty() ? QByteArray() : s.toUtf8();
}

} // namespace Lexecon
