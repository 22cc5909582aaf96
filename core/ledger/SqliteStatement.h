#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace Lexecon {

// One statement prepared once on the raw SQLite handle behind a QSqlDatabase, for the ledger's
// hot paths: QSqlQuery costs several microseconds per exec in QVariant binding and bookkeeping,
// which the writer thread paid for every statement of every append. Bound text and blobs are
// SQLITE_STATIC: they must stay alive until step() returns. Finalize (or destroy) it before the
// connection closes. Used on the connection's own thread only.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The sqlite3 handle of a QSQLITE connection, or nullptr for any other driver.
    static sqlite3 *handle(const QSqlDatabase &conn);

    Result<void> prepare(sqlite3 *db, const char *sql);
    bool isPrepared() const { return m_stmt != nullptr; }
    void finalize();

    void bind(int column, qint64 value);
    void bindText(int column, QByteArrayView utf8);
    void bindBlob(int column, QByteArrayView bytes);
    // Runs a statement that returns no rows and resets it; the error names `what` failed and why.
    Result<void> run(const char *what);
    // Steps once: true for a row, false when done (then call reset()); an error otherwise.
    Result<bool> step(const char *what);
    void reset();
    qint64 columnInt(int column) const;
    QByteArrayView columnBytes(int column) const; // valid until the next step or reset

private:
    Error failure(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace Lexecon
