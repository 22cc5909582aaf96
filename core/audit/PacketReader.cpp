#include "PacketReader.h"

#include <QFile>
#include <QMutexLocker>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <zip.h>

namespace Lexecon {

PacketReader::~PacketReader()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<PacketReader>> PacketReader::open(const QString &path)
{
    if (!QFile::exists(path))
        return Error::invalid(QStringLiteral("file"),
                              QStringLiteral("There is no packet file %1; send the path of a .zip packet.").arg(path));
    int error = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!za) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return Error::invalid(QStringLiteral("file"),
                              QStringLiteral("%1 is not a readable zip archive (%2); send an audit packet.").arg(path, why));
    }
    std::unique_ptr<PacketReader> reader(new PacketReader);
    reader->m_path = path;
    reader->m_zip = za;
    const zip_int64_t count = zip_get_num_entries(za, 0);
    reader->m_entries.reserve(qsizetype(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za, zip_uint64_t(i), 0, &st) != 0)
            continue;
        reader->m_entries.append(PacketEntry{QString::fromUtf8(st.name), qint64(st.size), i});
    }
    reader->indexStored(qint64(count));
    return reader;
}

QStringList PacketReader::names() const
{
    QStringList out;
    out.reserve(m_entries.size());
    for (const PacketEntry &e : m_entries)
        out << e.name;
    return out;
}

bool PacketReader::contains(const QString &name) const
{
    QMutexLocker lock(&m_lock);
    return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_GUESS) >= 0;
}

Result<QByteArray> PacketReader::read(const QString &name, qint64 maxBytes) const
{
    zip_int64_t index = -1;
    {
        QMutexLocker lock(&m_lock);
        index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_GUESS);
    }
    if (index < 0)
        return Error::notFound(QStringLiteral("The packet has no file %1.").arg(name));
    return readIndex(index, maxBytes);
}

Result<QByteArray> PacketReader::readIndex(qint64 index, qint64 maxBytes) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    {
        QMutexLocker lock(&m_lock);
        if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0)
            return Error::integrity(QStringLiteral("The packet's entry %1 cannot be read: %2").arg(index).arg(zip_strerror(m_zip)));
    }
    if (qint64(st.size) > maxBytes)
        return Error::integrity(QStringLiteral("The packet's file %1 has %2 bytes, more than the %3 expected.")
                                    .arg(QString::fromUtf8(st.name))
                                    .arg(qint64(st.size))
                                    .arg(maxBytes));
    QByteArray out;
    out.reserve(qsizetype(st.size));
    auto read = readChunks(index, [&](QByteArrayView chunk) { out.append(chunk); });
    if (!read)
        return read.error();
    return out;
}

