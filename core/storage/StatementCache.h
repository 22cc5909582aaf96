#pragma once

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Lexecon {

// The prepared statements of one connection, a child of its driver: QtSql finalizes them when the
// connection closes and the cache goes with the driver. Used only by the thread that owns the
// connection (Database opens one per thread). Sql::execCached keys statements by their text;
// CachedStatement by the address of a string literal, which costs no hashing of the SQL.
class StatementCache : public QObject
{
public:
    static constexpr qsizetype MaxStatements = 64; // a bound for SQL texts built at run time

    // The cache of db's connection, made on first use; nullptr without a driver.
    static StatementCache *of(QSqlDatabase &db);
    // A forward-only query with sql prepared on db; the error names the statement and the reason.
    static Result<QSqlQuery> prepare(QSqlDatabase &db, const QString &sql);

    QHash<QString, QSqlQuery> byText;
    QHash<const char *, QSqlQuery> byLiteral;

private:
    explicit StatementCache(QObject *driver) : QObject(driver) {}
};

} // namespace Lexecon
