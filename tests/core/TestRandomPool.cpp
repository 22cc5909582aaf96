#include "crypto/RandomPool.h"

#include <QSet>
#include <QTest>

#include <array>
#include <thread>

using namespace Lexecon;

class TestRandomPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void givesDistinctBytesAcrossRefills()
    {
        // 32-byte salts over several 4 KiB refills: no repeats, no all-zero salt.
        QSet<QByteArray> seen;
        for (int i = 0; i < 2000; ++i) {
            QByteArray salt(32, '\0');
            RandomPool::fill(salt.data(), size_t(salt.size()));
            QVERIFY(salt != QByteArray(32, '\0'));
            QVERIFY(!seen.contains(salt));
            seen.insert(salt);
        }
    }

    void oddSizesAndLargeRequests()
    {
        // Sizes that do not divide the buffer, and one past the bypass size: every byte written.
        for (size_t size : {size_t(1), size_t(7), size_t(10), size_t(255), size_t(256), size_t(257), size_t(5000)}) {
            QByteArray a(qsizetype(size), '\0'), b(qsizetype(size), '\0');
            RandomPool::fill(a.data(), size);
            RandomPool::fill(b.data(), size);
            QVERIFY(a != b);
        }
        RandomPool::fill(nullptr, 0); // nothing asked, nothing written
    }

    void bytesLookUniform()
    {
        // A coarse check that the buffer is not handing out the same region twice or zeros:
        // 64 KiB drawn in small pieces, every byte value seen about 256 times.
        std::array<int, 256> counts{};
        for (int i = 0; i < 65536 / 16; ++i) {
            unsigned char piece[16];
            RandomPool::fill(piece, sizeof piece);
            for (unsigned char c : piece)
                ++counts[c];
        }
        for (int c : counts)
            QVERIFY2(c > 150 && c < 380, qPrintable(QString::number(c)));
    }

    void threadsGetTheirOwnBytes()
    {
        QByteArray a(32, '\0'), b(32, '\0');
        std::thread one([&] { RandomPool::fill(a.data(), 32); });
        std::thread two([&] { RandomPool::fill(b.data(), 32); });
        one.join();
        two.join();
        QVERIFY(a != b);
        QVERIFY(a != QByteArray(32, '\0'));
    }
};

QTEST_GUILESS_MAIN(TestRandomPool)
#include "TestRandomPool.moc"