namespace {

quint16 le16(const uchar *p) { return qFromLittleEndian<quint16>(p); }
quint32 le32(const uchar *p) { return qFromLittleEndian<quint32>(p); }
quint64 le64(const uchar *p) { return qFromLittleEndian<quint64>(p); }

bool preadAll(int fd, QByteArray &buf, qint64 at)
{
    qsizetype done = 0;
    while (done < buf.size()) {
        const ssize_t n = ::pread(fd, buf.data() + done, size_t(buf.size() - done), off_t(at + done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

void PacketReader::indexStored(qint64 count)
{
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat sb;
    if (::fstat(fd, &sb) != 0 || sb.st_size < 22) {
        ::close(fd);
        return;
    }
    const qint64 fileSize = qint64(sb.st_size);
    // The end record, with at most a 64 KiB comment after it.
    QByteArray tail(qsizetype(qMin<qint64>(fileSize, 22 + 65535 + 20)), Qt::Uninitialized);
    const qint64 tailAt = fileSize - tail.size();
    if (!preadAll(fd, tail, tailAt)) {
        ::close(fd);
        return;
    }
    const auto *t = reinterpret_cast<const uchar *>(tail.constData());
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i)
        if (le32(t + i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0) {
        ::close(fd);
        return;
    }
    quint64 entries = le16(t + eocd + 10);
    quint64 cdSize = le32(t + eocd + 12);
    quint64 cdStart = le32(t + eocd + 16);
    if (entries == 0xffff || cdSize == 0xffffffffu || cdStart == 0xffffffffu) {
        // zip64: the locator sits right before the end record and points at the zip64 end record.
        if (eocd < 20 || le32(t + eocd - 20) != 0x07064b50) {
            ::close(fd);
            return;
        }
        QByteArray z64(56, Qt::Uninitialized);
        if (!preadAll(fd, z64, qint64(le64(t + eocd - 20 + 8)))) {
            ::close(fd);
            return;
        }
        const auto *z = reinterpret_cast<const uchar *>(z64.constData());
        if (le32(z) != 0x06064b50) {
            ::close(fd);
            return;
        }
        entries = le64(z + 32);
        cdSize = le64(z + 40);
        cdStart = le64(z + 48);
    }
    if (qint64(entries) != count || cdStart + cdSize > quint64(fileSize) || cdSize > (quint64(1) << 31)) {
        ::close(fd);
        return;
    }
    QByteArray cd(qsizetype(cdSize), Qt::Uninitialized);
    if (!preadAll(fd, cd, qint64(cdStart))) {
        ::close(fd);
        return;
    }
    std::vector<Stored> stored(static_cast<size_t>(count));
    const auto *c = reinterpret_cast<const uchar *>(cd.constData());
    qsizetype at = 0;
    for (qint64 i = 0; i < count; ++i) {
        if (at + 46 > cd.size() || le32(c + at) != 0x02014b50) {
            ::close(fd);
            return;
        }
        const uchar *h = c + at;
        const quint16 flags = le16(h + 8), method = le16(h + 10);
        const quint32 crc = le32(h + 16);
        quint64 packed = le32(h + 20), size = le32(h + 24), offset = le32(h + 42);
        const qsizetype nameLen = le16(h + 28), extraLen = le16(h + 30), commentLen = le16(h + 32);
        if (at + 46 + nameLen + extraLen + commentLen > cd.size()) {
            ::close(fd);
            return;
        }
        // zip64 values come in this order, each only where the 32-bit field is full.
        const uchar *x = h + 46 + nameLen, *xEnd = x + extraLen;
        while (x + 4 <= xEnd) {
            const quint16 id = le16(x), len = le16(x + 2);
            if (x + 4 + len > xEnd)
                break;
            if (id == 0x0001) {
                const uchar *f = x + 4, *fEnd = f + len;
                if (size == 0xffffffffu && f + 8 <= fEnd) { size = le64(f); f += 8; }
                if (packed == 0xffffffffu && f + 8 <= fEnd) { packed = le64(f); f += 8; }
                if (offset == 0xffffffffu && f + 8 <= fEnd) { offset = le64(f); f += 8; }
            }
            x += 4 + len;
        }
        // Small (read whole into a per-thread buffer, so memory stays bounded), stored, not
        // encrypted, sizes agreeing, inside the file: read directly. Anything else goes through
        // libzip, which knows every other case and streams large files.
        if (method == 0 && !(flags & 1) && packed == size && size <= (quint64(1) << 20) && offset < cdStart)
            stored[size_t(i)] = Stored{qint64(offset), qint64(size), crc};
        at += 46 + nameLen + extraLen + commentLen;
    }
    m_stored = std::move(stored);
    m_fd = fd;
}

Result<bool> PacketReader::readStored(qint64 index, const std::function<void(QByteArrayView)> &sink) const
{
    if (m_fd < 0 || index < 0 || quint64(index) >= m_stored.size() || m_stored[size_t(index)].localHeader < 0)
        return false;
    const Stored &s = m_stored[size_t(index)];
    // The local header's name and extra lengths may differ from the central ones: read a
    // little more than the header and the data in one call, then more if the extra is longer.
    static thread_local QByteArray buf;
    buf.resize(qsizetype(30 + 512 + s.size));
    qint64 got = ::pread(m_fd, buf.data(), size_t(buf.size()), off_t(s.localHeader));
    if (got < 30)
        return false;
    const auto *h = reinterpret_cast<const uchar *>(buf.constData());
    if (le32(h) != 0x04034b50 || le16(h + 8) != 0)
        return false;
    const qint64 dataAt = 30 + le16(h + 26) + le16(h + 28);
    if (dataAt + s.size > got) {
        if (dataAt + s.size > buf.size())
            buf.resize(qsizetype(dataAt + s.size));
        const ssize_t more = ::pread(m_fd, buf.data() + got, size_t(dataAt + s.size - got), off_t(s.localHeader + got));
        if (more < 0 || got + more < dataAt + s.size)
            return Error::integrity(QStringLiteral("The packet's entry %1 is damaged: it ends early.").arg(index));
    }
    const QByteArrayView data(buf.constData() + dataAt, qsizetype(s.size));
    if (quint32(crc32(0, reinterpret_cast<const Bytef *>(data.data()), uInt(data.size()))) != s.crc)
        return Error::integrity(QStringLiteral("The packet's entry %1 is damaged: CRC error").arg(index));
    sink(data);
    return true;
}

Result<void> PacketReader::readChunks(qint64 index, const std::function<void(QByteArrayView)> &sink) const
{
    if (auto direct = readStored(index, sink); !direct)
        return direct.error();
    else if (*direct)
        return {};
    // libzip's archive handle is not thread-safe: every call on it holds the lock, the caller's
    // work on each chunk does not.
    QMutexLocker lock(&m_lock);
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return Error::integrity(QStringLiteral("The packet's entry %1 cannot be opened: %2").arg(index).arg(zip_strerror(m_zip)));
    static thread_local QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()));
        if (n < 0) {
            const QString why = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            // A CRC mismatch or a damaged deflate stream ends up here: the archive was changed.
            return Error::integrity(QStringLiteral("The packet's entry %1 is damaged: %2").arg(index).arg(why));
        }
        if (n == 0)
            break;
        lock.unlock();
        sink(QByteArrayView(buffer.constData(), qsizetype(n)));
        lock.relock();
    }
    zip_fclose(file);
    return {};
}

} // namespace Lexecon
