#include "Sql.h"

#include <QHash>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>

namespace Lexecon::Sql {

namespace {

// Prepared statements of one connection, a child of its driver: deleted with the driver, and
// used only by the thread that owns the connection (Database opens one per thread).
class StatementCache : public QObject
{
public:
    static constexpr qsizetype MaxStatements = 64; // a bound for SQL texts built at run time

    explicit StatementCache(QSqlDriver *driver) : QObject(driver) {}
    QHash<QString, QSqlQuery> statements;
};

StatementCache *cacheFor(QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    // The last cache this thread used; a deleted driver's cache is gone, so the pointer is null.
    thread_local QSqlDriver *lastDriver = nullptr;
    thread_local QPointer<StatementCache> last;
    if (last && lastDriver == driver)
        return last.data();
    StatementCache *cache = nullptr;
    for (QObject *child : driver->children()) {
        if ((cache = dynamic_cast<StatementCache *>(child)))
            break;
    }
    if (!cache)
        cache = new StatementCache(driver);
    lastDriver = driver;
    last = cache;
    return cache;
}

} // namespace

QVariantList paged(QVariantList bindings, int limit, int offset)
{
    bindings << qMax(0, limit) << qMax(0, offset);
    return bindings;
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error::internal(QStringLiteral("database: cannot prepare \"%1\": %2").arg(sql.left(80), query.lastError().text()));
    for (const QVariant &v : bindings)
        query.addBindValue(v);
    if (!query.exec())
        return Error::internal(QStringLiteral("database: \"%1\" failed: %2").arg(sql.left(80), query.lastError().text()));
    return query;
}

Result<void> execOne(QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto q = exec(db, sql, bindings);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(QStringLiteral("database: \"%1\" changed %2 rows, expected 1").arg(sql.left(80)).arg(q->numRowsAffected()));
    return {};
}

Result<QSqlQuery> execCached(QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    StatementCache *cache = cacheFor(db);
    if (!cache)
        return exec(db, sql, bindings);
    auto it = cache->statements.find(sql);
    if (it == cache->statements.end()) {
        if (cache->statements.size() >= StatementCache::MaxStatements)
            cache->statements.clear();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return Error::internal(
                QStringLiteral("database: cannot prepare \"%1\": %2").arg(sql.left(80), query.lastError().text()));
        it = cache->statements.insert(sql, query);
    }
    QSqlQuery &query = *it;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings.at(i));
    if (!query.exec()) {
        const QString why = query.lastError().text();
        // A statement that failed is prepared afresh next time (the connection may have changed).
        cache->statements.erase(it);
        return Error::internal(QStringLiteral("database: \"%1\" failed: %2").arg(sql.left(80), why));
    }
    return query;
}

Result<void> execOneCached(QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto q = execCached(db, sql, bindings);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(QStringLiteral("database: \"%1\" changed %2 rows, expected 1")
                                   .arg(sql.left(80))
                                   .arg(q->numRowsAffected()));
    return {};
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullIfNegative(qint64 n)
{
    return n < 0 ? QVariant() : QVariant(n);
}

qint64 int64OrNegative(const QVariant &v)
{
    return v.isNull() ? -1 : v.toLongLong();
}

} // namespace Lexecon::Sql
