#include "StoreFixture.h"

#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace Lexecon::Test {

StoreFixture::StoreFixture() = default;
StoreFixture::~StoreFixture() = default;

Result<void> StoreFixture::open(const QJsonObject &genesis)
{
    if (auto opened = openDatabase(); !opened)
        return opened;
    return startLedger(genesis);
}

Result<void> StoreFixture::openDatabase()
{
    // The writer holds the database and the database lives in the dir: release them in that order.
    ledger.reset();
    db.reset();
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return Error::internal(QStringLiteral("cannot create a temporary dir: %1").arg(dir->errorString()));
    auto opened = Database::open(dir->filePath(QStringLiteral("w.db")));
    if (!opened)
        return opened.error();
    db = *opened;
    return {};
}

Result<void> StoreFixture::startLedger(const QJsonObject &genesis)
{
    ledger = std::make_unique<LedgerWriter>(db, clock);
    auto entry = ledger->ensureGenesis(genesis);
    if (!entry)
        return entry.error();
    return {};
}

qint64 StoreFixture::rowCount(const QString &table) const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
}

qint64 StoreFixture::scalar(const QString &sql) const
{
    QSqlDatabase conn = db->connection();
    auto q = Sql::exec(conn, sql);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

qint64 StoreFixture::ledgerSize() const
{
    return LedgerStore(db).size().value();
}

} // namespace Lexecon::Test
