#pragma once

#include "common/Result.h"
#include "crypto/Sha256.h"

#include <QFile>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Lexecon {

// One file of a packet as written: its name, size and SHA-256.
struct PacketFile
{
    QString name;
    qint64 offset = 0; // of its local header in the zip
    qint64 size = 0;   // uncompressed
    QString sha256;    // lowercase hex
};

// Writes a packet's zip directly, one file after another, without holding the files in memory
// or copying them through a spool: each file's bytes are hashed (SHA-256 for SHA256SUMS, CRC-32
// for the zip), deflated where that pays and written to the archive as they come. Whole files
// (proofs, the key, the reports) get their local header with the final sizes; a streamed file
// (begin/write/end) gets a zip64 extra field whose sizes are filled in when it ends, so no file
// is limited to 4 GiB. writeZip() appends the central directory (zip64 when there are more than
// 65,535 files, which Info-ZIP unzip and libzip read) and moves the archive into place. Memory
// is a few hundred bytes per file.
//
// A streamed file's bytes are hashed, deflated and written on a worker thread, fed through a
// bounded queue (a few MiB), so the caller renders the next rows on one core while the other
// compresses; end() waits for the queue to drain. Whole files (add) stay on the caller's thread.
class PacketArchiveWriter
{
public:
    // workPath: where the archive is written while it is built (ideally beside the final path,
    // so the move is a rename); removed unless writeZip() succeeds.
    explicit PacketArchiveWriter(QString workPath);
    ~PacketArchiveWriter();
    PacketArchiveWriter(const PacketArchiveWriter &) = delete;
    PacketArchiveWriter &operator=(const PacketArchiveWriter &) = delete;

    Result<void> open();
    // Streams one file: begin, write any number of times, end.
    Result<void> begin(const QString &name);
    void write(QByteArrayView bytes);
    Result<PacketFile> end();
    Result<PacketFile> add(const QString &name, QByteArrayView bytes);
    // Copies a device (a side file written alongside another section) into the packet as name.
    Result<PacketFile> addFrom(const QString &name, QIODevice &in);

    const QList<PacketFile> &files() const { return m_files; }
    bool contains(const QString &name) const;
    qint64 totalBytes() const { return m_totalBytes; } // uncompressed bytes of all files

    // Finishes the archive and moves it to zipPath. progress(fraction) returns false to cancel;
    // a cancelled or failed write leaves no file behind.
    Result<void> writeZip(const QString &zipPath, const std::function<bool(double)> &progress = {});

    // Whether a file of this name is deflated (text) or stored (already dense or tiny).
    static bool compresses(const QString &name);

private:
    struct Entry
    {
        quint32 crc = 0;
        quint64 compressed = 0;
        bool deflated = false;
        bool zip64Local = false; // streamed: sizes in a zip64 extra field
    };
    struct Deflater;

    void writeRaw(QByteArrayView bytes); // sets m_failed on error
    void consume(QByteArrayView bytes);  // hash, CRC, deflate and write (on the worker)
    void enqueue(QByteArray chunk);      // blocks while the queue is full
    void drain();                        // waits until the worker consumed everything
    void work();
    void writeLocalHeader(const QByteArray &name, const Entry &e, quint64 size);
    void emitCompressed(QByteArrayView bytes, bool finish);
    Error ioError(const QString &what) const;

    QString m_workPath;
    QFile m_file;
    QList<PacketFile> m_files;
    std::vector<Entry> m_entries;
    PacketFile m_current;
    Entry m_currentEntry;
    bool m_open = false;
    std::atomic<bool> m_failed = false;
    bool m_committed = false;
    qint64 m_totalBytes = 0;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    Sha256 m_hash;
    std::unique_ptr<Deflater> m_large; // one raw deflate stream, reset per file
    QByteArray m_buffer;               // compressed output
    QByteArray m_pending;              // streamed bytes not yet queued
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QByteArray> m_queue;
    bool m_busy = false; // the worker is consuming a chunk
    bool m_stop = false;
    std::thread m_worker;
};

} // namespace Lexecon
