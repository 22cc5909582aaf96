#include "PacketReader.h"

#include "ZipFormat.h"

#include <QFile>
#include <QMutexLocker>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <zip.h>

namespace Lexecon {

namespace {

using namespace ZipFormat;

constexpr qsizetype kChunk = 1 << 16;
// Stored members up to this size are read with their local header in one pread.
constexpr qint64 kWholeRead = 1 << 20;

QString libzipOpenError(int code)
{
    zip_error_t ze;
    zip_error_init_with_code(&ze, code);
    const QString why = QString::fromUtf8(zip_error_strerror(&ze));
    zip_error_fini(&ze);
    return why;
}

// Reads exactly buf.size() bytes at `at`; the count actually read otherwise.
qint64 preadFull(int fd, char *buf, qint64 size, qint64 at)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, buf + done, size_t(size - done), off_t(at + done));
        if (n <= 0)
            break;
        done += n;
    }
    return done;
}

Error damagedEntry(const ZipMember &m, const QString &why)
{
    return Error::integrity(QStringLiteral("The packet's file %1 is damaged: %2").arg(m.name, why));
}

} // namespace

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
    std::unique_ptr<PacketReader> reader(new PacketReader);
    reader->m_path = path;
    reader->m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat sb;
    if (reader->m_fd < 0 || ::fstat(reader->m_fd, &sb) != 0 || !S_ISREG(sb.st_mode))
        return Error::invalid(QStringLiteral("file"),
                              QStringLiteral("%1 cannot be opened as a file; send the path of a .zip packet.").arg(path));
    auto directory = ZipDirectory::read(reader->m_fd, qint64(sb.st_size));
    if (directory) {
        reader->m_directoryStart = directory->directoryStart();
        reader->m_members = directory->members();
        reader->m_entries.reserve(qsizetype(reader->m_members.size()));
        qint64 index = 0;
        for (const ZipMember &m : reader->m_members)
            reader->m_entries.append(PacketEntry{m.name, m.size, index++});
        return reader;
    }
    // Our parser refused the directory: libzip knows more layouts; if it cannot read the file
    // either, the reason ours gave is the more precise one.
    auto za = reader->libzip();
    if (!za)
        return Error::invalid(QStringLiteral("file"), QStringLiteral("%1 is not a readable zip archive (%2) Send an audit packet.")
                                                          .arg(path, directory.error().message));
    const zip_int64_t count = zip_get_num_entries(*za, 0);
    reader->m_entries.reserve(qsizetype(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(*za, zip_uint64_t(i), 0, &st) != 0)
            continue;
        reader->m_entries.append(PacketEntry{QString::fromUtf8(st.name), qint64(st.size), i});
    }
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

QString PacketReader::nameOf(qint64 index) const
{
    for (const PacketEntry &e : m_entries)
        if (e.index == index)
            return e.name;
    return QStringLiteral("#%1").arg(index);
}

qint64 PacketReader::indexOf(const QString &name) const
{
    // A few lookups per packet: a scan is cheaper than keeping a hash of 100,000 names.
    for (const PacketEntry &e : m_entries)
        if (e.name == name)
            return e.index;
    return -1;
}

bool PacketReader::contains(const QString &name) const
{
    return indexOf(name) >= 0;
}

Result<QByteArray> PacketReader::read(const QString &name, qint64 maxBytes) const
{
    const qint64 index = indexOf(name);
    if (index < 0)
        return Error::notFound(QStringLiteral("The packet has no file %1.").arg(name));
    return readIndex(index, maxBytes);
}

Result<QByteArray> PacketReader::readIndex(qint64 index, qint64 maxBytes) const
{
    // Entries are numbered by their place, except where libzip could not describe one.
    const PacketEntry *entry = index >= 0 && index < m_entries.size() && m_entries.at(index).index == index
        ? &m_entries.at(index)
        : nullptr;
    for (qsizetype i = 0; !entry && i < m_entries.size(); ++i)
        if (m_entries.at(i).index == index)
            entry = &m_entries.at(i);
    if (!entry)
        return Error::notFound(QStringLiteral("The packet has no entry %1.").arg(index));
    if (entry->size > maxBytes)
        return Error::integrity(QStringLiteral("The packet's file %1 has %2 bytes, more than the %3 expected.")
                                    .arg(entry->name)
                                    .arg(entry->size)
                                    .arg(maxBytes));
    QByteArray out;
    out.reserve(qsizetype(entry->size));
    auto read = readChunks(index, [&](QByteArrayView chunk) { out.append(chunk); });
    if (!read)
        return read.error();
    return out;
}

