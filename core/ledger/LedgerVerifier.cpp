#include "LedgerVerifier.h"

#include "Checkpoint.h"
#include "CheckpointStore.h"
#include "LedgerHash.h"
#include "LedgerEntry.h"
#include "LedgerStore.h"
#include "MerkleFrontier.h"
#include "MerkleProof.h"
#include "MerkleTree.h"
#include "MerkleWalker.h"
#include "SignedNote.h"
#include "common/CanonicalJson.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QJsonValue>
#include <QSqlQuery>

#include <cstring>

namespace Lexecon {

namespace {

// The canonical form sorts keys: {"actor":..,"index":N,"payload":..,"prev_hash":"..","timestamp":..,"type":..}.
// Quotes inside strings are escaped, so the first ',"index":' and the last ',"prev_hash":"' are the
// top-level members; scanning the bytes avoids parsing JSON on the verification path.
bool extractIndex(QByteArrayView canonical, qint64 &index)
{
    static const QByteArrayView marker(",\"index\":");
    const qsizetype at = canonical.indexOf(marker);
    if (at < 0)
        return false;
    qsizetype i = at + marker.size();
    qint64 value = 0;
    qsizetype digits = 0;
    while (i < canonical.size() && canonical[i] >= '0' && canonical[i] <= '9') {
        value = value * 10 + (canonical[i] - '0');
        ++i;
        ++digits;
    }
    if (digits == 0 || i >= canonical.size() || canonical[i] != ',')
        return false;
    index = value;
    return true;
}

QByteArrayView extractPrevHash(QByteArrayView canonical)
{
    // The last occurrence, searched from the end by hand: prev_hash sits about 100 bytes before the
    // end, and QByteArrayView::lastIndexOf was the largest single cost of the walk.
    static const QByteArrayView marker(",\"prev_hash\":\"");
    const qsizetype last = canonical.size() - marker.size();
    for (qsizetype at = last; at >= 0; --at) {
        if (canonical[at] != ',' || std::memcmp(canonical.data() + at, marker.data(), size_t(marker.size())) != 0)
            continue;
        if (at + marker.size() + 64 >= canonical.size())
            return {};
        return canonical.sliced(at + marker.size(), 64);
    }
    return {};
}

Result<QByteArray> nodePublicKey(const std::shared_ptr<Database> &db)
{
    QSqlDatabase conn = db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT public_key FROM node"));
    if (!q)
        return q.error();
    if (!q->next())
        return QByteArray();
    return q->value(0).toByteArray();
}

// The problem with one stored checkpoint, or an empty string. entriesRoot is the root recomputed
// from the entries at its size (empty when the ledger is shorter than the checkpoint).
QString checkCheckpoint(const StoredCheckpoint &c, const QByteArray &publicKey, const QByteArray &entriesRoot,
                        qint64 entries)
{
    const QString name = QStringLiteral("checkpoint %1").arg(c.treeSize);
    auto note = SignedNote::parse(c.note);
    if (!note)
        return QStringLiteral("%1: %2").arg(name, note.error().message);
    auto body = Checkpoint::parse(note->text());
    if (!body)
        return QStringLiteral("%1: %2").arg(name, body.error().message);
    if (publicKey.isEmpty())
        return QStringLiteral("%1: the workspace has no node key to check its signature with").arg(name);
    if (auto ok = note->verify(SignedNoteKey::fromPublicKey(body->origin, publicKey)); !ok)
        return QStringLiteral("%1: %2").arg(name, ok.error().message);
    if (body->treeSize != c.treeSize || body->rootHash != c.rootHash)
        return QStringLiteral("%1: its stored size or root differs from the signed note (the row was edited)")
            .arg(name);
    if (c.treeSize > entries)
        return QStringLiteral("%1: it covers %2 entries but the ledger has only %3 (entries were removed)")
            .arg(name)
            .arg(c.treeSize)
            .arg(entries);
    if (entriesRoot != body->rootHash)
        return QStringLiteral(
                   "%1: the Merkle root of entries 0 to %2 is not the signed root (an entry up to %2 was changed "
                   "and the chain rewritten after it)")
            .arg(name)
            .arg(c.treeSize - 1);
    return {};
}

} // namespace

LedgerVerifier::LedgerVerifier(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

QString LedgerVerifier::checkColumns(const LedgerRow &row)
{
    // The type, actor and timestamp columns serve queries; they must say what the hashed bytes
    // say, or a query by actor or type would show an altered history that still "verifies".
    // canonical starts {"actor":<actor>,"index": and ends ,"timestamp":<ts>,"type":<type>}.
    // Compared piece by piece in place; a value that JCS escapes is serialised (rare).
    const auto needsEscape = [](QByteArrayView text) {
        for (const char c : text) {
            if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20)
                return true;
        }
        return false;
    };
    // Matches the bytes at `at` against each piece in turn, advancing at; false on a mismatch.
    const auto matches = [](QByteArrayView whole, qsizetype &at, std::initializer_list<QByteArrayView> pieces) {
        for (const QByteArrayView piece : pieces) {
            if (at < 0 || at + piece.size() > whole.size() ||
                std::memcmp(whole.data() + at, piece.data(), size_t(piece.size())) != 0)
                return false;
            at += piece.size();
        }
        return true;
    };
    const auto jsonString = [&](QByteArrayView text, QByteArray &escaped) -> QByteArrayView {
        if (!needsEscape(text))
            return text;
        escaped = CanonicalJson::serialize(QJsonValue(QString::fromUtf8(text)));
        return QByteArrayView(escaped).sliced(1, escaped.size() - 2); // without the quotes
    };
    const QByteArrayView canonical = row.canonical;
    QByteArray escaped;
    qsizetype at = 0;
    if (!matches(canonical, at, {"{\"actor\":\"", jsonString(row.actor, escaped), "\",\"index\":"}))
        return QStringLiteral("entry %1: its actor column does not match its hashed content (the row was altered)")
            .arg(row.index);
    QByteArray escapedTimestamp, escapedType;
    const QByteArrayView timestamp = jsonString(row.timestamp, escapedTimestamp);
    const QByteArrayView type = jsonString(row.type, escapedType);
    static const QByteArrayView a(",\"timestamp\":\""), b("\",\"type\":\""), c("\"}");
    at = canonical.size() - (a.size() + timestamp.size() + b.size() + type.size() + c.size());
    if (!matches(canonical, at, {a, timestamp, b, type, c}))
        return QStringLiteral("entry %1: its type or timestamp column does not match its hashed content (the row was "
                              "altered)")
            .arg(row.index);
    return {};
}

QString LedgerVerifier::checkEntry(qint64 expectedIndex, QByteArrayView storedHash, QByteArrayView canonical,
                                   QByteArrayView previousHash)
{
    unsigned char digest[32];
    LedgerHash::entryHashInto(canonical, digest);
    char hex[64];
    LedgerHash::toHex(digest, hex);
    if (storedHash != QByteArrayView(hex, 64))
        return QStringLiteral("entry %1: its content does not match its hash (the entry was altered)")
            .arg(expectedIndex);
    return checkFields(expectedIndex, canonical, previousHash);
}

QString LedgerVerifier::checkFields(qint64 expectedIndex, QByteArrayView canonical, QByteArrayView previousHash)
{
    qint64 index = -1;
    if (!extractIndex(canonical, index) || index != expectedIndex)
        return QStringLiteral("entry %1: its index field says %2").arg(expectedIndex).arg(index);
    if (extractPrevHash(canonical) != previousHash)
        return QStringLiteral("entry %1: prev_hash does not match the hash of entry %2 (the chain is broken)")
            .arg(expectedIndex)
            .arg(expectedIndex - 1);
    return {};
}

Result<LedgerVerification> LedgerVerifier::verify(const std::function<bool(qint64)> &progress)
{
    LedgerVerification report;
    char previous[64];
    std::memset(previous, '0', sizeof previous);
    qint64 expected = 0;
    bool cancelled = false;
    auto stored = CheckpointStore(m_db).all();
    if (!stored)
        return stored.error();
    // The Merkle leaves and root are computed on a second thread from the bytes this one has
    // checked, with the roots at every checkpointed size; this thread reads and checks entries.
    QList<qint64> checkpointSizes;
    for (const StoredCheckpoint &c : *stored)
        checkpointSizes.append(c.treeSize);
    MerkleWalker tree(checkpointSizes);
    LedgerStore store(m_db);
    Result<void> scanned = store.scanRows(0, [&](const LedgerRow &row) {
        const QByteArrayView hash = row.entryHash;
        const QByteArrayView canonical = row.canonical;
        if (tree.failed())
            return false; // an earlier entry's hash did not match: that is the finding
        // The checks of checkEntry and checkColumns in their order; the hash comparison, first
        // for each entry, happens on the hashing thread (a mismatch there outranks these).
        if (row.index != expected) {
            report.problem =
                QStringLiteral("entry %1 is missing (the next stored entry is %2)").arg(expected).arg(row.index);
        } else {
            report.problem = checkFields(expected, canonical, QByteArrayView(previous, 64));
            if (report.problem.isEmpty())
                report.problem = checkColumns(row);
            if (report.problem.isEmpty() && expected == 0 && !canonical.contains("\"type\":\"genesis\""))
                report.problem = QStringLiteral("entry 0 is not a genesis entry");
            tree.add(canonical, hash, !report.problem.isEmpty());
        }
        if (!report.problem.isEmpty()) {
            report.ok = false;
            report.firstBadIndex = expected;
            return false;
        }
        // A stored hash that is not 64 bytes fails on the hashing thread; until then copy what fits.
        std::memset(previous, 0, sizeof previous);
        std::memcpy(previous, hash.data(), size_t(std::min<qsizetype>(hash.size(), 64)));
        ++expected;
        if (progress && expected % 4096 == 0 && !progress(expected)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    tree.finish();
    if (!scanned)
        return scanned.error();
    if (cancelled)
        return Error::conflict(QStringLiteral("verification cancelled after %1 entries").arg(expected));
    if (tree.firstBadHash() >= 0) { // it comes before (or at) anything this thread found
        report.ok = false;
        report.firstBadIndex = tree.firstBadHash();
        report.problem = QStringLiteral("entry %1: its content does not match its hash (the entry was altered)")
                             .arg(report.firstBadIndex);
    }
    report.entries = report.ok ? expected : report.firstBadIndex;
    report.headHash = QString::fromLatin1(tree.lastHash());
    report.rootHash = tree.root();
    const QHash<qint64, QByteArray> &rootsAt = tree.rootsAt();
    if (report.ok && expected == 0) {
        report.ok = false;
        report.firstBadIndex = 0;
        report.problem = QStringLiteral("the ledger is empty: it has no genesis entry");
    }
    if (!report.ok)
        return report;
    auto publicKey = nodePublicKey(m_db);
    if (!publicKey)
        return publicKey.error();
    for (qsizetype i = 0; i < stored->size(); ++i) {
        const StoredCheckpoint &c = stored->at(i);
        QString problem = checkCheckpoint(c, *publicKey, rootsAt.value(c.treeSize), expected);
        // Successive checkpoints must be consistent through the stored tree too, since that is
        // what proofs handed to others are built from.
        if (problem.isEmpty() && i > 0) {
            const StoredCheckpoint &before = stored->at(i - 1);
            auto proof = MerkleTree::consistencyProof(m_db, before.treeSize, c.treeSize);
            auto consistent =
                proof ? MerkleProof::verifyConsistency(before.treeSize, c.treeSize, *proof, before.rootHash, c.rootHash)
                      : Result<void>(proof.error());
            if (!consistent)
                problem =
                    QStringLiteral("checkpoint %1 is not proven consistent with checkpoint %2 by the stored tree: %3")
                        .arg(c.treeSize)
                        .arg(before.treeSize)
                        .arg(consistent.error().message);
        }
        if (!problem.isEmpty()) {
            report.ok = false;
            report.firstBadCheckpoint = c.treeSize;
            report.problem = problem;
            return report;
        }
        ++report.checkpoints;
    }
    return report;
}

} // namespace Lexecon
