#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Lexecon {

// One member as the zip's central directory describes it.
struct ZipMember
{
    QString name;
    quint16 flags = 0;
    quint16 method = 0; // 0 stored, 8 deflated; anything else is read through libzip
    quint32 crc = 0;
    qint64 packedSize = 0;
    qint64 size = 0;
    qint64 localHeader = 0;

    bool encrypted() const { return flags & 1; }
};

// The central directory of a zip file (APPNOTE 6.3.10 section 4.3.12-4.3.16, with zip64),
// parsed straight from the file: opening a 100,000-member packet through libzip cost about a
// sixth of its verification. Every length and offset is checked against the file before it is
// used, so a damaged or hostile archive gives an error, never a read outside the buffers.
class ZipDirectory
{
public:
    // Reads the end record and the directory of the open file `fd` of `fileSize` bytes.
    // An Integrity error says what is wrong (no end record, a directory beyond the file, ...).
    static Result<ZipDirectory> read(int fd, qint64 fileSize);
    // The same over bytes in memory (the directory parser's fuzz target and tests).
    static Result<ZipDirectory> parse(QByteArrayView file);

    const std::vector<ZipMember> &members() const { return m_members; }
    // Where the central directory starts: no member's data may reach past it.
    qint64 directoryStart() const { return m_directoryStart; }

private:
    // Reads `size` bytes at `at`; false when the file ends first.
    using ReadAt = bool (*)(void *context, QByteArray &out, qint64 at);
    static Result<ZipDirectory> readWith(ReadAt readAt, void *context, qint64 fileSize);
    static Result<void> parseMembers(QByteArrayView directory, quint64 count, qint64 directoryStart,
                                     std::vector<ZipMember> &out);

    std::vector<ZipMember> m_members;
    qint64 m_directoryStart = 0;
};

} // namespace Lexecon
