#include "Bench.h"

#include "common/Clock.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "ledger/LedgerWriter.h"
#include "ledger/MerkleAppender.h"
#include "ledger/MerkleFrontier.h"
#include "ledger/MerkleProof.h"
#include "ledger/MerkleTree.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Lexecon;

namespace {

// Fills a fresh ledger with N entries (after genesis) in large transactions, without the writer,
// so the Merkle tree is left for the caller to build or time.
Result<void> fillLedger(const std::shared_ptr<Database> &db, qint64 count)
{
    LedgerWriter writer(db, Clock::system());
    auto genesis = writer.ensureGenesis({{QStringLiteral("node_id"), QStringLiteral("bench")}});
    if (!genesis)
        return genesis.error();
    QString prev = genesis->entryHash;
    const qint64 batch = 20000;
    for (qint64 start = 1; start <= count; start += batch) {
        auto r = db->write([&](QSqlDatabase &conn) -> Result<void> {
            for (qint64 i = start; i < std::min(count + 1, start + batch); ++i) {
                const LedgerEntry e = LedgerEntry::make(
                    i, QStringLiteral("2026-11-22T10:00:00.000Z"), QStringLiteral("decision"),
                    QStringLiteral("apikey:bench"),
                    {{QStringLiteral("decision_id"), QStringLiteral("dec_01JD0000000000000000000000")},
                     {QStringLiteral("outcome"), QStringLiteral("approved")},
                     {QStringLiteral("risk_score"), 12}},
                    prev);
                if (auto ins = Sql::execOne(
                        conn,
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
            return r;
    }
    return {};
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Times a full verification of a fresh ledger of N entries.
QJsonObject ledgerVerify(const QStringList &args)
{
    const qint64 count = benchOption(args, QStringLiteral("entries"), 100000);
    // --db PATH keeps the filled ledger there and reuses it on later runs (filling a million entries
    // takes far longer than verifying them); without it a fresh temporary ledger is filled.
    const qsizetype dbAt = args.indexOf(QStringLiteral("--db"));
    const QString kept = dbAt >= 0 && dbAt + 1 < args.size() ? args.at(dbAt + 1) : QString();
    QTemporaryDir dir;
    const bool reuse = !kept.isEmpty() && QFile::exists(kept);
    auto db = Database::open(kept.isEmpty() ? dir.filePath(QStringLiteral("bench.db")) : kept);
    if (!db)
        return {{QStringLiteral("error"), db.error().message}};
    if (reuse) {
        auto size = LedgerStore(*db).size();
        if (!size || *size != count + 1)
            return {{QStringLiteral("error"), QStringLiteral("%1 does not hold %2 entries; remove it").arg(kept).arg(count + 1)}};
    } else if (auto filled = fillLedger(*db, count); !filled) {
        return {{QStringLiteral("error"), filled.error().message}};
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

// The Merkle tree over a ledger of N entries: building it from an old ledger (leaf hashing plus
// node inserts), a streaming MTH over every entry (what a verifier walks), the stored root, and
// proofs from stored nodes.
QJsonObject merkleRoot(const QStringList &args)
{
    const qint64 count = benchOption(args, QStringLiteral("entries"), 100000);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!db)
        return {{QStringLiteral("error"), db.error().message}};
    if (auto filled = fillLedger(*db, count); !filled)
        return {{QStringLiteral("error"), filled.error().message}};
    QElapsedTimer timer;
    timer.start();
    auto size = MerkleTree::ensureComplete(*db);
    if (!size)
        return {{QStringLiteral("error"), size.error().message}};
    const double backfillSeconds = secondsSince(timer);

    // Streaming MTH: SHA-256 of every canonical entry plus one node hash per entry on average.
    timer.restart();
    MerkleFrontier frontier;
    unsigned char leaf[32];
    const QByteArrayView leafView(leaf, 32);
    auto scanned = LedgerStore(*db).scan(0, [&](qint64, QByteArrayView, QByteArrayView canonical) {
        MerkleTree::leafHashInto(canonical, leaf);
        frontier.append(leafView);
        return true;
    });
    const double streamSeconds = secondsSince(timer);

    // The same hashing without SQLite, over bytes already in memory: the SHA-256 ceiling.
    auto sample = LedgerStore(*db).entry(1);
    timer.restart();
    MerkleFrontier inMemory;
    for (qint64 i = 0; i < *size; ++i) {
        MerkleTree::leafHashInto(sample->canonical, leaf);
        inMemory.append(leafView);
    }
    const double hashSeconds = secondsSince(timer);

    const int proofs = int(benchOption(args, QStringLiteral("proofs"), 1000));
    auto stored = MerkleTree::root(*db, *size);
    timer.restart();
    for (int i = 0; i < proofs && stored.ok(); ++i)
        stored = MerkleTree::root(*db, *size - i % *size);
    const double rootUs = secondsSince(timer) * 1e6 / proofs;
    stored = MerkleTree::root(*db, *size);

    timer.restart();
    bool proofsOk = stored.ok();
    for (int i = 0; i < proofs && proofsOk; ++i) {
        const qint64 index = (qint64(i) * 7919) % *size;
        auto proof = MerkleTree::inclusionProof(*db, index, *size);
        proofsOk = proof.ok();
    }
    const double inclusionUs = secondsSince(timer) * 1e6 / proofs;
    timer.restart();
    for (int i = 0; i < proofs && proofsOk; ++i) {
        const qint64 oldSize = 1 + (qint64(i) * 7919) % *size;
        auto proof = MerkleTree::consistencyProof(*db, oldSize, *size);
        proofsOk =
            proof.ok() &&
            MerkleProof::verifyConsistency(oldSize, *size, *proof, *MerkleTree::root(*db, oldSize), *stored).ok();
    }
    const double consistencyUs = secondsSince(timer) * 1e6 / proofs;

    // What the ledger writer pays per entry: appendLeaf with its frontier, and the batch form.
    QTemporaryDir appendDir;
    auto appendDb = Database::open(appendDir.filePath(QStringLiteral("append.db")));
    if (!appendDb)
        return {{QStringLiteral("error"), appendDb.error().message}};
    const qint64 appends = std::min<qint64>(*size, 50000);
    MerkleFrontier writerFrontier;
    timer.restart();
    auto perLeaf = (*appendDb)->write([&](QSqlDatabase &conn) -> Result<void> {
        for (qint64 i = 0; i < appends; ++i) {
            MerkleTree::leafHashInto(QByteArray::number(i), leaf);
            if (auto a = MerkleTree::appendLeaf(conn, i, leafView, writerFrontier); !a)
                return a;
        }
        return {};
    });
    const double appendLeafUs = secondsSince(timer) * 1e6 / double(appends);
    QList<QByteArray> batch;
    for (qint64 i = 0; i < appends; ++i)
        batch.append(MerkleTree::leafHash(QByteArray::number(appends + i)));
    timer.restart();
    auto batched = (*appendDb)->write([&](QSqlDatabase &conn) -> Result<void> {
        for (qint64 from = 0; from < appends; from += 256) {
            if (auto a = MerkleTree::appendLeaves(conn, appends + from, batch.mid(from, 256), writerFrontier); !a)
                return a;
        }
        return {};
    });
    const double appendBatchUs = secondsSince(timer) * 1e6 / double(appends);
    timer.restart();
    auto viaAppender = (*appendDb)->write([&](QSqlDatabase &conn) -> Result<void> {
        MerkleAppender appender(conn, writerFrontier);
        for (qint64 i = 2 * appends; i < 3 * appends; ++i) {
            MerkleTree::leafHashInto(QByteArray::number(i), leaf);
            if (auto a = appender.append(i, leafView); !a)
                return a;
        }
        return {};
    });
    const double appenderUs = secondsSince(timer) * 1e6 / double(appends);

    return {{QStringLiteral("entries"), *size},
            {QStringLiteral("append_leaf_us"), perLeaf.ok() ? appendLeafUs : -1.0},
            {QStringLiteral("append_leaves_per_leaf_us"), batched.ok() ? appendBatchUs : -1.0},
            {QStringLiteral("appender_per_leaf_us"), viaAppender.ok() ? appenderUs : -1.0},
            {QStringLiteral("ok"), scanned.ok() && proofsOk && stored.ok() && *stored == frontier.root()},
            {QStringLiteral("backfill_entries_per_s"), qint64(double(*size) / backfillSeconds)},
            {QStringLiteral("stream_mth_entries_per_s"), qint64(double(*size) / streamSeconds)},
            {QStringLiteral("hash_only_entries_per_s"), qint64(double(*size) / hashSeconds)},
            {QStringLiteral("stored_root_us"), rootUs},
            {QStringLiteral("inclusion_proof_us"), inclusionUs},
            {QStringLiteral("consistency_proof_and_verify_us"), consistencyUs}};
}

const BenchRegistration registration(QStringLiteral("ledger-verify"), ledgerVerify);
const BenchRegistration merkleRegistration(QStringLiteral("merkle-root"), merkleRoot);

} // namespace
