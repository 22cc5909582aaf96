#include "LedgerBatch.h"

#include "LedgerWriter.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/Timestamp.h"

#include <QSqlError>

namespace Lexecon {

namespace {

Error notAnswered()
{
    return Error::internal(QStringLiteral("the ledger writer did not answer this append"));
}

QByteArray jcs(const QString &text)
{
    return CanonicalJson::serialize(QJsonValue(text));
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
    beforeIndex = "{\"actor\":" + jcs(append.actor) + ",\"index\":";
    beforePrevHash = ",\"payload\":" + CanonicalJson::serialize(append.payload) + ",\"prev_hash\":\"";
    afterTimestamp = "\",\"type\":" + jcs(append.type) + '}';
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
    QByteArray out;
    out.reserve(p.beforeIndex.size() + 20 + p.beforePrevHash.size() + prevHash.size() + 16 + timestamp.size() +
                p.afterTimestamp.size());
    out.append(p.beforeIndex);
    out.append(QByteArray::number(index));
    out.append(p.beforePrevHash);
    // Hex digits and RFC 3339 timestamps are ASCII that JCS leaves unescaped.
    out.append(prevHash.toLatin1());
    out.append("\",\"timestamp\":\"");
    out.append(timestamp.toLatin1());
    out.append(p.afterTimestamp);
    return out;
}

Result<void> LedgerBatch::run(QSqlQuery &statement, const char *what)
{
    if (statement.exec())
        return {};
    return Error::internal(
        QStringLiteral("the ledger could not %1: %2").arg(QLatin1String(what), statement.lastError().text()));
}

Result<void> LedgerBatch::prepare()
{
    if (m_prepared)
        return {};
    if (!m_conn.isOpen())
        return Error::internal(
            QStringLiteral("the ledger writer cannot open the database: %1").arg(m_conn.lastError().text()));
    // Durability is this class's promise, so it does not rely on whoever opened the connection.
    QSqlQuery pragma(m_conn);
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous=FULL")) || !pragma.exec(QStringLiteral("PRAGMA synchronous")) ||
        !pragma.next())
        return Error::internal(
            QStringLiteral("the ledger writer cannot set synchronous=FULL: %1").arg(pragma.lastError().text()));
    m_synchronous = synchronousName(pragma.value(0).toInt());
    pragma.finish();

    const std::pair<QSqlQuery *, const char *> statements[] = {
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
    for (const auto &[query, sql] : statements) {
        *query = QSqlQuery(m_conn);
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromLatin1(sql)))
            return Error::internal(QStringLiteral("the ledger writer cannot prepare \"%1\": %2")
                                       .arg(QLatin1String(sql), query->lastError().text()));
    }
    m_prepared = true;
    return {};
}

Result<void> LedgerBatch::begin()
{
    if (auto prepared = prepare(); !prepared)
        return prepared;
    if (auto begun = run(m_begin, "start a transaction"); !begun)
        return begun;
    if (auto read = run(m_tail, "read the last entry"); !read) {
        m_rollback.exec();
        return read;
    }
    if (m_tail.next()) {
        m_tailIndex = m_tail.value(0).toLongLong();
        m_tailHash = m_tail.value(1).toString();
    } else {
        m_tailIndex = -1;
        m_tailHash.clear();
    }
    m_tail.finish();
    return {};
}

void LedgerBatch::write(const std::vector<PendingAppend *> &batch)
{
    if (auto begun = begin(); !begun) {
        abandon(batch, 0, begun.error());
        return;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        PendingAppend &p = *batch[i];
        if (auto opened = run(m_savepoint, "open a savepoint"); !opened) {
            m_rollback.exec();
            abandon(batch, i, opened.error());
            return;
        }
        p.result = writeOne(p);
        if (p.result) {
            if (auto released = run(m_release, "release a savepoint"); !released) {
                m_rollback.exec();
                abandon(batch, i + 1, released.error());
                return;
            }
            if (p.result->index > m_tailIndex) { // an existing genesis wrote nothing
                m_tailIndex = p.result->index;
                m_tailHash = p.result->entryHash;
            }
            continue;
        }
        // Only this request's rows go; the next request gets the same index.
        m_merkle.invalidate();
        auto undone = run(m_rollbackTo, "roll back a failed append");
        if (undone)
            undone = run(m_release, "release a savepoint");
        if (!undone) {
            m_rollback.exec();
            abandon(batch, i + 1, undone.error());
            return;
        }
    }
    if (auto committed = run(m_commit, "commit"); !committed) {
        m_rollback.exec();
        abandon(batch, batch.size(), committed.error());
    }
}

void LedgerBatch::abandon(const std::vector<PendingAppend *> &batch, size_t processed, const Error &why)
{
    // The whole transaction is gone: successes become failures, requests not reached fail too,
    // and a request that failed on its own keeps its own, more precise error.
    m_merkle.invalidate();
    for (size_t i = 0; i < batch.size(); ++i) {
        if (i >= processed || batch[i]->result)
            batch[i]->result = why;
    }
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

const QString &LedgerBatch::timestampNow()
{
    const qint64 now = m_clock.nowMs();
    if (now != m_timestampMs) {
        m_timestampMs = now;
        m_timestamp = Timestamp::format(now);
    }
    return m_timestamp;
}

Result<LedgerEntry> LedgerBatch::makeEntry(const PendingAppend &p)
{
    if (m_tailIndex < 0)
        return Error::conflict(QStringLiteral("the ledger has no genesis entry; run init first"));
    LedgerEntry e;
    e.index = m_tailIndex + 1;
    e.timestamp = timestampNow();
    e.type = p.request->type;
    e.actor = p.request->actor;
    e.payload = p.request->payload;
    e.prevHash = m_tailHash;
    e.canonical = canonical(p, e.index, e.prevHash, e.timestamp);
    unsigned char digest[32];
    Sha256::hashInto(e.canonical, digest);
    e.entryHash = QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), 32).toHex());
    if (auto stored = store(e); !stored)
        return stored.error();
    return e;
}

Result<LedgerEntry> LedgerBatch::genesis(const PendingAppend &p)
{
    if (m_tailIndex >= 0) {
        // Already there: answer with the stored entry and write nothing.
        if (auto read = run(m_first, "read the genesis entry"); !read)
            return read.error();
        if (!m_first.next())
            return Error::integrity(QStringLiteral("the ledger has entries but no genesis entry (index 0)"));
        LedgerEntry existing = LedgerEntry::fromCanonical(m_first.value(0).toByteArray());
        m_first.finish();
        if (existing.index != 0)
            return Error::integrity(QStringLiteral("the genesis entry (index 0) is not readable JSON"));
        return existing;
    }
    LedgerEntry e = LedgerEntry::make(0, timestampNow(), QStringLiteral("genesis"), QStringLiteral("system"),
                                      p.genesisPayload, LedgerEntry::zeroHash());
    if (auto stored = store(e); !stored)
        return stored.error();
    return e;
}

Result<void> LedgerBatch::store(const LedgerEntry &e)
{
    m_insert.bindValue(0, e.index);
    m_insert.bindValue(1, e.timestamp);
    m_insert.bindValue(2, e.type);
    m_insert.bindValue(3, e.actor);
    m_insert.bindValue(4, e.entryHash);
    m_insert.bindValue(5, e.canonical);
    if (auto inserted = run(m_insert, "insert the entry"); !inserted)
        return inserted;
    m_leafHasher.addData(QByteArrayView("\0", 1));
    m_leafHasher.addData(e.canonical);
    return m_merkle.append(e.index, m_leafHasher.result());
}

} // namespace Lexecon
