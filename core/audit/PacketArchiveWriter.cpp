#include "PacketArchiveWriter.h"

#include "ZipFormat.h"

#include <QDateTime>
#include <QtEndian>

#include <zlib.h>

#include <utility>

namespace Lexecon {

namespace {

using namespace ZipFormat;

constexpr quint16 kUtf8Names = 1 << 11;
constexpr quint16 kMadeByUnix = (3 << 8) | 45;
constexpr quint32 kMax32 = 0xffffffffu;
constexpr quint16 kMax16 = 0xffff;
// Files up to this size are deflated in one call; larger ones stream.
constexpr qsizetype kSmallFile = 64 * 1024;
constexpr qsizetype kOutChunk = 256 * 1024;
// Streamed bytes go to the worker in chunks of this size, at most kQueued of them waiting.
constexpr qsizetype kChunk = 1024 * 1024;
constexpr size_t kQueued = 4;

void put16(QByteArray &b, quint16 v)
{
    char c[2];
    qToLittleEndian(v, c);
    b.append(c, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char c[4];
    qToLittleEndian(v, c);
    b.append(c, 4);
}

void put64(QByteArray &b, quint64 v)
{
    char c[8];
    qToLittleEndian(v, c);
    b.append(c, 8);
}

quint32 crcOf(quint32 crc, QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const uInt n = uInt(qMin<qsizetype>(left, 1 << 30));
        crc = quint32(crc32(crc, reinterpret_cast<const Bytef *>(p), n));
        p += n;
        left -= n;
    }
    return crc;
}

} // namespace

// A raw deflate stream (no zlib or gzip wrapper, as zip wants it), reused from file to file.
struct PacketArchiveWriter::Deflater
{
    z_stream z{};
    bool ok = false;

    Deflater(int level, int windowBits, int memLevel)
    {
        ok = deflateInit2(&z, level, Z_DEFLATED, -windowBits, memLevel, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~Deflater()
    {
        if (ok)
            deflateEnd(&z);
    }
};

PacketArchiveWriter::PacketArchiveWriter(QString workPath) : m_workPath(std::move(workPath)) {}

PacketArchiveWriter::~PacketArchiveWriter()
{
    if (m_worker.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        m_worker.join();
    }
    if (m_file.isOpen())
        m_file.close();
    if (!m_committed && !m_workPath.isEmpty() && m_file.exists())
        QFile::remove(m_workPath);
}

bool PacketArchiveWriter::compresses(const QString &name)
{
    // Text compresses well and quickly: the sections, the reports, SHA256SUMS and the packed
    // evidence (base64 of JSON, 13x smaller). Proofs are stored: deflate saves only a fifth of
    // their ~1.7 KB (mostly base64 hashes) and costs ~45 us each to start and finish a stream, so
    // 100,000 proofs would take seconds to save 40 MB. Evidence files, the PDF, the key and the
    // signature are stored as they are.
    static const char *const kText[] = {".json", ".jsonl", ".csv", ".md", ".html", ".txt"};
    for (const char *ext : kText)
        if (name.endsWith(QLatin1String(ext)))
            return true;
    return name == QLatin1String("SHA256SUMS");
}

Error PacketArchiveWriter::ioError(const QString &what) const
{
    return Error::internal(QStringLiteral("%1 %2: %3").arg(what, m_workPath, m_file.errorString()));
}

Result<void> PacketArchiveWriter::open()
{
    m_file.setFileName(m_workPath);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return Error::invalid(QStringLiteral("out"), QStringLiteral("Cannot create the packet's working file %1: %2; "
                                                                    "send an --out path in a writable folder.")
                                                         .arg(m_workPath, m_file.errorString()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate d = now.date();
    const QTime t = now.time();
    m_dosDate = quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    m_large = std::make_unique<Deflater>(1, 15, 8);
    if (!m_large->ok)
        return Error::internal(QStringLiteral("Cannot start the zip compressor."));
    m_buffer.resize(kOutChunk);
    if (!m_worker.joinable())
        m_worker = std::thread([this] { work(); });
    return {};
}

void PacketArchiveWriter::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_cv.wait(lock, [&] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping
        QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        m_cv.notify_all(); // room in the queue
        consume(chunk);
        chunk = QByteArray();
        lock.lock();
        m_busy = false;
        m_cv.notify_all();
    }
}

void PacketArchiveWriter::enqueue(QByteArray chunk)
{
    if (chunk.isEmpty())
        return;
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_queue.size() < kQueued; });
        m_queue.push_back(std::move(chunk));
    }
    m_cv.notify_all();
}

void PacketArchiveWriter::drain()
{
    enqueue(std::exchange(m_pending, QByteArray()));
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [&] { return m_queue.empty() && !m_busy; });
}

