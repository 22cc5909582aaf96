#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace Lexecon::Sql {

// Prepares and runs one statement with positional (?) bindings. The error names the statement.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

// Runs a statement that must change exactly one row (or at least one row when atLeastOne).
Result<void> execOne(QSqlDatabase &db, const QString &sql, const QVariantList &bindings);

} // namespace Lexecon::Sql
