#include "LedgerBatch.h"

#include "LedgerHash.h"
#include "LedgerWriter.h"
#include "MerkleTree.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/Timestamp.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <charconv>
#include <cstring>

namespace Lexecon {

namespace {

Error notAnswered()
{
    return Error::internal(QStringLiteral("the ledger writer did not answer this append"));
}

QByteArray jcs(const QString &text)
{
    QByteArray out;
    CanonicalJson::appendString(out, text);
    return out;
}

QString synchronousName(int level)
{
    switch (level) {
    case 0: return QStringLiteral("OFF");
    case 1: return QStringLiteral("NORMAL");
    case 2: return QStringLiteral("FULL");
    case 3: return QStringLiteral("EXTRA");
    }
    return QStringLiteral("unknown");
}

} // namespace

PendingAppend::PendingAppend(const LedgerAppend &append)
    : request(&append)
    , result(notAnswered())
{
    // Keys in JCS order: actor, index, payload, prev_hash, timestamp, type.
    const QByteArray actor = jcs(append.actor);
    const QByteArray payload =
        append.payloadCanonical.isNull() ? CanonicalJson::serialize(append.payload) : append.payloadCanonical;
    const QByteArray type = jcs(append.type);
    static constexpr QByteArrayView a("{\"actor\":"), b(",\"index\":"), c(",\"payload\":"), d(",\"prev_hash\":\""),
        e("\",\"type\":");
    // The raw type and actor are their JCS strings without the quotes when nothing was escaped.
    const bool plainType = type.size() == append.type.size() + 2, plainActor = actor.size() == append.actor.size() + 2;
    const QByteArray typeRaw = plainType ? QByteArray() : append.type.toUtf8();
    const QByteArray actorRaw = plainActor ? QByteArray() : append.actor.toUtf8();
    pieces.reserve(a.size() + actor.size() + b.size() + c.size() + payload.size() + d.size() + e.size() + type.size() + 1 +
                   typeRaw.size() + actorRaw.size());
    pieces.append(a).append(actor).append(b);
    const qsizetype index = pieces.size();
    pieces.append(c).append(payload).append(d);
    const qsizetype prev = pieces.size();
    pieces.append(e).append(type).append('}');
    const qsizetype end = pieces.size();
    pieces.append(typeRaw).append(actorRaw);
    // Views only once the buffer is complete (reserve() above makes appends not move it, but
    // taking them last does not depend on that).
    const QByteArrayView all(pieces);
    beforeIndex = all.sliced(0, index);
    beforePrevHash = all.sliced(index, prev - index);
    afterTimestamp = all.sliced(prev, end - prev);
    typeUtf8 = plainType ? all.sliced(prev + e.size() + 1, type.size() - 2) : all.sliced(end, typeRaw.size());
    actorUtf8 = plainActor ? all.sliced(a.size() + 1, actor.size() - 2) : all.sliced(end + typeRaw.size(), actorRaw.size());
}

PendingAppend::PendingAppend(const QJsonObject &payload)
    : genesisPayload(payload)
    , result(notAnswered())
{
}

LedgerBatch::LedgerBatch(QSqlDatabase conn, const Clock &clock)
    : m_conn(std::move(conn))
    , m_clock(clock)
    , m_merkle(m_conn)
{
}

QByteArray LedgerBatch::canonical(const PendingAppend &p, qint64 index, QStringView prevHash, QStringView timestamp)
{
    return canonical(p, index, QByteArrayView(prevHash.toLatin1()), QByteArrayView(timestamp.toLatin1()));
}

QByteArray LedgerBatch::canonical(const PendingAppend &p, qint64 index, QByteArrayView prevHash,
                                  QByteArrayView timestamp)
{
    static constexpr QByteArrayView between("\",\"timestamp\":\"");
    char number[24];
    const auto digits = std::to_chars(number, number + sizeof number, index);
    QByteArray out;
    out.reserve(p.beforeIndex.size() + (digits.ptr - number) + p.beforePrevHash.size() + prevHash.size() +
                between.size() + timestamp.size() + p.afterTimestamp.size());
    out.append(p.beforeIndex);
    out.append(number, digits.ptr - number);
    out.append(p.beforePrevHash);
    // Hex digits and RFC 3339 timestamps are ASCII that JCS leaves unescaped.
    out.append(prevHash);
    out.append(between);
    out.append(timestamp);
    out.append(p.afterTimestamp);
    return out;
}

Result<void> LedgerBatch::prepare()
{
    if (m_prepared)
        return {};
    if (!m_conn.isOpen())
        return Error::internal(
            QStringLiteral("the ledger writer cannot open the database: %1").arg(m_conn.lastError().text()));
    // Durability is this class's promise, so it does not rely on whoever opened the connection.
    {
        QSqlQuery pragma(m_conn);
        if (!pragma.exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
            !pragma.exec(QStringLiteral("PRAGMA synchronous")) || !pragma.next())
            return Error::internal(QStringLiteral("the ledger writer cannot set synchronous=FULL: %1")
                                       .arg(pragma.lastError().text()));
        m_synchronous = synchronousName(pragma.value(0).toInt());
    }
    sqlite3 *handle = SqliteStatement::handle(m_conn);
    if (!handle)
        return Error::internal(QStringLiteral("the ledger writer needs a SQLite database (driver QSQLITE)"));
    const std::pair<SqliteStatement *, const char *> statements[] = {
        {&m_begin, "BEGIN IMMEDIATE"},
        {&m_commit, "COMMIT"},
        {&m_rollback, "ROLLBACK"},
        {&m_savepoint, "SAVEPOINT ledger_append"},
        {&m_release, "RELEASE ledger_append"},
        {&m_rollbackTo, "ROLLBACK TO ledger_append"},
        {&m_tail, "SELECT idx, entry_hash FROM ledger_entries ORDER BY idx DESC LIMIT 1"},
        {&m_first, "SELECT canonical FROM ledger_entries WHERE idx = 0"},
        {&m_insert, "INSERT INTO ledger_entries (idx, timestamp, type, actor, entry_hash, canonical) "
                    "VALUES (?, ?, ?, ?, ?, ?)"},
    };
    for (const auto &[statement, sql] : statements) {
        if (auto prepared = statement->prepare(handle, sql); !prepared)
            return prepared;
    }
    if (m_ownCheckpoints) {
        // In this order: sqlite3_wal_autocheckpoint installs its own hook, which this one replaces.
        sqlite3_wal_autocheckpoint(handle, 0);
        sqlite3_wal_hook(handle, &LedgerBatch::walHook, this);
    }
    m_prepared = true;
    return {};
}

int LedgerBatch::walHook(void *self, sqlite3 *, const char *, int frames)
{
    // frames is the size of the log after this commit. A smaller one than before means the log
    // started again from its beginning (after a checkpoint copied all of it): all of it is new.
    // (Only a first commit larger than the whole old log would be counted short; after the
    // writer's own checkpoints that log held 1,000 frames or more.)
    auto *batch = static_cast<LedgerBatch *>(self);
    batch->m_walFramesWritten += frames > batch->m_logFrames ? frames - batch->m_logFrames : frames;
    batch->m_logFrames = frames;
    batch->m_walFrames = frames;
    return SQLITE_OK;
}

bool LedgerBatch::walCheckpoint()
{
    sqlite3 *handle = SqliteStatement::handle(m_conn);
    if (!handle)
        return false;
    int log = 0, copied = 0;
    const int rc = sqlite3_wal_checkpoint_v2(handle, "main", SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
    if (rc != SQLITE_OK)
        return false;
    if (copied >= log)
        m_walFrames = 0;
    return copied >= log;
}

Result<void> LedgerBatch::open()
{
    if (auto prepared = prepare(); !prepared)
        return prepared;
    if (auto begun = m_begin.run("start a transaction"); !begun)
        return begun;
    auto row = m_tail.step("read the last entry");
    if (!row) {
        (void)m_rollback.run("roll back");
        return row.error();
    }
    if (*row) {
        m_tailIndex = m_tail.columnInt(0);
        const QByteArrayView hash = m_tail.columnBytes(1);
        if (hash.size() != qsizetype(sizeof m_tailHex)) {
            m_tail.reset(); // or the next batch's step would continue this one and see no tail
            (void)m_rollback.run("roll back");
            return Error::integrity(
                QStringLiteral("the last ledger entry (index %1) has no 64-digit entry hash").arg(m_tailIndex));
        }
        // Re-read every batch, but the same tail as last time needs no new string.
        if (std::memcmp(hash.data(), m_tailHex, sizeof m_tailHex) != 0 || m_tailHash.isEmpty()) {
            std::memcpy(m_tailHex, hash.data(), sizeof m_tailHex);
            m_tailHash = QString::fromLatin1(m_tailHex, sizeof m_tailHex);
        }
    } else {
        m_tailIndex = -1;
        m_tailHash.clear();
    }
    m_tail.reset();
    return {};
}

void LedgerBatch::begin()
{
    m_requests.clear();
    m_failed.reset();
    if (auto opened = open(); !opened)
        abandon(opened.error());
}

void LedgerBatch::add(PendingAppend &p)
{
    m_requests.push_back(&p);
    if (m_failed) {
        p.result = *m_failed;
        return;
    }
    if (p.request && p.request->check) {
        if (auto checked = p.request->check(m_conn); !checked) {
            p.result = checked.error(); // nothing written yet: the batch goes on without it
            return;
        }
    }
    // A savepoint lets one request fail without the others. Only a service's rows (alsoWrite) can
    // refuse a request on their own, and a service says whether they can. A bare entry fails only
    // when the database does (disk full, I/O), and then the whole transaction goes. Skipping the
    // savepoint spares SQLite a statement journal that copied every page the request touched
    // (about a third of the write phase of a bare entry, a quarter of a decision's).
    const bool guarded = p.request && p.request->alsoWrite && p.request->alsoWriteMayRefuse;
    if (!guarded) {
        p.result = writeOne(p);
        if (!p.result) {
            (void)m_rollback.run("roll back");
            abandon(p.result.error());
            return;
        }
        noteTail(*p.result);
        return;
    }
    if (auto opened = m_savepoint.run("open a savepoint"); !opened) {
        (void)m_rollback.run("roll back");
        p.result = opened.error();
        abandon(opened.error());
        return;
    }
    p.result = writeOne(p);
    if (p.result) {
        if (auto released = m_release.run("release a savepoint"); !released) {
            (void)m_rollback.run("roll back");
            abandon(released.error());
            return;
        }
        noteTail(*p.result);
        return;
    }
    // Only this request's rows go; the next request gets the same index.
    m_merkle.invalidate();
    auto undone = m_rollbackTo.run("roll back a failed append");
    if (undone)
        undone = m_release.run("release a savepoint");
    if (!undone) {
        (void)m_rollback.run("roll back");
        abandon(undone.error());
    }
}

void LedgerBatch::noteTail(const LedgerEntry &entry)
{
    if (entry.index > m_tailIndex) { // an existing genesis wrote nothing
        m_tailIndex = entry.index;
        m_tailHash = entry.entryHash;
        for (qsizetype i = 0; i < qsizetype(sizeof m_tailHex); ++i)
            m_tailHex[i] = char(m_tailHash.at(i).unicode());
    }
}

void LedgerBatch::commit()
{
    if (!m_failed) {
        if (auto committed = m_commit.run("commit"); !committed) {
            (void)m_rollback.run("roll back");
            abandon(committed.error());
        }
    }
    m_requests.clear();
    m_failed.reset();
}

void LedgerBatch::write(const std::vector<PendingAppend *> &batch)
{
    begin();
    for (PendingAppend *p : batch)
        add(*p);
    commit();
}

void LedgerBatch::abandon(const Error &why)
{
    // The whole transaction is gone: successes become failures, and a request that failed on its
    // own keeps its own, more precise error. Requests added later fail with the same reason.
    m_merkle.invalidate();
    for (PendingAppend *p : m_requests) {
        if (p->result)
            p->result = why;
    }
    m_failed = why;
}

Result<LedgerEntry> LedgerBatch::writeOne(PendingAppend &p)
{
    auto entry = p.request ? makeEntry(p) : genesis(p);
    if (!entry)
        return entry;
    if (p.request && p.request->alsoWrite) {
        if (auto also = p.request->alsoWrite(m_conn, *entry); !also)
            return also.error();
    }
    return entry;
}

void LedgerBatch::timestampNow()
{
    const qint64 now = m_clock.nowMs();
    if (now != m_timestampMs) {
        m_timestampMs = now;
        m_timestamp = Timestamp::format(now);
        m_timestampUtf8 = m_timestamp.toUtf8();
    }
}

Result<LedgerEntry> LedgerBatch::makeEntry(const PendingAppend &p)
{
    if (m_tailIndex < 0)
        return Error::conflict(QStringLiteral("the ledger has no genesis entry; run init first"));
    timestampNow();
    LedgerEntry e;
    e.index = m_tailIndex + 1;
    e.timestamp = m_timestamp;
    e.type = p.request->type;
    e.actor = p.request->actor;
    e.payload = p.request->payload;
    e.prevHash = m_tailHash;
    e.canonical = canonical(p, e.index, QByteArrayView(m_tailHex, sizeof m_tailHex), m_timestampUtf8);
    unsigned char digest[32];
    LedgerHash::entryHashInto(e.canonical, digest);
    char hex[64];
    LedgerHash::toHex(digest, hex);
    e.entryHash = QString::fromLatin1(hex, 64);
    if (auto stored = store(e, QByteArrayView(hex, 64), p.typeUtf8, p.actorUtf8); !stored)
        return stored.error();
    return e;
}

Result<LedgerEntry> LedgerBatch::genesis(const PendingAppend &p)
{
    if (m_tailIndex >= 0) {
        // Already there: answer with the stored entry and write nothing.
        auto row = m_first.step("read the genesis entry");
        if (!row)
            return row.error();
        if (!*row)
            return Error::integrity(QStringLiteral("the ledger has entries but no genesis entry (index 0)"));
        LedgerEntry existing = LedgerEntry::fromCanonical(m_first.columnBytes(0).toByteArray());
        m_first.reset();
        if (existing.index != 0)
            return Error::integrity(QStringLiteral("the genesis entry (index 0) is not readable JSON"));
        return existing;
    }
    timestampNow();
    LedgerEntry e = LedgerEntry::make(0, m_timestamp, QStringLiteral("genesis"), QStringLiteral("system"),
                                      p.genesisPayload, LedgerEntry::zeroHash());
    const QByteArray hash = e.entryHash.toLatin1();
    if (auto stored = store(e, hash, "genesis", "system"); !stored)
        return stored.error();
    return e;
}

Result<void> LedgerBatch::store(const LedgerEntry &e, QByteArrayView hash, QByteArrayView type, QByteArrayView actor)
{
    m_insert.bind(1, e.index);
    m_insert.bindText(2, m_timestampUtf8); // e.timestamp: both come from timestampNow()
    m_insert.bindText(3, type);
    m_insert.bindText(4, actor);
    m_insert.bindText(5, hash);
    m_insert.bindBlob(6, e.canonical);
    if (auto inserted = m_insert.run("insert the entry"); !inserted)
        return inserted;
    unsigned char leaf[32];
    MerkleTree::leafHashInto(e.canonical, leaf);
    return m_merkle.append(e.index, QByteArrayView(reinterpret_cast<const char *>(leaf), 32));
}

} // namespace Lexecon
