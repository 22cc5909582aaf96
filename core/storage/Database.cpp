#include "Database.h"

#include "Sql.h"
#include "WalWriteCoalescer.h"

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace Lexecon {

namespace {

// How long a connection waits for another's write lock (ms), as PRAGMA busy_timeout says.
constexpr int BusyTimeoutMs = 30000;

// The writer connection's busy handler. SQLite's own (busy_timeout) sleeps 1, 2, 5, 10, 15, 20,
// 25... ms between attempts, so a write lock held for 1.5 ms (a checkpoint being signed on
// another connection, the CLI beside the server) kept the ledger writer, and every decision
// queued behind it, waiting 3 ms. The writer tries again every 100 us instead, for as long.
int writerBusy(void *, int attempts)
{
    thread_local std::chrono::steady_clock::time_point waitingSince;
    const auto now = std::chrono::steady_clock::now();
    if (attempts == 0)
        waitingSince = now;
    else if (now - waitingSince >= std::chrono::milliseconds(BusyTimeoutMs))
        return 0; // SQLITE_BUSY, as busy_timeout would give
    QThread::usleep(100);
    return 1;
}

// This thread's open connections, by Database serial. Removed when the thread ends (from that
// thread, as QtSql requires) or when their Database is destroyed on this thread.
struct ThreadConnections
{
    QHash<quint64, QString> names;
    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            closeAndRemove(name);
    }
    static void closeAndRemove(const QString &name)
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

thread_local ThreadConnections t_connections;
std::atomic<quint64> g_nextSerial{1};

// Splits a migration file into statements. Trigger bodies (BEGIN ... END;) hold inner semicolons.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0;
    static const QRegularExpression beginAtEnd(QStringLiteral("\\bBEGIN$"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (beginAtEnd.match(line).hasMatch())
            ++depth;
        if (depth > 0 && line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)
            --depth;
        if (depth == 0 && line.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path)), m_serial(g_nextSerial++), m_connectionPrefix(QStringLiteral("lexecon-%1-").arg(m_serial))
{
}

Database::~Database()
{
    // Connections of other threads close when those threads end.
    const QString name = t_connections.names.take(m_serial);
    if (!name.isEmpty())
        ThreadConnections::closeAndRemove(name);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path)
{
    // SQLite counts every allocation under one global mutex unless told not to; nothing here
    // reads those counts, and the writer and 32 callers took that mutex for each malloc and free.
    // It must be set before SQLite initializes (the first connection); later it is refused, harmlessly.
    // (The writer's write phase: 37.6-38.5 -> 35.8-36.5 us per decision in three interleaved pairs.)
    static const int memoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(memoryStatistics);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::invalid(QStringLiteral("data_dir"), QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
    std::shared_ptr<Database> db(new Database(info.absoluteFilePath()));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return Error::internal(QStringLiteral("cannot open the database %1: %2").arg(path, conn.lastError().text()));
    // A file that is not SQLite fails here with a clear message instead of later in a query.
    auto probe = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe)
        return Error::integrity(QStringLiteral("%1 is not a readable Lexecon workspace database (%2)").arg(path, probe.error().message));
    probe->finish(); // an unfinished read would block migrations that drop or rebuild a table
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

QSqlDatabase Database::openConnection(const QString &name, Role role)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    const char *coalescing = role == Role::Writer ? WalWriteCoalescer::vfsName() : nullptr;
    if (coalescing) {
        // A URI is the only way to choose a VFS through QtSql; the path is percent-encoded in it.
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?vfs=")
                           + QLatin1String(coalescing));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1;QSQLITE_OPEN_URI").arg(BusyTimeoutMs));
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    }
    if (!db.open())
        return db;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs));
    // Savepoint journals in memory: the ledger writer opens a savepoint per append, and SQLite
    // spills a savepoint's journal of original pages to a temporary file past 64 KiB, costing
    // file creation and a write per page for every decision (3-4x the decide throughput).
    q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    if (role == Role::Writer) {
        if (sqlite3 *handle = sqliteHandle(db))
            sqlite3_busy_handler(handle, writerBusy, nullptr); // after busy_timeout, which it replaces
    }
    return db;
}

QSqlDatabase Database::connection()
{
    return connection(Role::Any);
}

QSqlDatabase Database::writerConnection()
{
    return connection(Role::Writer);
}

QSqlDatabase Database::connection(Role role)
{
    auto it = t_connections.names.constFind(m_serial);
    if (it != t_connections.names.constEnd())
        return QSqlDatabase::database(*it, false);
    static std::atomic<quint64> nextThread{1};
    const QString name = m_connectionPrefix + QString::number(nextThread++);
    t_connections.names.insert(m_serial, name);
    return openConnection(name, role);
}

sqlite3 *Database::sqliteHandle(const QSqlDatabase &conn)
{
    if (!conn.isOpen() || !conn.driver())
        return nullptr;
    const QVariant h = conn.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

Result<void> Database::write(const std::function<Result<void>(QSqlDatabase &)> &work)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error::internal(QStringLiteral("database is not writable: %1").arg(q.lastError().text()));
    Result<void> result = work(db);
    if (!result) {
        q.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString reason = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return Error::internal(QStringLiteral("database commit failed: %1").arg(reason));
    }
    return {};
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    auto q = Sql::exec(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!q || !q->next())
        return 0;
    return q->value(0).toInt();
}

Result<void> Database::migrate()
{
    QSqlDatabase db = connection();
    if (auto created = Sql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                     "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        !created)
        return created.error();

    QStringList files = QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : std::as_const(files)) {
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt();
        if (version <= 0)
            continue;
        Result<void> applied = write([&](QSqlDatabase &conn) -> Result<void> {
            auto seen = Sql::exec(conn, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"), {version});
            if (!seen)
                return seen.error();
            if (seen->next())
                return {};
            QFile f(QStringLiteral(":/schema/") + file);
            if (!f.open(QIODevice::ReadOnly))
                return Error::internal(QStringLiteral("migration %1 is missing").arg(file));
            for (const QString &statement : splitStatements(QString::fromUtf8(f.readAll()))) {
                if (auto r = Sql::exec(conn, statement); !r)
                    return Error::internal(QStringLiteral("migration %1: %2").arg(file, r.error().message));
            }
            // Every migration ends by incrementing schema_version, so every connection, this one
            // included, reads the definitions again. A CREATE or DROP reloads only the others;
            // a definition edited in place (025, 026: SQLite's procedure for CHECK changes) would
            // otherwise keep its old rules on this connection until it was reopened.
            auto cookie = Sql::exec(conn, QStringLiteral("PRAGMA schema_version"));
            if (!cookie || !cookie->next())
                return Error::internal(QStringLiteral("migration %1: cannot read schema_version").arg(file));
            const qint64 next = cookie->value(0).toLongLong() + 1;
            cookie->finish();
            if (auto bumped = Sql::exec(conn, QStringLiteral("PRAGMA schema_version = %1").arg(next)); !bumped)
                return Error::internal(QStringLiteral("migration %1: %2").arg(file, bumped.error().message));
            return Sql::execOne(conn,
                                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                                {version, file, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        });
        if (!applied)
            return applied.error();
    }
    return {};
}

} // namespace Lexecon