Result<void> PacketReader::readChunks(qint64 index, const std::function<void(QByteArrayView)> &sink) const
{
    if (m_members.empty() || index < 0 || quint64(index) >= m_members.size())
        return readThroughLibzip(index, sink);
    const ZipMember &m = m_members[size_t(index)];
    if (m.encrypted() || (m.method != 0 && m.method != 8))
        return readThroughLibzip(index, sink);
    return m.method == 0 ? readStored(m, sink) : readDeflated(m, sink);
}

Result<qint64> PacketReader::dataStart(const ZipMember &m) const
{
    uchar h[LocalHeaderSize];
    if (preadFull(m_fd, reinterpret_cast<char *>(h), LocalHeaderSize, m.localHeader) != LocalHeaderSize || le32(h) != LocalHeaderSignature)
        return damagedEntry(m, QStringLiteral("its local header is missing"));
    if (le16(h + 8) != m.method)
        return damagedEntry(m, QStringLiteral("its local header names another compression method"));
    const qint64 at = m.localHeader + LocalHeaderSize + le16(h + 26) + le16(h + 28);
    if (at + m.packedSize > m_directoryStart)
        return damagedEntry(m, QStringLiteral("its data runs into the directory"));
    return at;
}

Result<void> PacketReader::readStored(const ZipMember &m, const std::function<void(QByteArrayView)> &sink) const
{
    if (m.packedSize != m.size)
        return damagedEntry(m, QStringLiteral("stored, yet its packed and plain sizes differ"));
    static thread_local QByteArray buf;
    if (m.size <= kWholeRead) {
        // Small members (the proofs): the local header, its name and extra, and the data in one
        // pread; a second one only when the local extra field is unusually long.
        buf.resize(qsizetype(LocalHeaderSize + 512 + m.size));
        const qint64 got = preadFull(m_fd, buf.data(), buf.size(), m.localHeader);
        const auto *h = reinterpret_cast<const uchar *>(buf.constData());
        if (got < LocalHeaderSize || le32(h) != LocalHeaderSignature || le16(h + 8) != 0)
            return damagedEntry(m, QStringLiteral("its local header is missing"));
        const qint64 dataAt = LocalHeaderSize + le16(h + 26) + le16(h + 28);
        if (m.localHeader + dataAt + m.size > m_directoryStart)
            return damagedEntry(m, QStringLiteral("its data runs into the directory"));
        if (dataAt + m.size > got) {
            if (dataAt + m.size > buf.size())
                buf.resize(qsizetype(dataAt + m.size));
            const qint64 more = dataAt + m.size - got;
            if (preadFull(m_fd, buf.data() + got, more, m.localHeader + got) != more)
                return damagedEntry(m, QStringLiteral("it ends early"));
        }
        const QByteArrayView data(buf.constData() + dataAt, qsizetype(m.size));
        if (quint32(crc32(0, reinterpret_cast<const Bytef *>(data.data()), uInt(data.size()))) != m.crc)
            return damagedEntry(m, QStringLiteral("its CRC-32 differs from the directory's, so its bytes were changed"));
        sink(data);
        return {};
    }
    auto start = dataStart(m);
    if (!start)
        return start.error();
    buf.resize(kChunk);
    uLong crc = crc32(0, nullptr, 0);
    for (qint64 done = 0; done < m.size;) {
        const qint64 want = qMin<qint64>(kChunk, m.size - done);
        if (preadFull(m_fd, buf.data(), want, *start + done) != want)
            return damagedEntry(m, QStringLiteral("it ends early"));
        const QByteArrayView chunk(buf.constData(), qsizetype(want));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(chunk.data()), uInt(chunk.size()));
        sink(chunk);
        done += want;
    }
    if (quint32(crc) != m.crc)
        return damagedEntry(m, QStringLiteral("its CRC-32 differs from the directory's, so its bytes were changed"));
    return {};
}