bool PacketArchiveWriter::contains(const QString &name) const
{
    for (const PacketFile &f : m_files)
        if (f.name == name)
            return true;
    return false;
}

void PacketArchiveWriter::writeRaw(QByteArrayView bytes)
{
    if (m_failed || bytes.isEmpty())
        return;
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
        m_failed = true;
}

void PacketArchiveWriter::writeLocalHeader(const QByteArray &name, const Entry &e, quint64 size)
{
    QByteArray h;
    h.reserve(30 + name.size() + 20);
    put32(h, LocalHeaderSignature);
    put16(h, e.zip64Local ? 45 : 20);
    put16(h, kUtf8Names);
    put16(h, e.deflated ? 8 : 0);
    put16(h, m_dosTime);
    put16(h, m_dosDate);
    put32(h, e.crc);
    put32(h, e.zip64Local ? kMax32 : quint32(e.compressed));
    put32(h, e.zip64Local ? kMax32 : quint32(size));
    put16(h, quint16(name.size()));
    put16(h, e.zip64Local ? 20 : 0);
    h.append(name);
    if (e.zip64Local) {
        put16(h, 0x0001);
        put16(h, 16);
        put64(h, size);
        put64(h, e.compressed);
    }
    writeRaw(h);
}

Result<void> PacketArchiveWriter::begin(const QString &name)
{
    if (m_open)
        return Error::internal(QStringLiteral("packet file %1 was started before %2 ended").arg(name, m_current.name));
    if (!m_file.isOpen())
        return Error::internal(QStringLiteral("the packet archive was not opened"));
    m_current = PacketFile{name, m_file.pos(), 0, {}};
    m_currentEntry = Entry{0, 0, compresses(name), true};
    m_open = true;
    m_hash.result(); // resets
    if (m_currentEntry.deflated)
        deflateReset(&m_large->z);
    writeLocalHeader(name.toUtf8(), m_currentEntry, 0);
    return {};
}

void PacketArchiveWriter::emitCompressed(QByteArrayView bytes, bool finish)
{
    z_stream &z = m_large->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    z.avail_in = uInt(bytes.size());
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(m_buffer.data());
        z.avail_out = uInt(m_buffer.size());
        const int ret = deflate(&z, finish ? Z_FINISH : Z_NO_FLUSH);
        const qsizetype have = m_buffer.size() - qsizetype(z.avail_out);
        if (ret == Z_STREAM_ERROR) {
            m_failed = true;
            return;
        }
        writeRaw(QByteArrayView(m_buffer.constData(), have));
        m_currentEntry.compressed += quint64(have);
        if (finish ? ret == Z_STREAM_END : (z.avail_in == 0 && z.avail_out != 0))
            return;
    }
}

void PacketArchiveWriter::write(QByteArrayView bytes)
{
    if (bytes.isEmpty() || m_failed || !m_open)
        return;
    if (m_pending.isEmpty() && bytes.size() >= kChunk) {
        enqueue(bytes.toByteArray());
        return;
    }
    if (m_pending.capacity() < kChunk)
        m_pending.reserve(kChunk + 64 * 1024);
    m_pending.append(bytes.data(), bytes.size());
    if (m_pending.size() >= kChunk)
        enqueue(std::exchange(m_pending, QByteArray()));
}

void PacketArchiveWriter::consume(QByteArrayView bytes)
{
    if (m_failed)
        return;
    m_hash.addData(bytes);
    m_currentEntry.crc = crcOf(m_currentEntry.crc, bytes);
    m_current.size += bytes.size();
    // deflate's avail_in is 32 bits: feed large views in parts.
    for (qsizetype at = 0; at < bytes.size(); at += 1 << 30) {
        const QByteArrayView part = bytes.sliced(at, qMin<qsizetype>(bytes.size() - at, 1 << 30));
        if (m_currentEntry.deflated) {
            emitCompressed(part, false);
        } else {
            writeRaw(part);
            m_currentEntry.compressed += quint64(part.size());
        }
    }
}

