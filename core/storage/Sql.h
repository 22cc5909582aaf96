#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <type_traits>

namespace Lexecon::Sql {

// bindings followed by LIMIT and OFFSET values (negative ones count as 0), for "... LIMIT ? OFFSET ?".
QVariantList paged(QVariantList bindings, int limit, int offset);

// Prepares and runs one statement with positional (?) bindings. The error names the statement.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

// Runs a statement that must change exactly one row (or at least one row when atLeastOne).
Result<void> execOne(QSqlDatabase &db, const QString &sql, const QVariantList &bindings);

// Like exec and execOne, but the statement is prepared once per connection and SQL text and
// reused afterwards (only the values are bound again). For statements that run many times on one
// connection, such as the inserts of every decision on the ledger writer's connection: preparing
// costs more than running a small INSERT. The cache lives with the connection's driver and goes
// with it. The returned query shares the cached statement: read it before the next cached call
// with the same text on this connection, and finish() a SELECT once read so that it does not
// keep its read transaction open.
Result<QSqlQuery> execCached(QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});
Result<void> execOneCached(QSqlDatabase &db, const QString &sql, const QVariantList &bindings);

// Runs a SELECT and maps every row with fromRow (a callable taking const QSqlQuery &), in result order.
// Services keep their own SQL and row mapping; this only removes the loop each of them repeated.
template<typename FromRow>
auto selectAll(QSqlDatabase &db, const QString &sql, const QVariantList &bindings, FromRow &&fromRow)
    -> Result<QList<std::invoke_result_t<FromRow &, const QSqlQuery &>>>
{
    auto q = exec(db, sql, bindings);
    if (!q)
        return q.error();
    QList<std::invoke_result_t<FromRow &, const QSqlQuery &>> rows;
    while (q->next())
        rows.append(fromRow(std::as_const(*q)));
    return rows;
}

// The one row a lookup by key expects, or NotFound with message when there is none.
template<typename T>
Result<T> firstOrNotFound(Result<QList<T>> rows, const QString &message)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::notFound(message);
    return rows->first();
}

// SQL NULL for an empty string, so optional text columns hold NULL rather than ''.
QVariant nullIfEmpty(const QString &s);

// SQL NULL for a negative number: services use -1 for "no ledger index yet".
QVariant nullIfNegative(qint64 n);

// The inverse of nullIfNegative: -1 for SQL NULL.
qint64 int64OrNegative(const QVariant &v);

} // namespace Lexecon::Sql
