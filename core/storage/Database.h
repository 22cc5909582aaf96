#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace Lexecon {

// One workspace database. SQLite (WAL, foreign keys, synchronous=FULL, busy timeout) through
// QtSql, with one connection per thread, since a QSqlDatabase may only be used by the thread
// that opened it. Schema changes are the numbered files in :/schema, applied in order.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates the database file at path.
    static Result<std::shared_ptr<Database>> open(const QString &path);

    QString path() const { return m_path; }
    // This thread's connection, opened on first use with the workspace pragmas.
    QSqlDatabase connection();
    // The same, for the thread that commits the ledger's batches: opened (if this thread has no
    // connection yet) through WalWriteCoalescer, so a commit's WAL frames go out in one write.
    QSqlDatabase writerConnection();

    // The sqlite3 handle of a QSQLITE connection, or nullptr for any other driver.
    static sqlite3 *sqliteHandle(const QSqlDatabase &conn);

    // Runs work inside BEGIN IMMEDIATE ... COMMIT on this thread's connection. An error
    // returned by work, or a failed commit, rolls everything back.
    Result<void> write(const std::function<Result<void>(QSqlDatabase &)> &work);

    int schemaVersion();

private:
    explicit Database(QString path);
    Result<void> migrate();
    enum class Role { Any, Writer };
    QSqlDatabase connection(Role role);
    QSqlDatabase openConnection(const QString &name, Role role);

    QString m_path;
    quint64 m_serial; // never reused, unlike addresses and thread handles
    QString m_connectionPrefix;
};

} // namespace Lexecon