Result<PacketFile> PacketArchiveWriter::end()
{
    if (!m_open)
        return Error::internal(QStringLiteral("no packet file was started"));
    drain();
    m_open = false;
    if (m_currentEntry.deflated && !m_failed)
        emitCompressed({}, true);
    // The sizes and the CRC are known now: fill them into the local header.
    const qint64 endPos = m_file.pos();
    const qint64 nameSize = m_current.name.toUtf8().size();
    QByteArray crc, sizes;
    put32(crc, m_currentEntry.crc);
    put64(sizes, quint64(m_current.size));
    put64(sizes, m_currentEntry.compressed);
    if (!m_failed
        && (!m_file.seek(m_current.offset + 14) || m_file.write(crc) != 4 || !m_file.seek(m_current.offset + 30 + nameSize + 4)
            || m_file.write(sizes) != 16 || !m_file.seek(endPos)))
        m_failed = true;
    if (m_failed)
        return ioError(QStringLiteral("Writing the packet failed:"));
    m_current.sha256 = QString::fromLatin1(m_hash.result().toHex());
    m_totalBytes += m_current.size;
    m_files.append(m_current);
    m_entries.push_back(m_currentEntry);
    return m_current;
}

Result<PacketFile> PacketArchiveWriter::add(const QString &name, QByteArrayView bytes)
{
    if (bytes.size() > kSmallFile) {
        if (auto ok = begin(name); !ok)
            return ok.error();
        write(bytes);
        return end();
    }
    if (m_open)
        return Error::internal(QStringLiteral("packet file %1 was started before %2 ended").arg(name, m_current.name));
    if (!m_file.isOpen())
        return Error::internal(QStringLiteral("the packet archive was not opened"));
    PacketFile f{name, m_file.pos(), bytes.size(), QString::fromLatin1(Sha256::hash(bytes).toHex())};
    Entry e{crcOf(0, bytes), quint64(bytes.size()), false, false};
    QByteArrayView data = bytes;
    if (compresses(name) && bytes.size() >= 64) {
        z_stream &z = m_large->z;
        deflateReset(&z);
        const qsizetype bound = qsizetype(deflateBound(&z, uLong(bytes.size())));
        if (m_buffer.size() < bound)
            m_buffer.resize(bound);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
        z.avail_in = uInt(bytes.size());
        z.next_out = reinterpret_cast<Bytef *>(m_buffer.data());
        z.avail_out = uInt(m_buffer.size());
        const qsizetype packed = deflate(&z, Z_FINISH) == Z_STREAM_END ? m_buffer.size() - qsizetype(z.avail_out) : -1;
        if (packed > 0 && packed < bytes.size()) {
            e.deflated = true;
            e.compressed = quint64(packed);
            data = QByteArrayView(m_buffer.constData(), packed);
        }
    }
    writeLocalHeader(name.toUtf8(), e, quint64(bytes.size()));
    writeRaw(data);
    if (m_failed)
        return ioError(QStringLiteral("Writing the packet failed:"));
    m_totalBytes += f.size;
    m_files.append(f);
    m_entries.push_back(e);
    return f;
}

Result<PacketFile> PacketArchiveWriter::addFrom(const QString &name, QIODevice &in)
{
    if (auto ok = begin(name); !ok)
        return ok.error();
    bool readFailed = !in.seek(0);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (!readFailed) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            readFailed = true;
        if (n <= 0)
            break;
        write(QByteArrayView(chunk.constData(), n));
    }
    if (readFailed)
        m_failed = true;
    return end();
}

