// Appends to a workspace ledger from several threads until it is killed, printing each
// acknowledged entry as "index entry_hash" on its own line, flushed at once: a line on stdout
// means append() returned success, so the entry must survive a SIGKILL at any later moment.
// Each entry also writes a service row (settings key crash-<index>) through alsoWrite, so the
// test can check the two are durable together.
#include "common/Clock.h"
#include "ledger/LedgerWriter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace Lexecon;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: ledger-crash-child DATABASE THREADS\n");
        return 2;
    }
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    LedgerWriter writer(*db, Clock::system());
    if (auto genesis = writer.ensureGenesis({{QStringLiteral("node_id"), QStringLiteral("crash-test")}}); !genesis) {
        std::fprintf(stderr, "%s\n", qPrintable(genesis.error().message));
        return 1;
    }
    std::mutex out;
    std::vector<std::thread> threads;
    const int count = qMax(1, args.at(2).toInt());
    for (int t = 0; t < count; ++t) {
        threads.emplace_back([&, t] {
            for (qint64 n = 0;; ++n) {
                LedgerAppend append{
                    QStringLiteral("crash_test"),
                    QStringLiteral("system"),
                    {{QStringLiteral("thread"), t}, {QStringLiteral("n"), n}},
                    [](QSqlDatabase &conn, const LedgerEntry &e) {
                        return Sql::execOne(
                            conn,
                            QStringLiteral("INSERT INTO settings (key, value, updated_at, "
                                           "updated_by) VALUES (?, ?, ?, ?)"),
                            {QStringLiteral("crash-%1").arg(e.index), e.entryHash, e.timestamp, e.actor});
                    }};
                auto e = writer.append(append);
                if (!e) {
                    std::fprintf(stderr, "append failed: %s\n", qPrintable(e.error().message));
                    std::_Exit(1);
                }
                std::lock_guard lock(out);
                std::printf("%lld %s\n", static_cast<long long>(e->index), qPrintable(e->entryHash));
                std::fflush(stdout);
            }
        });
    }
    for (auto &th : threads)
        th.join(); // never: the test kills this process
    return 0;
}
