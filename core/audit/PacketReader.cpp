#include "PacketReader.h"

#include <QFile>
#include <QMutexLocker>

#include <zip.h>

namespace Lexecon {

PacketReader::~PacketReader()
{
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

Result<void> PacketReader::readChunks(qint64 index, const std::function<void(QByteArrayView)> &sink) const
{
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
