#include "SqliteStatement.h"

#include "storage/Database.h"

#include <QVariant>

#include <sqlite3.h>

namespace Lexecon {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &conn)
{
    return Database::sqliteHandle(conn);
}

Result<void> SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    finalize();
    m_db = db;
    if (!db)
        return Error::internal(QStringLiteral("the ledger needs an open SQLite connection to prepare \"%1\"")
                                   .arg(QLatin1String(sql)));
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        return Error::internal(QStringLiteral("the ledger cannot prepare \"%1\": %2")
                                   .arg(QLatin1String(sql), QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return {};
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void SqliteStatement::bind(int column, qint64 value)
{
    sqlite3_bind_int64(m_stmt, column, value);
}

void SqliteStatement::bindText(int column, QByteArrayView utf8)
{
    sqlite3_bind_text(m_stmt, column, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int column, QByteArrayView bytes)
{
    sqlite3_bind_blob(m_stmt, column, bytes.data() ? bytes.data() : "", int(bytes.size()), SQLITE_STATIC);
}

Error SqliteStatement::failure(const char *what) const
{
    return Error::internal(
        QStringLiteral("the ledger could not %1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Result<void> SqliteStatement::run(const char *what)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return {};
    }
    Error error = failure(what);
    sqlite3_reset(m_stmt);
    return error;
}

Result<bool> SqliteStatement::step(const char *what)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = failure(what);
    sqlite3_reset(m_stmt);
    return error;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArrayView SqliteStatement::columnBytes(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

} // namespace Lexecon
