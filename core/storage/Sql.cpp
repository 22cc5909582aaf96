#include "Sql.h"

#include "StatementCache.h"

#include <QSqlError>

namespace Lexecon::Sql {

QVariantList paged(QVariantList bindings, int limit, int offset)
{
    bindings << qMax(0, limit) << qMax(0, offset);
    return bindings;
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto prepared = StatementCache::prepare(db, sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery query = std::move(prepared).value();
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
    StatementCache *cache = StatementCache::of(db);
    if (!cache)
        return exec(db, sql, bindings);
    auto it = cache->byText.find(sql);
    if (it == cache->byText.end()) {
        if (cache->byText.size() >= StatementCache::MaxStatements)
            cache->byText.clear();
        auto prepared = StatementCache::prepare(db, sql);
        if (!prepared)
            return prepared.error();
        it = cache->byText.insert(sql, *prepared);
    }
    QSqlQuery &query = *it;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings.at(i));
    if (!query.exec()) {
        const QString why = query.lastError().text();
        // A statement that failed is prepared afresh next time (the connection may have changed).
        cache->byText.erase(it);
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
