#pragma once

#include "ZipDirectory.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
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

// Reads a packet (any zip): the entry list and each entry's bytes, whole or in chunks. The
// verifier and the auditor's browser both read through it.
//
// Stored and deflated members, the only kinds a packet has, are read straight from the file
// (our directory, pread and zlib), with no lock, so several threads read at once. Anything
// else (another compression method, encryption, or a directory our parser refuses but libzip
// accepts) is read through libzip, opened only when such a member is asked for.
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
    // The whole entry (the first of that name); refuses entries larger than maxBytes (a
    // packet's small files are read whole).
    Result<QByteArray> read(const QString &name, qint64 maxBytes = 64 << 20) const;
    Result<QByteArray> readIndex(qint64 index, qint64 maxBytes) const;
    // Streams the entry in chunks, for large sections. Safe to call from several threads at once
    // (the verifier reads the large files beside the proofs). A CRC or size that differs from
    // the directory's is an Integrity error.
    Result<void> readChunks(qint64 index, const std::function<void(QByteArrayView)> &sink) const;

private:
    PacketReader() = default;
    qint64 indexOf(const QString &name) const;
    // The entry's name for messages (or "#index").
    QString nameOf(qint64 index) const;
    // Where the member's data starts, after checking its local header.
    Result<qint64> dataStart(const ZipMember &m) const;
    Result<void> readStored(const ZipMember &m, const std::function<void(QByteArrayView)> &sink) const;
    Result<void> readDeflated(const ZipMember &m, const std::function<void(QByteArrayView)> &sink) const;
    Result<zip_t *> libzip() const;
    Result<void> readThroughLibzip(qint64 index, const std::function<void(QByteArrayView)> &sink) const;

    QString m_path;
    int m_fd = -1; // pread from any thread
    qint64 m_directoryStart = 0;
    std::vector<ZipMember> m_members; // empty when the whole archive is read through libzip
    mutable zip_t *m_zip = nullptr;
    mutable QMutex m_lock; // around opening m_zip and every libzip call on it
    QList<PacketEntry> m_entries;
};

} // namespace Lexecon
