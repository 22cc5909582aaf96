#pragma once

#include "CheckpointStore.h"
#include "TlogProof.h"
#include "common/Result.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace Lexecon {

class Clock;
class Database;
class LedgerWriter;
class NodeIdentity;

// When the node signs checkpoints. Settings table keys: ledger.checkpoint_every_entries,
// ledger.checkpoint_every_seconds, ledger.origin (empty: "lexecon/<node_id>").
struct CheckpointSettings
{
    qint64 everyEntries = 1000;
    int everySeconds = 60;
    QString origin;

    static CheckpointSettings load(const std::shared_ptr<Database> &db);
};

// A consistency proof between two signed checkpoints (RFC 9162 section 2.1.4).
struct CheckpointConsistency
{
    StoredCheckpoint oldCheckpoint;
    StoredCheckpoint newCheckpoint;
    QList<QByteArray> hashes; // 32 raw bytes each
};

// Signs C2SP checkpoints of the ledger's Merkle tree with the node key (SPEC section 5): after
// every N entries (LedgerWriter::appended), every T seconds when the tree grew (start()), and on
// demand (checkpoint()). Before signing it proves the new tree consistent with the latest signed
// checkpoint and refuses otherwise, so the node never signs two inconsistent checkpoints.
// A checkpoint is not a ledger entry (an entry would change the tree it describes); it is
// stored in table checkpoints and logged.
class CheckpointService : public QObject
{
    Q_OBJECT
public:
    // writer may be null (no automatic checkpoints after appends).
    CheckpointService(std::shared_ptr<Database> db, const NodeIdentity &node, LedgerWriter *writer, const Clock &clock,
                      QObject *parent = nullptr);
    ~CheckpointService() override;

    void setSettings(const CheckpointSettings &settings);
    CheckpointSettings settings() const;
    QString origin() const;
    // The note verifier key (Go sumdb/note form) that checks this node's checkpoints.
    QString verifierKey() const;

    // Starts the every-T-seconds timer (on the calling thread's event loop).
    void start();
    void stop();

    // Signs a checkpoint of the whole tree if it grew since the latest one and returns the latest
    // checkpoint. Integrity error (nothing signed) when the tree is not consistent with the latest.
    Result<StoredCheckpoint> checkpoint();
    Result<std::optional<StoredCheckpoint>> latest();
    // Proof of entry index relative to the latest checkpoint (signing a new one first if the
    // latest does not cover index yet).
    Result<TlogProof> inclusionProof(qint64 index);
    // Proof that the checkpoint of newSize extends the one of oldSize; both must be stored.
    Result<CheckpointConsistency> consistencyProof(qint64 oldSize, qint64 newSize);

Q_SIGNALS:
    void checkpointed(qint64 treeSize);
    void checkpointRefused(const QString &problem);

private:
    void onAppended(qint64 index);
    void signIfDue();
    // checkpoint() from the mark or the timer, where nobody takes the result.
    void signOrLog();
    void onTimer();
    Result<StoredCheckpoint> signLocked(bool &fresh);

    std::shared_ptr<Database> m_db;
    const NodeIdentity &m_node;
    const Clock &m_clock;
    CheckpointSettings m_settings;
    QTimer m_timer;
    mutable QMutex m_mutex;
    std::atomic<qint64> m_lastSigned{-1}; // tree size of the latest checkpoint; -1 until read
    std::atomic<qint64> m_everyEntries;   // m_settings.everyEntries, for the appending threads
    std::atomic<bool> m_signQueued{false};
};

} // namespace Lexecon
