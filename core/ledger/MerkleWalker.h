#pragma once

#include "MerkleFrontier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Lexecon {

// The hashing half of a verification walk, on a second thread: the reading thread hands over each
// entry's canonical bytes and stored entry hash in index order; this thread checks the entry hash
// and hashes the Merkle leaf and the nodes it completes (all three SHA-256 per entry), so the two
// cores share the walk. It stops at the first entry whose hash does not match. Memory stays
// bounded: a few chunks of entries are in flight, and they are reused.
class MerkleWalker
{
public:
    // rootSizes: tree sizes whose root the caller wants (the stored checkpoints' sizes).
    explicit MerkleWalker(const QList<qint64> &rootSizes);
    ~MerkleWalker(); // joins the thread (finish() first to get the result)

    // Adds the next entry (copied; the views may die after the call). hashOnly: check its hash
    // but leave it out of the tree (the reader found it bad in another way).
    void add(QByteArrayView canonical, QByteArrayView storedHash, bool hashOnly = false);
    // Waits until every added entry is checked and in the tree.
    void finish();

    // Set once an entry's hash did not match; then no later entry is added to the tree.
    bool failed() const { return m_failed.load(std::memory_order_relaxed); }
    // After finish(): the first entry whose content did not match its hash, or -1.
    qint64 firstBadHash() const { return m_firstBad; }
    // After finish(): the stored hash of the last entry in the tree (64 zeros before any).
    QByteArray lastHash() const { return QByteArray(m_lastHash, 64); }

    QByteArray root() const { return m_frontier.root(); }
    qint64 size() const { return m_frontier.size(); }
    // The root at each requested size the tree reached.
    const QHash<qint64, QByteArray> &rootsAt() const { return m_rootsAt; }

private:
    struct Item
    {
        qsizetype canonical, canonicalSize, hash, hashSize;
        bool hashOnly;
    };
    struct Chunk
    {
        QByteArray bytes; // stored hashes and canonical bytes back to back
        std::vector<Item> items;
    };
    static constexpr qsizetype ChunkEntries = 2048;
    static constexpr size_t MaxChunks = 6;

    void submit();
    void run();

    void process(const Chunk &chunk);

    MerkleFrontier m_frontier;
    std::atomic<bool> m_failed{false};
    qint64 m_firstBad = -1;
    char m_lastHash[64];
    QHash<qint64, QByteArray> m_rootsAt;
    Chunk *m_filling = nullptr;
    std::vector<std::unique_ptr<Chunk>> m_chunks;
    std::vector<Chunk *> m_free, m_full; // guarded by m_mutex
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_finishing = false;
    std::thread m_thread;
};

} // namespace Lexecon