Result<void> PacketArchiveWriter::writeZip(const QString &zipPath, const std::function<bool(double)> &progress)
{
    if (m_open)
        return Error::internal(QStringLiteral("packet file %1 was not ended").arg(m_current.name));
    if (!m_file.isOpen())
        return Error::internal(QStringLiteral("the packet archive was not opened"));
    const auto cancelled = [&](double f) { return progress && !progress(f); };
    if (cancelled(0.0))
        return Error::conflict(QStringLiteral("The packet build was cancelled; nothing was written."));
    const quint64 cdStart = quint64(m_file.pos());
    QByteArray cd;
    const qsizetype n = m_files.size();
    for (qsizetype i = 0; i < n; ++i) {
        const PacketFile &f = m_files.at(i);
        const Entry &e = m_entries[size_t(i)];
        const QByteArray name = f.name.toUtf8();
        const quint64 size = quint64(f.size), offset = quint64(f.offset);
        // A streamed file's local header carries its sizes in a zip64 field; the central one
        // matches it. Any value beyond 32 bits goes there too.
        const bool bigSizes = e.zip64Local || size >= kMax32 || e.compressed >= kMax32;
        const bool bigOffset = offset >= kMax32;
        QByteArray extra;
        if (bigSizes || bigOffset) {
            QByteArray fields;
            if (bigSizes) {
                put64(fields, size);
                put64(fields, e.compressed);
            }
            if (bigOffset)
                put64(fields, offset);
            put16(extra, 0x0001);
            put16(extra, quint16(fields.size()));
            extra += fields;
        }
        put32(cd, CentralHeaderSignature);
        put16(cd, kMadeByUnix);
        put16(cd, extra.isEmpty() ? 20 : 45);
        put16(cd, kUtf8Names);
        put16(cd, e.deflated ? 8 : 0);
        put16(cd, m_dosTime);
        put16(cd, m_dosDate);
        put32(cd, e.crc);
        put32(cd, bigSizes ? kMax32 : quint32(e.compressed));
        put32(cd, bigSizes ? kMax32 : quint32(size));
        put16(cd, quint16(name.size()));
        put16(cd, quint16(extra.size()));
        put16(cd, 0); // comment
        put16(cd, 0); // disk
        put16(cd, 0); // internal attributes
        put32(cd, quint32(0100644) << 16); // a regular file, rw-r--r--
        put32(cd, bigOffset ? kMax32 : quint32(offset));
        cd += name;
        cd += extra;
        if (cd.size() >= (1 << 20) || i + 1 == n) {
            writeRaw(cd);
            cd.clear();
            if ((i % 8192) == 0 && cancelled(0.5 * double(i) / double(n)))
                return Error::conflict(QStringLiteral("The packet build was cancelled; nothing was written."));
        }
    }
    const quint64 cdEnd = quint64(m_file.pos());
    const quint64 cdSize = cdEnd - cdStart;
    const bool zip64 = quint64(n) >= kMax16 || cdStart >= kMax32 || cdSize >= kMax32;
    QByteArray tail;
    if (zip64) {
        put32(tail, Zip64EndRecordSignature);
        put64(tail, 44);
        put16(tail, kMadeByUnix);
        put16(tail, 45);
        put32(tail, 0);
        put32(tail, 0);
        put64(tail, quint64(n));
        put64(tail, quint64(n));
        put64(tail, cdSize);
        put64(tail, cdStart);
        put32(tail, Zip64LocatorSignature);
        put32(tail, 0);
        put64(tail, cdEnd);
        put32(tail, 1);
    }
    put32(tail, EndRecordSignature);
    put16(tail, 0);
    put16(tail, 0);
    put16(tail, zip64 ? kMax16 : quint16(n));
    put16(tail, zip64 ? kMax16 : quint16(n));
    put32(tail, cdSize >= kMax32 ? kMax32 : quint32(cdSize));
    put32(tail, cdStart >= kMax32 ? kMax32 : quint32(cdStart));
    put16(tail, 0);
    writeRaw(tail);
    if (m_failed || !m_file.flush())
        return ioError(QStringLiteral("Writing the packet failed:"));
    m_file.close();
    if (cancelled(1.0))
        return Error::conflict(QStringLiteral("The packet build was cancelled; nothing was written."));
    if (QFile::exists(zipPath) && !QFile::remove(zipPath))
        return Error::invalid(QStringLiteral("out"), QStringLiteral("Cannot replace %1; choose another --out file.").arg(zipPath));
    QFile work(m_workPath);
    // A rename where possible; QFile copies across file systems.
    if (!work.rename(zipPath))
        return Error::invalid(QStringLiteral("out"),
                              QStringLiteral("Cannot create the packet %1: %2").arg(zipPath, work.errorString()));
    m_committed = true;
    return {};
}

} // namespace Lexecon
