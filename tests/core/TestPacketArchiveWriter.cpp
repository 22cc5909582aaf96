#include "audit/PacketArchiveWriter.h"
#include "audit/PacketReader.h"
#include "crypto/Sha256.h"

#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

using namespace Lexecon;

// The streaming zip writer: streamed and whole files come back byte for byte with the
// SHA-256 it computed, empty files stay empty, more than 65,535 entries work (zip64), and a
// cancelled write leaves no file.
class TestPacketArchiveWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTrip()
    {
        PacketArchiveWriter w(m_dir.filePath(QStringLiteral("spool1")));
        QVERIFY(w.open().ok());
        QVERIFY(w.begin(QStringLiteral("big.json")).ok());
        QByteArray whole;
        for (int i = 0; i < 5000; ++i) {
            const QByteArray line = QByteArray("{\"n\":") + QByteArray::number(i) + "}\n";
            w.write(line);
            whole += line;
        }
        auto big = w.end();
        QVERIFY(big.ok());
        QCOMPARE(big->sha256, Sha256::hex(whole));
        QVERIFY(w.add(QStringLiteral("empty.txt"), QByteArray()).ok());
        QTemporaryFile side;
        QVERIFY(side.open());
        side.write("side file bytes");
        QVERIFY(w.addFrom(QStringLiteral("side.csv"), side).ok());
        QVERIFY(w.contains(QStringLiteral("side.csv")));
        const QString zip = m_dir.filePath(QStringLiteral("a.zip"));
        double last = 0;
        QVERIFY(w.writeZip(zip, [&](double f) { last = f; return true; }).ok());
        QCOMPARE(last, 1.0);
        auto reader = PacketReader::open(zip);
        QVERIFY(reader.ok());
        QCOMPARE((*reader)->names(), (QStringList{"big.json", "empty.txt", "side.csv"}));
        QCOMPARE((*reader)->read(QStringLiteral("big.json")).value(), whole);
        QCOMPARE((*reader)->read(QStringLiteral("empty.txt")).value(), QByteArray());
        QCOMPARE((*reader)->read(QStringLiteral("side.csv")).value(), QByteArray("side file bytes"));
        QVERIFY(!(*reader)->read(QStringLiteral("big.json"), 10).ok());
    }

    // Streamed bytes go to the compressor thread in chunks: small writes, writes larger than a
    // chunk and a whole file between two streams must all come back in order.
    void streamsManyChunksInOrder()
    {
        PacketArchiveWriter w(m_dir.filePath(QStringLiteral("spool3")));
        QVERIFY(w.open().ok());
        QByteArray first, second;
        for (int round = 0; round < 2; ++round) {
            QByteArray &whole = round == 0 ? first : second;
            QVERIFY(w.begin(round == 0 ? QStringLiteral("a.jsonl") : QStringLiteral("b.bin")).ok());
            for (int i = 0; i < 60; ++i) {
                const QByteArray small = QByteArray::number(i * 7919 + round) + ",";
                const QByteArray large(i % 10 == 0 ? 3 * 1024 * 1024 + i : 40000 + i, char('a' + (i + round) % 26));
                w.write(small);
                w.write(large);
                whole += small + large;
            }
            auto done = w.end();
            QVERIFY(done.ok());
            QCOMPARE(done->size, whole.size());
            QCOMPARE(done->sha256, Sha256::hex(whole));
            if (round == 0)
                QVERIFY(w.add(QStringLiteral("between.json"), QByteArray(100000, 'x')).ok());
        }
        const QString zip = m_dir.filePath(QStringLiteral("chunks.zip"));
        QVERIFY(w.writeZip(zip).ok());
        auto reader = PacketReader::open(zip);
        QVERIFY(reader.ok());
        QCOMPARE((*reader)->read(QStringLiteral("a.jsonl")).value(), first);
        QCOMPARE((*reader)->read(QStringLiteral("between.json")).value(), QByteArray(100000, 'x'));
        QCOMPARE((*reader)->read(QStringLiteral("b.bin")).value(), second);
    }

    void overSixtyFiveThousandEntries()
    {
        PacketArchiveWriter w(m_dir.filePath(QStringLiteral("spool2")));
        QVERIFY(w.open().ok());
        for (int i = 0; i < 70000; ++i)
            QVERIFY(w.add(QStringLiteral("p/%1").arg(i), QByteArray::number(i)).ok());
        const QString zip = m_dir.filePath(QStringLiteral("many.zip"));
        QVERIFY(w.writeZip(zip).ok());
        auto reader = PacketReader::open(zip);
        QVERIFY(reader.ok());
        QCOMPARE((*reader)->entries().size(), 70000);
        QCOMPARE((*reader)->read(QStringLiteral("p/69999")).value(), QByteArray("69999"));
    }

    void cancelRemovesTheFile()
    {
        PacketArchiveWriter w(m_dir.filePath(QStringLiteral("spool3")));
        QVERIFY(w.open().ok());
        QVERIFY(w.add(QStringLiteral("a.txt"), QByteArray(1 << 20, 'x')).ok());
        QVERIFY(w.add(QStringLiteral("b.txt"), QByteArray(1 << 20, 'y')).ok());
        const QString zip = m_dir.filePath(QStringLiteral("cancel.zip"));
        auto written = w.writeZip(zip, [](double f) { return f < 0.3; });
        QVERIFY(!written.ok());
        QVERIFY(!QFile::exists(zip));
    }

    void unwritableOutputNamesTheField()
    {
        PacketArchiveWriter w(m_dir.filePath(QStringLiteral("spool4")));
        QVERIFY(w.open().ok());
        QVERIFY(w.add(QStringLiteral("a.txt"), QByteArray("a")).ok());
        auto written = w.writeZip(QStringLiteral("/nonexistent-dir/x.zip"));
        QVERIFY(!written.ok());
    }
};

QTEST_GUILESS_MAIN(TestPacketArchiveWriter)
#include "TestPacketArchiveWriter.moc"
