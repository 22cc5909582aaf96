#include "audit/PacketReader.h"
#include "audit/ZipDirectory.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentMap>
#include <QtEndian>
#include <QtTest>

#include <fcntl.h>
#include <unistd.h>
#include <zip.h>

using namespace Lexecon;

// The packet reader against archives written by libzip, an independent writer: stored,
// deflated, empty and bzip2 members come back byte for byte; a changed byte in a member's data,
// a CRC or a size in the directory is an error naming the member; reads from several threads at
// once agree.
class TestPacketReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Member
    {
        QString name;
        QByteArray bytes;
        zip_int32_t method;
    };

    static QByteArray compressible(qsizetype size, quint32 seed)
    {
        QRandomGenerator rng(seed);
        QByteArray out;
        out.reserve(size);
        while (out.size() < size)
            out += "{\"decision_id\":\"dec_" + QByteArray::number(rng.generate() % 100000) + "\",\"outcome\":\"approved\"}\n";
        out.truncate(size);
        return out;
    }

    // Writes the members with libzip, each with the given compression method.
    QString writeWithLibzip(const QString &fileName, const QList<Member> &members)
    {
        const QString path = m_dir.filePath(fileName);
        int error = 0;
        zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!za)
            return {};
        for (const Member &m : members) {
            zip_source_t *src = zip_source_buffer(za, m.bytes.constData(), zip_uint64_t(m.bytes.size()), 0);
            const zip_int64_t index = zip_file_add(za, m.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
            if (index < 0 || zip_set_file_compression(za, zip_uint64_t(index), m.method, 0) != 0) {
                zip_discard(za);
                return {};
            }
        }
        return zip_close(za) == 0 ? path : QString();
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    // The central directory record of `name` in `zip` (its offset in the file).
    static qsizetype centralRecord(const QByteArray &zip, const QString &name)
    {
        const QByteArray needle = QByteArray("PK\x01\x02", 4);
        for (qsizetype at = zip.indexOf(needle); at >= 0; at = zip.indexOf(needle, at + 1)) {
            const quint16 nameLength = qFromLittleEndian<quint16>(zip.constData() + at + 28);
            if (zip.mid(at + 46, nameLength) == name.toUtf8())
                return at;
        }
        return -1;
    }

    QString damagedCopy(const QString &source, const QString &fileName, const std::function<void(QByteArray &)> &change)
    {
        QByteArray bytes = fileBytes(source);
        change(bytes);
        const QString path = m_dir.filePath(fileName);
        writeBytes(path, bytes);
        return path;
    }

    QList<Member> sampleMembers() const
    {
        return {
            {QStringLiteral("small.txt"), QByteArray("stored bytes\n"), ZIP_CM_STORE},
            {QStringLiteral("sections/decisions.json"), compressible(3 * 1024 * 1024 + 17, 1), ZIP_CM_DEFLATE},
            {QStringLiteral("empty"), QByteArray(), ZIP_CM_DEFLATE},
            {QStringLiteral("large-stored.bin"), compressible(1536 * 1024, 2), ZIP_CM_STORE},
            {QStringLiteral("tiny-deflated.txt"), QByteArray("x"), ZIP_CM_DEFLATE},
            {QStringLiteral("bzip2.txt"), compressible(200000, 3), ZIP_CM_BZIP2},
        };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsWhatLibzipWrote()
    {
        const QList<Member> members = sampleMembers();
        const QString path = writeWithLibzip(QStringLiteral("libzip.zip"), members);
        QVERIFY(!path.isEmpty());
        auto reader = PacketReader::open(path);
        QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().message));
        QCOMPARE((*reader)->entries().size(), members.size());
        for (qsizetype i = 0; i < members.size(); ++i) {
            const PacketEntry &e = (*reader)->entries().at(i);
            QCOMPARE(e.name, members.at(i).name);
            QCOMPARE(e.size, members.at(i).bytes.size());
            QCOMPARE(e.index, i);
            auto bytes = (*reader)->read(e.name);
            QVERIFY2(bytes.ok(), qPrintable(e.name));
            QVERIFY2(*bytes == members.at(i).bytes, qPrintable(e.name));
        }
        QVERIFY((*reader)->contains(QStringLiteral("empty")));
        QVERIFY(!(*reader)->contains(QStringLiteral("missing")));
        QCOMPARE((*reader)->read(QStringLiteral("missing")).error().code, Error::Code::NotFound);
        // Larger than the caller allows: refused before anything is inflated.
        QVERIFY(!(*reader)->read(QStringLiteral("sections/decisions.json"), 1024).ok());
    }

    void readsFromSeveralThreadsAtOnce()
    {
        const QList<Member> members = sampleMembers();
        const QString path = writeWithLibzip(QStringLiteral("threads.zip"), members);
        auto reader = PacketReader::open(path);
        QVERIFY(reader.ok());
        QList<int> rounds;
        for (int i = 0; i < 48; ++i)
            rounds << i;
        const PacketReader *r = reader->get();
        const QList<bool> same = QtConcurrent::blockingMapped<QList<bool>>(rounds, [&](int round) {
            const qsizetype i = round % members.size();
            auto bytes = r->readIndex(i, 1 << 30);
            return bytes.ok() && *bytes == members.at(i).bytes;
        });
        QVERIFY(!same.contains(false));
    }

    void changedDataIsCaught_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("deflated data") << "sections/decisions.json" << "data" << "damaged";
        QTest::newRow("stored data") << "small.txt" << "data" << "CRC-32 differs";
        QTest::newRow("large stored data") << "large-stored.bin" << "data" << "CRC-32 differs";
        QTest::newRow("deflated CRC") << "sections/decisions.json" << "crc" << "CRC-32 differs";
        QTest::newRow("stored CRC") << "small.txt" << "crc" << "CRC-32 differs";
        QTest::newRow("deflated size too small") << "sections/decisions.json" << "shrink" << "more than";
        QTest::newRow("deflated size too large") << "sections/decisions.json" << "grow" << "not the";
        QTest::newRow("deflated data cut short") << "sections/decisions.json" << "packed" << "ends early";
        QTest::newRow("local header moved") << "small.txt" << "offset" << "local header";
    }

    void changedDataIsCaught()
    {
        QFETCH(QString, member);
        QFETCH(QString, what);
        QFETCH(QString, expected);
        const QString source = writeWithLibzip(QStringLiteral("source.zip"), sampleMembers());
        const QString path = damagedCopy(source, QStringLiteral("damaged.zip"), [&](QByteArray &zip) {
            const qsizetype central = centralRecord(zip, member);
            QVERIFY(central > 0);
            char *h = zip.data() + central;
            const quint32 local = qFromLittleEndian<quint32>(h + 42);
            const quint16 localName = qFromLittleEndian<quint16>(zip.constData() + local + 26);
            const quint16 localExtra = qFromLittleEndian<quint16>(zip.constData() + local + 28);
            const qsizetype data = qsizetype(local) + 30 + localName + localExtra;
            if (what == QLatin1String("data"))
                zip[data + qFromLittleEndian<quint32>(h + 20) / 2] = char(zip[data + qFromLittleEndian<quint32>(h + 20) / 2] ^ 0x5a);
            else if (what == QLatin1String("crc"))
                qToLittleEndian<quint32>(qFromLittleEndian<quint32>(h + 16) ^ 1u, h + 16);
            else if (what == QLatin1String("shrink"))
                qToLittleEndian<quint32>(qFromLittleEndian<quint32>(h + 24) - 100, h + 24);
            else if (what == QLatin1String("grow"))
                qToLittleEndian<quint32>(qFromLittleEndian<quint32>(h + 24) + 100, h + 24);
            else if (what == QLatin1String("packed"))
                qToLittleEndian<quint32>(qFromLittleEndian<quint32>(h + 20) / 2, h + 20);
            else if (what == QLatin1String("offset"))
                qToLittleEndian<quint32>(local + 7, h + 42);
        });
        auto reader = PacketReader::open(path);
        QVERIFY(reader.ok());
        auto bytes = (*reader)->read(member, 1 << 30);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code, Error::Code::Integrity);
        QVERIFY2(bytes.error().message.contains(member), qPrintable(bytes.error().message));
        QVERIFY2(bytes.error().message.contains(expected), qPrintable(bytes.error().message));
        // The other members still read.
        QCOMPARE((*reader)->read(QStringLiteral("tiny-deflated.txt")).value(), QByteArray("x"));
    }

    void notAZipIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "too few";
        QTest::newRow("text") << QByteArray("this is a text file, not a packet\n").repeated(20) << "end-of-directory";
        QTest::newRow("end record only, directory beyond")
            << QByteArray("PK\x05\x06\0\0\0\0\x01\0\x01\0\x2e\0\0\0\x10\0\0\0\0\0", 22) << "outside the file";
        QTest::newRow("zip64 without locator")
            << QByteArray("PK\x05\x06\0\0\0\0\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\0\0", 22) << "zip64";
    }

    void notAZipIsRefusedWithTheReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("not-a-zip.zip"));
        writeBytes(path, bytes);
        auto reader = PacketReader::open(path);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.error().code, Error::Code::InvalidInput);
        QCOMPARE(reader.error().field, QStringLiteral("file"));
        QVERIFY2(reader.error().message.contains(expected), qPrintable(reader.error().message));
        QVERIFY(!PacketReader::open(m_dir.filePath(QStringLiteral("nothing-here.zip"))).ok());
    }

    // Every cut of an archive, and every single changed byte of its directory and end record,
    // gives either an error or a directory whose members all lie inside the file's data: never
    // a read out of bounds (the sanitizer builds and tests/fuzz check the same for random input).
    void damagedDirectoriesNeverLeadOutside()
    {
        const QString source = writeWithLibzip(QStringLiteral("small.zip"),
                                               {{QStringLiteral("a.txt"), QByteArray("alpha"), ZIP_CM_STORE},
                                                {QStringLiteral("b.json"), compressible(5000, 4), ZIP_CM_DEFLATE},
                                                {QStringLiteral("c"), QByteArray(), ZIP_CM_STORE}});
        const QByteArray zip = fileBytes(source);
        auto whole = ZipDirectory::parse(zip);
        QVERIFY(whole.ok());
        QCOMPARE(whole->members().size(), size_t(3));
        for (qsizetype cut = 0; cut < zip.size(); ++cut)
            QVERIFY2(!ZipDirectory::parse(QByteArrayView(zip).first(cut)).ok(), qPrintable(QString::number(cut)));
        int refused = 0, parsed = 0;
        for (qsizetype at = whole->directoryStart(); at < zip.size(); ++at) {
            for (const char flip : {char(0x01), char(0x80), char(0xff)}) {
                QByteArray changed = zip;
                changed[at] = char(changed[at] ^ flip);
                auto d = ZipDirectory::parse(changed);
                if (!d.ok()) {
                    QCOMPARE(d.error().code, Error::Code::Integrity);
                    ++refused;
                    continue;
                }
                ++parsed;
                QVERIFY(d->directoryStart() <= changed.size());
                for (const ZipMember &m : d->members()) {
                    QVERIFY(m.localHeader >= 0 && m.packedSize >= 0 && m.size >= 0);
                    QVERIFY(m.localHeader + 30 + m.packedSize <= d->directoryStart());
                }
            }
        }
        QVERIFY(refused > 0);
        QVERIFY(parsed > 0);
    }

    // A directory our parser refuses but libzip reads (here: a member on "disk 1", which libzip
    // ignores) is read entirely through libzip.
    void fallsBackToLibzip()
    {
        const QString source = writeWithLibzip(QStringLiteral("fallback-source.zip"),
                                               {{QStringLiteral("a.txt"), QByteArray("alpha"), ZIP_CM_DEFLATE}});
        const QString path = damagedCopy(source, QStringLiteral("fallback.zip"), [&](QByteArray &zip) {
            const qsizetype central = centralRecord(zip, QStringLiteral("a.txt"));
            qToLittleEndian<quint16>(1, zip.data() + central + 34);
        });
        QVERIFY(!ZipDirectory::parse(fileBytes(path)).ok());
        auto reader = PacketReader::open(path);
        if (!reader.ok())
            QSKIP("this libzip refuses the changed disk number too");
        QCOMPARE((*reader)->names(), QStringList{QStringLiteral("a.txt")});
        QCOMPARE((*reader)->read(QStringLiteral("a.txt")).value(), QByteArray("alpha"));
    }
};

QTEST_GUILESS_MAIN(TestPacketReader)
#include "TestPacketReader.moc"
