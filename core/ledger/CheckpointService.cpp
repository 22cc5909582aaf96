#include "CheckpointService.h"

#include "Checkpoint.h"
#include "LedgerStore.h"
#include "LedgerWriter.h"
#include "MerkleProof.h"
#include "MerkleTree.h"
#include "SignedNote.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "crypto/NodeIdentity.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThread>
#include <QSqlQuery>

namespace Lexecon {

Q_LOGGING_CATEGORY(lcCheckpoint, "lexecon.ledger.checkpoint")

CheckpointSettings CheckpointSettings::load(const std::shared_ptr<Database> &db)
{
    CheckpointSettings s;
    QSqlDatabase conn = db->connection();
    auto value = [&](const QString &key) -> QString {
        auto q = Sql::exec(conn, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
        return q && q->next() ? q->value(0).toString() : QString();
    };
    bool ok = false;
    const qint64 entries = value(QStringLiteral("ledger.checkpoint_every_entries")).toLongLong(&ok);
    if (ok && entries > 0)
        s.everyEntries = entries;
    const int seconds = value(QStringLiteral("ledger.checkpoint_every_seconds")).toInt(&ok);
    if (ok && seconds > 0)
        s.everySeconds = seconds;
    s.origin = value(QStringLiteral("ledger.origin"));
    return s;
}

CheckpointService::CheckpointService(std::shared_ptr<Database> db, const NodeIdentity &node, LedgerWriter *writer,
                                     const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_node(node)
    , m_clock(clock)
    , m_settings(CheckpointSettings::load(m_db))
    , m_everyEntries(m_settings.everyEntries)
{
    // Direct: onAppended runs on the appending thread and, for nearly every entry, only compares
    // two atomics. (Queued, it posted an event per decision to this object's thread: about 3 us
    // of the caller's CPU and as much again on the main thread.)
    if (writer)
        connect(writer, &LedgerWriter::appended, this, [this](qint64 index, const QString &) { onAppended(index); },
                Qt::DirectConnection);
    connect(&m_timer, &QTimer::timeout, this, &CheckpointService::onTimer);
}

CheckpointService::~CheckpointService() = default;

void CheckpointService::setSettings(const CheckpointSettings &settings)
{
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
    m_everyEntries = settings.everyEntries;
    if (m_timer.isActive())
        m_timer.start(m_settings.everySeconds * 1000);
}

CheckpointSettings CheckpointService::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

QString CheckpointService::origin() const
{
    const QString configured = settings().origin;
    return configured.isEmpty() ? m_node.defaultOrigin() : configured;
}

QString CheckpointService::verifierKey() const
{
    return m_node.noteVerifierKey(origin());
}

void CheckpointService::start()
{
    m_timer.start(settings().everySeconds * 1000);
}

void CheckpointService::stop()
{
    m_timer.stop();
}

void CheckpointService::onAppended(qint64 index)
{
    const qint64 last = m_lastSigned.load(std::memory_order_acquire);
    if (last >= 0 && index + 1 - last < m_everyEntries.load(std::memory_order_relaxed))
        return;
    if (QThread::currentThread() == thread()) {
        signIfDue();
        return;
    }
    // Signing is this object's thread's work; one request in flight covers every append until then.
    if (m_signQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_signQueued = false;
            signIfDue();
        },
        Qt::QueuedConnection);
}

void CheckpointService::signIfDue()
{
    qint64 lastSigned;
    qint64 every;
    {
        QMutexLocker lock(&m_mutex);
        lastSigned = m_lastSigned;
        every = m_settings.everyEntries;
    }
    if (lastSigned < 0) {
        auto stored = latest();
        if (!stored)
            return;
        lastSigned = stored->has_value() ? (**stored).treeSize : 0;
        qint64 unknown = -1;
        m_lastSigned.compare_exchange_strong(unknown, lastSigned);
    }
    // The tree as it is now: appends that came while this call was queued count too.
    auto size = LedgerStore(m_db).size();
    if (size && *size - lastSigned >= every)
        signOrLog();
}

void CheckpointService::onTimer()
{
    auto size = LedgerStore(m_db).size();
    qint64 lastSigned;
    {
        QMutexLocker lock(&m_mutex);
        lastSigned = m_lastSigned;
    }
    if (size && *size != lastSigned)
        signOrLog();
}

void CheckpointService::signOrLog()
{
    // checkpoint() reports a refusal itself (a critical log line and checkpointRefused); anything
    // else (a database busy past its timeout) is tried again at the next mark or tick.
    if (auto made = checkpoint(); !made && made.error().code != Error::Code::Integrity)
        qCWarning(lcCheckpoint, "could not sign a checkpoint now: %s", qPrintable(made.error().message));
}

Result<std::optional<StoredCheckpoint>> CheckpointService::latest()
{
    return CheckpointStore(m_db).latest();
}

Result<StoredCheckpoint> CheckpointService::checkpoint()
{
    QMutexLocker lock(&m_mutex);
    bool fresh = false;
    auto made = signLocked(fresh);
    if (!made) {
        if (made.error().code == Error::Code::Integrity) {
            qCCritical(lcCheckpoint, "refused to sign a checkpoint: %s", qPrintable(made.error().message));
            lock.unlock();
            Q_EMIT checkpointRefused(made.error().message);
        }
        return made;
    }
    m_lastSigned = made->treeSize;
    if (fresh) {
        qCInfo(lcCheckpoint, "signed checkpoint of tree size %lld, root %s", static_cast<long long>(made->treeSize),
               made->rootHash.toBase64().constData());
        lock.unlock();
        Q_EMIT checkpointed(made->treeSize);
    }
    return made;
}

Result<StoredCheckpoint> CheckpointService::signLocked(bool &fresh)
{
    // A ledger made before the tree table existed, or appended without leaves, is brought up to
    // date in bounded transactions first; the few leaves appended since are added below.
    if (auto complete = MerkleTree::ensureComplete(m_db); !complete)
        return complete.error();
    const QString origin = m_settings.origin.isEmpty() ? m_node.defaultOrigin() : m_settings.origin;
    const SignedNoteKey key = SignedNoteKey::fromPublicKey(origin, m_node.publicKeyRaw());
    StoredCheckpoint made;
    // Inside one write transaction, so two processes on the workspace cannot sign different
    // successors of the same checkpoint.
    Result<void> written = m_db->write([&](QSqlDatabase &conn) -> Result<void> {
        if (auto added = MerkleTree::backfill(conn); !added)
            return added.error();
        auto size = MerkleTree::size(conn);
        if (!size)
            return size.error();
        if (*size == 0)
            return Error::conflict(
                QStringLiteral("the ledger is empty: there is nothing to checkpoint; run init first"));
        auto previous = CheckpointStore::latest(conn);
        if (!previous)
            return previous.error();
        if (previous->has_value() && (*previous)->treeSize == *size) {
            made = **previous;
            return {};
        }
        auto root = MerkleTree::root(conn, *size);
        if (!root)
            return root.error();
        if (previous->has_value()) {
            const StoredCheckpoint &last = **previous;
            if (last.treeSize > *size)
                return Error::integrity(
                    QStringLiteral("the ledger's tree has %1 entries but checkpoint %2 was signed for %2: "
                                   "entries were removed")
                        .arg(*size)
                        .arg(last.treeSize));
            // Trust only what was signed: the latest note must verify and agree with its row.
            auto note = SignedNote::parse(last.note);
            auto body = note ? Checkpoint::parse(note->text()) : Result<Checkpoint>(note.error());
            if (!body)
                return Error::integrity(QStringLiteral("the stored checkpoint %1 is damaged: %2")
                                            .arg(last.treeSize)
                                            .arg(body.error().message));
            if (auto ok = note->verify(SignedNoteKey::fromPublicKey(body->origin, m_node.publicKeyRaw())); !ok)
                return Error::integrity(QStringLiteral("the stored checkpoint %1 does not verify: %2")
                                            .arg(last.treeSize)
                                            .arg(ok.error().message));
            if (body->treeSize != last.treeSize || body->rootHash != last.rootHash)
                return Error::integrity(
                    QStringLiteral("the stored checkpoint %1 does not match its signed note").arg(last.treeSize));
            auto proof = MerkleTree::consistencyProof(conn, last.treeSize, *size);
            if (!proof)
                return proof.error();
            if (auto consistent = MerkleProof::verifyConsistency(last.treeSize, *size, *proof, body->rootHash, *root);
                !consistent)
                return Error::integrity(
                    QStringLiteral("the tree of %1 entries is not consistent with checkpoint %2 (%3); "
                                   "the ledger was changed after it was signed")
                        .arg(*size)
                        .arg(last.treeSize)
                        .arg(consistent.error().message));
        }
        const Checkpoint body{origin, *size, *root};
        auto note =
            SignedNote::sign(body.body(), origin, key.keyId, [this](QByteArrayView text) { return m_node.sign(text); });
        if (!note)
            return note.error();
        made = {*size, *root, note->toBytes(), Timestamp::format(m_clock.nowMs())};
        fresh = true;
        return CheckpointStore::insert(conn, made);
    });
    if (!written)
        return written.error();
    return made;
}

Result<TlogProof> CheckpointService::inclusionProof(qint64 index)
{
    if (index < 0)
        return Error::invalid(QStringLiteral("index"), QStringLiteral("the index must be a ledger index (0 or more)"));
    auto cp = latest();
    if (!cp)
        return cp.error();
    StoredCheckpoint checkpoint;
    if (cp->has_value() && (*cp)->treeSize > index) {
        checkpoint = **cp;
    } else {
        auto made = this->checkpoint();
        if (!made)
            return made.error();
        checkpoint = *made;
    }
    if (index >= checkpoint.treeSize)
        return Error::notFound(
            QStringLiteral("the ledger has no entry %1 (it has %2 entries)").arg(index).arg(checkpoint.treeSize));
    auto hashes = MerkleTree::inclusionProof(m_db, index, checkpoint.treeSize);
    if (!hashes)
        return hashes.error();
    TlogProof proof;
    proof.index = index;
    proof.hashes = *hashes;
    proof.checkpointNote = checkpoint.note;
    auto scanned = LedgerStore(m_db).scan(index, [&](qint64 at, QByteArrayView, QByteArrayView canonical) {
        if (at == index)
            proof.extra = canonical.toByteArray();
        return false;
    });
    if (!scanned)
        return scanned.error();
    if (proof.extra.isEmpty())
        return Error::notFound(QStringLiteral("the ledger has no entry %1").arg(index));
    return proof;
}

Result<CheckpointConsistency> CheckpointService::consistencyProof(qint64 oldSize, qint64 newSize)
{
    if (oldSize <= 0 || newSize < oldSize)
        return Error::invalid(QStringLiteral("old"),
                              QStringLiteral("the old tree size must be at least 1 and at most the new size"));
    CheckpointStore store(m_db);
    auto older = store.at(oldSize);
    if (!older)
        return older.error();
    auto newer = store.at(newSize);
    if (!newer)
        return newer.error();
    auto hashes = MerkleTree::consistencyProof(m_db, oldSize, newSize);
    if (!hashes)
        return hashes.error();
    return CheckpointConsistency{*older, *newer, *hashes};
}

} // namespace Lexecon
