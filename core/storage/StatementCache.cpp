#include "StatementCache.h"

#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>

namespace Lexecon {

StatementCache *StatementCache::of(QSqlDatabase &db)
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

Result<QSqlQuery> StatementCache::prepare(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error::internal(QStringLiteral("database: cannot prepare \"%1\": %2").arg(sql.left(80), query.lastError().text()));
    return query;
}

} // namespace Lexecon
