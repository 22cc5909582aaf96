#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>
#include <vector>

typedef struct zip zip_t;

namespace Lexecon {

// One entry of a packet's zip directory.
struct PacketEntry
{
    QString name;
    qint64 size = 0;
    qint64 index = 0; // in the zip directory
};

// Reads a packet (any zip) with libzip: the entry list and each entry's bytes, whole or in
// chunks. The verifier and the auditor's browser both read through it.
class PacketReader
{
public:
    ~PacketReader();
    PacketReader(const PacketReader &) = delete;
    PacketReader &operator=(const PacketReader &) = delete;

    // An Invalid error naming field "file" when the path is missing or not a zip.
    static Result<std::unique_ptr<PacketReader>> open(const QString &path);

    QString path() const { return m_path; }
    // Every entry in directory order (a name may occur twice in a tampered archive).
    const QList<PacketEntry> &entries() const { return m_entries; }
    QStringList names() const;
    bool contains(const QString &name) const;
    // The whole entry; refuses entries larger than maxBytes (a packet's small files are read whole).
    Result<QByteArray> read(const QString &name, qint64 maxBytes = 64 << 20) const;
    Result<QByteArray> readIndex(qint64 index, qint64 maxBytes) const;
    // Streams the entry in chunks, for large sections. Safe to call from several threads at once
    // (the verifier reads the large files beside the proofs).
    Result<void> readChunks(qint64 index, const std::function<void(QByteArrayView)> &sink) const;

private:
    // Where a stored (not deflated) entry's bytes are, from the central directory.
    struct Stored
    {
        qint64 localHeader = -1; // -1: deflated or unknown, read through libzip
        qint64 size = 0;
        quint32 crc = 0;
    };
    PacketReader() = default;
    // Reads the central directory once for the stored entries' places: a packet has 100,000
    // stored proofs, and opening each through libzip (fstat, lseek, buffers per entry) cost
    // more than checking it. Anything unexpected leaves m_stored empty (libzip reads all).
    void indexStored(qint64 count);
    // false: not a directly readable stored entry (the caller uses libzip).
    Result<bool> readStored(qint64 index, const std::function<void(QByteArrayView)> &sink) const;

    QString m_path;
    int m_fd = -1; // for pread of stored entries, from any thread
    std::vector<Stored> m_stored;
    zip_t *m_zip = nullptr;
    mutable QMutex m_lock; // around every libzip call on m_zip
    QList<PacketEntry> m_entries;
};

} // namespace Lexecon
