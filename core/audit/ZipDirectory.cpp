#include "ZipDirectory.h"

#include "ZipFormat.h"

#include <cstring>
#include <limits>

#include <unistd.h>

namespace Lexecon {

namespace {

using namespace ZipFormat;

// A directory larger than this is not a packet's (100,000 members take about 9 MB).
constexpr quint64 kMaxDirectory = quint64(1) << 31;

Error damaged(const QString &what)
{
    return Error::integrity(QStringLiteral("The zip directory is damaged: %1.").arg(what));
}

bool preadAt(void *context, QByteArray &out, qint64 at)
{
    const int fd = *static_cast<const int *>(context);
    qsizetype done = 0;
    while (done < out.size()) {
        const ssize_t n = ::pread(fd, out.data() + done, size_t(out.size() - done), off_t(at + done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool copyAt(void *context, QByteArray &out, qint64 at)
{
    const QByteArrayView file = *static_cast<const QByteArrayView *>(context);
    if (at < 0 || at + out.size() > file.size())
        return false;
    memcpy(out.data(), file.data() + at, size_t(out.size()));
    return true;
}

} // namespace

Result<ZipDirectory> ZipDirectory::read(int fd, qint64 fileSize)
{
    return readWith(&preadAt, &fd, fileSize);
}

Result<ZipDirectory> ZipDirectory::parse(QByteArrayView file)
{
    return readWith(&copyAt, &file, file.size());
}

Result<ZipDirectory> ZipDirectory::readWith(ReadAt readAt, void *context, qint64 fileSize)
{
    if (fileSize < EndRecordSize)
        return Error::integrity(QStringLiteral("The file has %1 bytes, too few for a zip archive.").arg(fileSize));
    // The end record sits at the end, followed by a comment of at most 65,535 bytes; a zip64
    // locator (20 bytes) comes right before it.
    QByteArray tail(qsizetype(qMin<qint64>(fileSize, EndRecordSize + 65535 + 20)), Qt::Uninitialized);
    const qint64 tailAt = fileSize - tail.size();
    if (!readAt(context, tail, tailAt))
        return Error::integrity(QStringLiteral("The end of the zip file cannot be read."));
    const auto *t = reinterpret_cast<const uchar *>(tail.constData());
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - EndRecordSize; i >= 0; --i)
        if (le32(t + i) == EndRecordSignature && i + EndRecordSize + le16(t + i + 20) <= tail.size()) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        return Error::integrity(QStringLiteral("The file has no zip end-of-directory record: it is not a zip archive, or it was cut short."));
    if (le16(t + eocd + 4) != 0 || le16(t + eocd + 6) != 0)
        return Error::integrity(QStringLiteral("The zip archive spans several disks, which a packet never does."));
    const qint64 endRecordAt = tailAt + eocd;
    quint64 count = le16(t + eocd + 10);
    quint64 directorySize = le32(t + eocd + 12);
    quint64 directoryStart = le32(t + eocd + 16);
    qint64 directoryEnd = endRecordAt;
    if (count == 0xffff || directorySize == 0xffffffffu || directoryStart == 0xffffffffu) {
        if (eocd < 20 || le32(t + eocd - 20) != Zip64LocatorSignature)
            return damaged(QStringLiteral("the end record asks for a zip64 record, and there is no zip64 locator"));
        const quint64 zip64At = le64(t + eocd - 20 + 8);
        if (zip64At + 56 > quint64(endRecordAt - 20))
            return damaged(QStringLiteral("the zip64 end record lies outside the file"));
        QByteArray z64(56, Qt::Uninitialized);
        if (!readAt(context, z64, qint64(zip64At)))
            return damaged(QStringLiteral("the zip64 end record cannot be read"));
        const auto *z = reinterpret_cast<const uchar *>(z64.constData());
        if (le32(z) != Zip64EndRecordSignature)
            return damaged(QStringLiteral("the zip64 locator does not point at a zip64 end record"));
        count = le64(z + 32);
        directorySize = le64(z + 40);
        directoryStart = le64(z + 48);
        directoryEnd = qint64(zip64At);
    }
    if (directoryStart > quint64(directoryEnd) || directorySize > quint64(directoryEnd) - directoryStart)
        return damaged(QStringLiteral("the central directory (%1 bytes at %2) lies outside the file").arg(directorySize).arg(directoryStart));
    if (directorySize > kMaxDirectory)
        return damaged(QStringLiteral("the central directory has %1 bytes, more than any packet's").arg(directorySize));
    if (count > directorySize / CentralHeaderSize)
        return damaged(QStringLiteral("%1 members cannot fit in a directory of %2 bytes").arg(count).arg(directorySize));
    QByteArray directory(qsizetype(directorySize), Qt::Uninitialized);
    if (!readAt(context, directory, qint64(directoryStart)))
        return damaged(QStringLiteral("the central directory cannot be read"));
    ZipDirectory out;
    out.m_directoryStart = qint64(directoryStart);
    if (auto parsed = parseMembers(directory, count, out.m_directoryStart, out.m_members); !parsed)
        return parsed.error();
    return out;
}

Result<void> ZipDirectory::parseMembers(QByteArrayView directory, quint64 count, qint64 directoryStart,
                                        std::vector<ZipMember> &out)
{
    out.reserve(size_t(count));
    const auto *c = reinterpret_cast<const uchar *>(directory.data());
    qsizetype at = 0;
    for (quint64 i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > directory.size() || le32(c + at) != CentralHeaderSignature)
            return damaged(QStringLiteral("member %1 of %2 has no central header where one must be").arg(i).arg(count));
        const uchar *h = c + at;
        const qsizetype nameLength = le16(h + 28), extraLength = le16(h + 30), commentLength = le16(h + 32);
        if (at + CentralHeaderSize + nameLength + extraLength + commentLength > directory.size())
            return damaged(QStringLiteral("member %1's header runs past the directory").arg(i));
        if (le16(h + 34) != 0)
            return damaged(QStringLiteral("member %1 lies on another disk").arg(i));
        ZipMember m;
        m.flags = le16(h + 8);
        m.method = le16(h + 10);
        m.crc = le32(h + 16);
        quint64 packed = le32(h + 20), size = le32(h + 24), offset = le32(h + 42);
        m.name = QString::fromUtf8(reinterpret_cast<const char *>(h + CentralHeaderSize), nameLength);
        // zip64 values follow in this order, each present only where its 32-bit field is full.
        const uchar *x = h + CentralHeaderSize + nameLength, *xEnd = x + extraLength;
        while (x + 4 <= xEnd) {
            const quint16 id = le16(x), length = le16(x + 2);
            if (x + 4 + length > xEnd)
                return damaged(QStringLiteral("member %1's extra field runs past its header").arg(i));
            if (id == 0x0001) {
                const uchar *f = x + 4, *fEnd = f + length;
                const auto take = [&](quint64 &value) {
                    if (value != 0xffffffffu)
                        return true;
                    if (f + 8 > fEnd)
                        return false;
                    value = le64(f);
                    f += 8;
                    return true;
                };
                if (!take(size) || !take(packed) || !take(offset))
                    return damaged(QStringLiteral("member %1's zip64 field is too short").arg(i));
            }
            x += 4 + length;
        }
        if (offset > quint64(directoryStart) || packed > quint64(directoryStart) - offset
            || quint64(directoryStart) - offset - packed < quint64(LocalHeaderSize))
            return damaged(QStringLiteral("member %1 (%2) lies outside the file's data").arg(i).arg(m.name));
        if (size > quint64(std::numeric_limits<qint64>::max()))
            return damaged(QStringLiteral("member %1 claims an impossible size").arg(i));
        m.packedSize = qint64(packed);
        m.size = qint64(size);
        m.localHeader = qint64(offset);
        out.push_back(std::move(m));
        at += CentralHeaderSize + nameLength + extraLength + commentLength;
    }
    return {};
}

} // namespace Lexecon
