#pragma once

#include "common/Result.h"
#include "crypto/Sha256.h"

#include <QFile>
#include <QList>
#include <QString>

#include <functional>

namespace Lexecon {

// One file of a packet as written: where its bytes sit in the spool and their SHA-256.
struct PacketFile
{
    QString name;
    qint64 offset = 0;
    qint64 size = 0;
    QString sha256; // lowercase hex
};

// Writes a packet's files without holding them in memory: every file is appended to one spool
// file (while its SHA-256 is computed), and writeZip() hands libzip a window of the spool per
// file, which libzip reads while it writes the archive. Memory stays bounded by the number of
// files, not their size. The zip64 extensions libzip adds for more than 65,535 files are read by
// Info-ZIP unzip and by libzip itself.
class PacketArchiveWriter
{
public:
    explicit PacketArchiveWriter(QString spoolPath);
    ~PacketArchiveWriter();

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
    qint64 totalBytes() const { return m_offset; }

    // progress(fraction) returns false to cancel; a cancelled or failed write removes zipPath.
    Result<void> writeZip(const QString &zipPath, const std::function<bool(double)> &progress = {});

private:
    QString m_spoolPath;
    QFile m_spool;
    QList<PacketFile> m_files;
    PacketFile m_current;
    bool m_open = false;
    bool m_writeFailed = false;
    qint64 m_offset = 0;
    Sha256 m_hash;
};

} // namespace Lexecon
