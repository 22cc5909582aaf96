#include "Bench.h"

#include "common/Clock.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Lexecon;

namespace {

// Fills a fresh ledger with N entries in large transactions, then times a full verification.
QJsonObject ledgerVerify(const QStringList &args)
{
    const qint64 count = benchOption(args, QStringLiteral("entries"), 100000);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!db)
        return {{QStringLiteral("error"), db.error().message}};
    LedgerWriter writer(*db, Clock::system());
    auto genesis = writer.ensureGenesis({{QStringLiteral("node_id"), QStringLiteral("bench")}});
    QString prev = genesis->entryHash;
    const qint64 batch = 20000;
    for (qint64 start = 1; start <= count; start += batch) {
        auto r = (*db)->write([&](QSqlDatabase &conn) -> Result<void> {
            for (qint64 i = start; i < std::min(count + 1, start + batch); ++i) {
                const LedgerEntry e = LedgerEntry::make(
                    i, QStringLiteral("2026-11-22T10:00:00.000Z"), QStringLiteral("decision"), QStringLiteral("apikey:bench"),
                    {{QStringLiteral("decision_id"), QStringLiteral("dec_01JD0000000000000000000000")},
                     {QStringLiteral("outcome"), QStringLiteral("approved")},
                     {QStringLiteral("risk_score"), 12}},
                    prev);
                if (auto ins = Sql::execOne(conn,
                                            QStringLiteral("INSERT INTO ledger_entries (idx, timestamp, type, actor, entry_hash, "
                                                           "canonical) VALUES (?, ?, ?, ?, ?, ?)"),
                                            {e.index, e.timestamp, e.type, e.actor, e.entryHash, e.canonical});
                    !ins)
                    return ins;
                prev = e.entryHash;
            }
            return {};
        });
        if (!r)
            return {{QStringLiteral("error"), r.error().message}};
    }
    QElapsedTimer timer;
    timer.start();
    auto report = LedgerVerifier(*db).verify();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {{QStringLiteral("entries"), report->entries},
            {QStringLiteral("ok"), report->ok},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("entries_per_s"), qint64(double(report->entries) / seconds)}};
}

const BenchRegistration registration(QStringLiteral("ledger-verify"), ledgerVerify);

} // namespace
