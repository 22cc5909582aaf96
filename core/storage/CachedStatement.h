#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3_stmt;

namespace Lexecon {

// A statement that changes rows (an INSERT of every decision on the ledger writer's connection),
// prepared once per connection and bound with raw SQLite calls. Sql::execCached costs several
// microseconds per statement in QVariant binds, UTF-16 text SQLite converts back to UTF-8, and
// allocations, all on the one writer thread. Here the caller encodes the values beforehand (on
// its own thread) and the writer only binds pointers to them.
//
// The statement itself belongs to a QSqlQuery kept in the connection's StatementCache (Sql's
// too), so QtSql finalizes it when the connection closes: a raw statement left
// open would make that close fail. Use it on the connection's own thread only.
class CachedStatement
{
public:
    // The statement for sql on conn, prepared on first use. sql must have static storage (a
    // string literal): its address is the cache key.
    static Result<CachedStatement> get(QSqlDatabase &conn, const char *sql);

    // Bound text and blobs are not copied (SQLITE_STATIC): keep them alive until run() returns.
    // A null QByteArray binds SQL NULL (as QtSql binds a null QString or QByteArray); an empty
    // non-null one binds '' or an empty blob. Columns count from 1.
    void bindText(int column, const QByteArray &utf8);
    void bindBlob(int column, const QByteArray &bytes);
    void bind(int column, qint64 value);
    void bindNull(int column);

    // Runs the statement, which must change exactly one row, and resets it for the next use.
    // The error names the statement and SQLite's reason.
    Result<void> runOne();

    // UTF-8 of s, keeping the difference QtSql makes: a null QString gives a null array (NULL),
    // an empty one an empty non-null array ('').
    static QByteArray text(const QString &s);
    // UTF-8 of s, or a null array (NULL) when s is empty: Sql::nullIfEmpty for bound text.
    static QByteArray textOrNull(const QString &s);

private:
    CachedStatement(sqlite3_stmt *stmt, const char *sql) : m_stmt(stmt), m_sql(sql) {}

    sqlite3_stmt *m_stmt;
    const char *m_sql;
};

} // namespace Lexecon
