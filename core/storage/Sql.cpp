#include "Sql.h"

#include <QSqlError>

namespace Lexecon::Sql {

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
