#include "ledger/Checkpoint.h"

#include <QTest>

using namespace Lexecon;

class TestCheckpoint : public QObject
{
    Q_OBJECT

    static QByteArray root() { return QByteArray::fromBase64("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="); }

private Q_SLOTS:
    void formatsTheC2spBody()
    {
        // The example from c2sp.org/tlog-checkpoint.
        const Checkpoint c{QStringLiteral("example.com/behind-the-sofa"), 20852163, root()};
        QCOMPARE(c.body(),
                 QByteArray("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"));
        auto back = Checkpoint::parse(c.body());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->origin, c.origin);
        QCOMPARE(back->treeSize, c.treeSize);
        QCOMPARE(back->rootHash, root());
    }

    void acceptsExtensionLines()
    {
        auto c = Checkpoint::parse("log\n0\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\nextension\n");
        QVERIFY(c.ok());
        QCOMPARE(c->treeSize, 0);
    }

    void rejectsBadBodies_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray r = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=";
        QTest::newRow("no final newline") << QByteArray("log\n5\n" + r) << QStringLiteral("newline");
        QTest::newRow("two lines") << QByteArray("log\n5\n") << QStringLiteral("origin, a tree size");
        QTest::newRow("empty origin") << QByteArray("\n5\n" + r + "\n") << QStringLiteral("empty line");
        QTest::newRow("leading zero") << QByteArray("log\n05\n" + r + "\n") << QStringLiteral("leading zeros");
        QTest::newRow("negative size") << QByteArray("log\n-5\n" + r + "\n") << QStringLiteral("tree size");
        QTest::newRow("hex size") << QByteArray("log\n0x10\n" + r + "\n") << QStringLiteral("tree size");
        QTest::newRow("huge size") << QByteArray("log\n99999999999999999999\n" + r + "\n")
                                   << QStringLiteral("tree size");
        QTest::newRow("short root") << QByteArray("log\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3\n")
                                    << QStringLiteral("32-byte");
        QTest::newRow("root not base64") << QByteArray("log\n5\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I!\n")
                                         << QStringLiteral("32-byte");
    }

    void rejectsBadBodies()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto c = Checkpoint::parse(text);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, Error::Code::Integrity);
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "TestCheckpoint.moc"