Result<void> PacketReader::readDeflated(const ZipMember &m, const std::function<void(QByteArrayView)> &sink) const
{
    auto start = dataStart(m);
    if (!start)
        return start.error();
    static thread_local QByteArray in, out;
    in.resize(kChunk);
    out.resize(kChunk);
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return Error::internal(QStringLiteral("zlib cannot start inflating %1.").arg(m.name));
    uLong crc = crc32(0, nullptr, 0);
    qint64 fed = 0, produced = 0;
    int status = Z_OK;
    for (;;) {
        if (z.avail_in == 0 && fed < m.packedSize) {
            const qint64 want = qMin<qint64>(kChunk, m.packedSize - fed);
            if (preadFull(m_fd, in.data(), want, *start + fed) != want) {
                inflateEnd(&z);
                return damagedEntry(m, QStringLiteral("it ends early"));
            }
            fed += want;
            z.next_in = reinterpret_cast<Bytef *>(in.data());
            z.avail_in = uInt(want);
        }
        const uLong consumedBefore = z.total_in;
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            const QString why = QString::fromUtf8(z.msg ? z.msg : "invalid deflate data");
            inflateEnd(&z);
            return damagedEntry(m, QStringLiteral("its compressed data is invalid (%1)").arg(why));
        }
        const qint64 n = out.size() - qint64(z.avail_out);
        produced += n;
        if (produced > m.size) {
            inflateEnd(&z);
            return damagedEntry(m, QStringLiteral("it inflates to more than the %1 bytes the directory gives").arg(m.size));
        }
        if (n > 0) {
            crc = crc32(crc, reinterpret_cast<const Bytef *>(out.constData()), uInt(n));
            sink(QByteArrayView(out.constData(), qsizetype(n)));
        }
        if (status == Z_STREAM_END)
            break;
        // No output and no input taken: the compressed data ended before the deflate stream.
        if (n == 0 && z.total_in == consumedBefore && (z.avail_in != 0 || fed >= m.packedSize))
            break;
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return damagedEntry(m, QStringLiteral("its compressed data ends early"));
    if (produced != m.size)
        return damagedEntry(m, QStringLiteral("it inflates to %1 bytes, not the %2 the directory gives").arg(produced).arg(m.size));
    if (quint32(crc) != m.crc)
        return damagedEntry(m, QStringLiteral("its CRC-32 differs from the directory's, so its bytes were changed"));
    return {};
}

Result<zip_t *> PacketReader::libzip() const
{
    QMutexLocker lock(&m_lock);
    if (m_zip)
        return m_zip;
    int error = 0;
    m_zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &error);
    if (!m_zip)
        return Error::integrity(libzipOpenError(error));
    return m_zip;
}

Result<void> PacketReader::readThroughLibzip(qint64 index, const std::function<void(QByteArrayView)> &sink) const
{
    auto za = libzip();
    if (!za)
        return Error::integrity(QStringLiteral("The packet's file %1 cannot be read: %2").arg(nameOf(index), za.error().message));
    // libzip's archive handle is not thread-safe: every call on it holds the lock, the caller's
    // work on each chunk does not.
    QMutexLocker lock(&m_lock);
    zip_file_t *file = zip_fopen_index(*za, zip_uint64_t(index), 0);
    if (!file)
        return Error::integrity(QStringLiteral("The packet's file %1 cannot be opened: %2").arg(nameOf(index), QString::fromUtf8(zip_strerror(*za))));
    static thread_local QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()));
        if (n < 0) {
            const QString why = QString::fromUtf8(zip_file_strerror(file));
            zip_fclose(file);
            // A CRC mismatch or a damaged deflate stream ends up here: the archive was changed.
            return Error::integrity(QStringLiteral("The packet's file %1 is damaged: %2").arg(nameOf(index), why));
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
