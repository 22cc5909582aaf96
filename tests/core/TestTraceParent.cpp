#include "intake/TraceParent.h"

#include <QTest>

using namespace Lexecon;

// W3C Trace Context version 00: what is recorded on a decision and what is ignored.
class TestTraceParent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validates_data();
    void validates();
};

void TestTraceParent::validates_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::newRow("W3C example") << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01") << true;
    QTest::newRow("not sampled") << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("upper-case hex") << QByteArray("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01") << false;
    QTest::newRow("zero trace id") << QByteArray("00-00000000000000000000000000000000-00f067aa0ba902b7-01") << false;
    QTest::newRow("zero parent id") << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01") << false;
    QTest::newRow("version ff") << QByteArray("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01") << false;
    QTest::newRow("short trace id") << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01") << false;
    QTest::newRow("trailing field") << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x") << false;
    QTest::newRow("wrong separator") << QByteArray("00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01") << false;
    QTest::newRow("non-hex flags") << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g") << false;
}

void TestTraceParent::validates()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QCOMPARE(TraceParent::isValid(header), valid);
}

QTEST_GUILESS_MAIN(TestTraceParent)
#include "TestTraceParent.moc"
