#include "CachedStatement.h"

#include <QHash>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>

#include <sqlite3.h>

namespace Lexecon {

namespace {

// The prepared queries of one connection, a child of its driver: QtSql finalizes their
// statements when the connection closes, and the cache goes when the driver is deleted.
class RawStatementCache : public QObject
{
public:
    explicit RawStatementCache(QSqlDriver *driver) : QObject(driver) {}
    QHash<const char *, QSqlQuery> statements;
};

RawStatementCache *cacheFor(QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    // The last cache this thread used; a deleted driver's cache is gone, so the pointer is null.
    thread_local QSqlDriver *lastDriver = nullptr;
    thread_local QPointer<RawStatementCache> last;
    if (last && lastDriver == driver)
        return last.data();
    RawStatementCache *cache = nullptr;
    for (QObject *child : driver->children()) {
        if ((cache = dynamic_cast<RawStatementCache *>(child)))
            break;
    }
    if (!cache)
        cache = new RawStatementCache(driver);
    lastDriver = driver;
    last = cache;
    return cache;
}

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
    RawStatementCache *cache = cacheFor(conn);
    if (!cache)
        return Error::internal(QStringLiteral("database: no open connection to run \"%1\"").arg(QLatin1String(sql).left(80)));
    auto it = cache->statements.find(sql);
    if (it != cache->statements.end()) {
        if (sqlite3_stmt *stmt = handleOf(*it))
            return CachedStatement(stmt, sql);
        cache->statements.erase(it); // finalized when its connection closed: prepare it again
    }
    QSqlQuery query(conn);
    query.setForwardOnly(true);
    if (!query.prepare(QString::fromLatin1(sql)))
        return Error::internal(QStringLiteral("database: cannot prepare \"%1\": %2")
                                   .arg(QLatin1String(sql).left(80), query.lastError().text()));
    sqlite3_stmt *stmt = handleOf(query);
    if (!stmt)
        return Error::internal(
            QStringLiteral("database: \"%1\" needs a SQLite connection (driver QSQLITE)").arg(QLatin1String(sql).left(80)));
    cache->statements.insert(sql, query);
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
