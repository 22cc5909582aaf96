#include "PacketArchiveWriter.h"

#include <QFile>
#include <QSet>

#include <zip.h>

namespace Lexecon {

namespace {

// Text compresses well and quickly; proofs (mostly hashes), evidence content and the PDF do
// not repay the time, so they are stored.
bool worthCompressing(const QString &name, qint64 size)
{
    if (size < 512)
        return false;
    return name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".csv"))
           || name.endsWith(QLatin1String(".md")) || name.endsWith(QLatin1String(".html"))
           || name.endsWith(QLatin1String(".txt")) || name == QLatin1String("SHA256SUMS");
}

struct ProgressState
{
    const std::function<bool(double)> *progress = nullptr;
    bool cancelled = false;
};

} // namespace

PacketArchiveWriter::PacketArchiveWriter(QString spoolPath) : m_spoolPath(std::move(spoolPath)) {}

PacketArchiveWriter::~PacketArchiveWriter()
{
    m_spool.close();
}

Result<void> PacketArchiveWriter::open()
{
    m_spool.setFileName(m_spoolPath);
    if (!m_spool.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return Error::internal(QStringLiteral("Cannot write the packet's working file %1: %2")
                                   .arg(m_spoolPath, m_spool.errorString()));
    return {};
}

bool PacketArchiveWriter::contains(const QString &name) const
{
    for (const PacketFile &f : m_files)
        if (f.name == name)
            return true;
    return false;
}

Result<void> PacketArchiveWriter::begin(const QString &name)
{
    if (m_open)
        return Error::internal(QStringLiteral("packet file %1 was started before %2 ended").arg(name, m_current.name));
    m_current = PacketFile{name, m_offset, 0, {}};
    m_open = true;
    m_hash.result(); // resets
    return {};
}

void PacketArchiveWriter::write(QByteArrayView bytes)
{
    if (bytes.isEmpty() || m_writeFailed)
        return;
    if (m_spool.write(bytes.data(), bytes.size()) != bytes.size())
        m_writeFailed = true;
    m_hash.addData(bytes);
    m_current.size += bytes.size();
    m_offset += bytes.size();
}

Result<PacketFile> PacketArchiveWriter::end()
{
    if (!m_open)
        return Error::internal(QStringLiteral("no packet file was started"));
    m_open = false;
    if (m_writeFailed)
        return Error::internal(QStringLiteral("Writing the packet's working file %1 failed: %2")
                                   .arg(m_spoolPath, m_spool.errorString()));
    m_current.sha256 = QString::fromLatin1(m_hash.result().toHex());
    m_files.append(m_current);
    return m_current;
}

Result<PacketFile> PacketArchiveWriter::add(const QString &name, QByteArrayView bytes)
{
    if (auto ok = begin(name); !ok)
        return ok.error();
    write(bytes);
    return end();
}

Result<PacketFile> PacketArchiveWriter::addFrom(const QString &name, QIODevice &in)
{
    if (auto ok = begin(name); !ok)
        return ok.error();
    if (!in.seek(0))
        m_writeFailed = true;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            m_writeFailed = true;
        if (n <= 0)
            break;
        write(QByteArrayView(chunk.constData(), n));
    }
    return end();
}

Result<void> PacketArchiveWriter::writeZip(const QString &zipPath, const std::function<bool(double)> &progress)
{
    if (!m_spool.flush())
        return Error::internal(QStringLiteral("Writing the packet's working file failed: %1").arg(m_spool.errorString()));
    int error = 0;
    zip_t *za = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!za) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return Error::invalid(QStringLiteral("out"), QStringLiteral("Cannot create the packet %1: %2").arg(zipPath, why));
    }
    const QByteArray spool = QFile::encodeName(m_spoolPath);
    auto failWith = [&](const QString &what) -> Result<void> {
        const QString why = QString::fromUtf8(zip_strerror(za));
        zip_discard(za);
        QFile::remove(zipPath);
        return Error::internal(QStringLiteral("%1: %2").arg(what, why));
    };
    for (const PacketFile &f : m_files) {
        // A zero length means "to the end of the file" to zip_source_file, so empty files get a buffer.
        zip_source_t *src = f.size == 0 ? zip_source_buffer(za, nullptr, 0, 0)
                                        : zip_source_file(za, spool.constData(), zip_uint64_t(f.offset), f.size);
        if (!src)
            return failWith(QStringLiteral("Cannot add %1 to the packet").arg(f.name));
        const zip_int64_t index = zip_file_add(za, f.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            return failWith(QStringLiteral("Cannot add %1 to the packet").arg(f.name));
        }
        const bool compress = worthCompressing(f.name, f.size);
        zip_set_file_compression(za, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, compress ? 1 : 0);
    }
    ProgressState state{&progress, false};
    if (progress) {
        zip_register_progress_callback_with_state(
            za, 0.01,
            [](zip_t *, double fraction, void *ud) {
                auto *s = static_cast<ProgressState *>(ud);
                if (!(*s->progress)(fraction))
                    s->cancelled = true;
            },
            nullptr, &state);
        zip_register_cancel_callback_with_state(
            za, [](zip_t *, void *ud) { return static_cast<ProgressState *>(ud)->cancelled ? 1 : 0; }, nullptr, &state);
    }
    if (zip_close(za) != 0) {
        if (state.cancelled) {
            zip_discard(za);
            QFile::remove(zipPath);
            return Error::conflict(QStringLiteral("The packet build was cancelled; nothing was written."));
        }
        return failWith(QStringLiteral("Cannot write the packet %1").arg(zipPath));
    }
    return {};
}

} // namespace Lexecon
