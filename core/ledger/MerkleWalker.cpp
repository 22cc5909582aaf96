#include "MerkleWalker.h"

#include "LedgerHash.h"

#include <cstring>

namespace Lexecon {

MerkleWalker::MerkleWalker(const QList<qint64> &rootSizes)
{
    std::memset(m_lastHash, '0', sizeof m_lastHash);
    for (qint64 size : rootSizes)
        m_rootsAt.insert(size, QByteArray());
    for (size_t i = 0; i < MaxChunks; ++i) {
        m_chunks.push_back(std::make_unique<Chunk>());
        m_chunks.back()->items.reserve(ChunkEntries);
        m_free.push_back(m_chunks.back().get());
    }
    m_thread = std::thread([this] { run(); });
}

MerkleWalker::~MerkleWalker()
{
    finish();
}

void MerkleWalker::add(QByteArrayView canonical, QByteArrayView storedHash, bool hashOnly)
{
    if (!m_filling) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_free.empty(); });
        m_filling = m_free.back();
        m_free.pop_back();
        m_filling->bytes.resize(0); // keeps the capacity
        m_filling->items.clear();
    }
    QByteArray &bytes = m_filling->bytes;
    const qsizetype hashAt = bytes.size();
    bytes.append(storedHash.data(), storedHash.size());
    bytes.append(canonical.data(), canonical.size());
    m_filling->items.push_back({hashAt + storedHash.size(), canonical.size(), hashAt, storedHash.size(), hashOnly});
    if (qsizetype(m_filling->items.size()) == ChunkEntries || hashOnly)
        submit();
}

void MerkleWalker::submit()
{
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(m_filling);
    }
    m_filling = nullptr;
    m_changed.notify_all();
}

void MerkleWalker::finish()
{
    if (m_filling)
        submit();
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void MerkleWalker::run()
{
    size_t next = 0; // m_full is a FIFO read from the front
    for (;;) {
        Chunk *chunk = nullptr;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return next < m_full.size() || m_finishing; });
            if (next == m_full.size())
                return; // finishing, and every chunk is done
            chunk = m_full[next++];
            if (next == m_full.size()) {
                m_full.clear();
                next = 0;
            }
        }
        if (!failed())
            process(*chunk);
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(chunk);
        }
        m_changed.notify_all();
    }
}

void MerkleWalker::process(const Chunk &chunk)
{
    unsigned char digest[32], leaf[32];
    char hex[64];
    const char *bytes = chunk.bytes.constData();
    for (const Item &item : chunk.items) {
        const QByteArrayView canonical(bytes + item.canonical, item.canonicalSize);
        LedgerHash::entryHashInto(canonical, digest);
        LedgerHash::toHex(digest, hex);
        if (item.hashSize != 64 || std::memcmp(bytes + item.hash, hex, 64) != 0) {
            m_firstBad = m_frontier.size();
            m_failed.store(true, std::memory_order_relaxed);
            return;
        }
        if (item.hashOnly)
            return; // the reader stops here with its own finding
        LedgerHash::leafHashInto(canonical, leaf);
        m_frontier.append(QByteArrayView(reinterpret_cast<const char *>(leaf), 32));
        std::memcpy(m_lastHash, hex, 64);
        if (!m_rootsAt.isEmpty()) {
            auto it = m_rootsAt.find(m_frontier.size());
            if (it != m_rootsAt.end())
                *it = m_frontier.root();
        }
    }
}

} // namespace Lexecon
