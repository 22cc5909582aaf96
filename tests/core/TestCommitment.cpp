#include "crypto/Commitment.h"
#include "crypto/Sha256.h"

#include <QTest>

using namespace Lexecon;

class TestCommitment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void computesSha256OfSaltAndData_data()
    {
        QTest::addColumn<int>("dataSize");
        // Small data is hashed in one stack buffer, large data streamed: both give the same digest.
        for (int size : {0, 1, 100, 4063, 4064, 4065, 20000})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }
    void computesSha256OfSaltAndData()
    {
        QFETCH(int, dataSize);
        QByteArray data(dataSize, Qt::Uninitialized);
        for (int i = 0; i < dataSize; ++i)
            data[i] = char(i * 7 + 3);
        const QByteArray salt = Commitment::newSalt();
        QCOMPARE(salt.size(), Commitment::SaltBytes);
        const QString expected = QString::fromLatin1(Sha256::hash(salt + data).toHex());
        QCOMPARE(Commitment::compute(salt, data), expected);
        QVERIFY(Commitment::verify(expected, salt, data));
    }

    void knownVector()
    {
        // SHA-256("abc") with an empty salt: FIPS 180-2's example.
        QCOMPARE(Commitment::compute(QByteArrayView(), QByteArrayView("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void makeUsesAFreshSaltEachTime()
    {
        const Commitment a = Commitment::make("same request");
        const Commitment b = Commitment::make("same request");
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.value != b.value);
        QVERIFY(Commitment::verify(a.value, a.salt, "same request"));
        QVERIFY(!Commitment::verify(a.value, b.salt, "same request"));
        QVERIFY(!Commitment::verify(a.value, a.salt, "another request"));
        QVERIFY(!Commitment::verify(a.value, QByteArray(), "same request")); // erased salt
    }
};

QTEST_GUILESS_MAIN(TestCommitment)
#include "TestCommitment.moc"
