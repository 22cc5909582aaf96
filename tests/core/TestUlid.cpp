#include "common/Ulid.h"

#include <QSet>
#include <QTest>

using namespace Lexecon;

class TestUlid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatAndTimestamp()
    {
        const qint64 ms = 1795341600000;
        const QString id = Ulid::make(QStringLiteral("dec_"), ms);
        QCOMPARE(id.size(), 4 + 26);
        QVERIFY(id.startsWith(QLatin1String("dec_")));
        QVERIFY(Ulid::isValid(id, QStringLiteral("dec_")));
        QVERIFY(!Ulid::isValid(id, QStringLiteral("esc_")));
        QCOMPARE(Ulid::timestampOf(id), ms);
        // No I, L, O, U in Crockford base 32.
        for (QChar c : id.mid(4))
            QVERIFY(!QStringLiteral("ILOU").contains(c));
    }

    void knownTimestampPrefix()
    {
        // The ULID spec's example: 1469918176385 ms encodes as 01ARYZ6S41.
        QVERIFY(Ulid::make(QString(), 1469918176385).startsWith(QLatin1String("01ARYZ6S41")));
    }

    void monotonicWithinMillisecond()
    {
        QString previous;
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString id = Ulid::make(QStringLiteral("dec_"), 1795341600123);
            QVERIFY2(id > previous, qPrintable(id + " <= " + previous));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            previous = id;
        }
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << QStringLiteral("dec_01ARYZ6S41");
        QTest::newRow("bad char") << QStringLiteral("dec_01ARYZ6S41UUUUUUUUUUUUUUUU");
        QTest::newRow("overflow") << QStringLiteral("dec_81ARYZ6S410000000000000000");
        QTest::newRow("no prefix") << QStringLiteral("01ARYZ6S410000000000000000");
    }
    void rejectsMalformed()
    {
        QFETCH(QString, id);
        QVERIFY(!Ulid::isValid(id, QStringLiteral("dec_")));
    }

    void checkFieldNamesTheField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("accepted");
        const QString valid = Ulid::make(QStringLiteral("esc_"), 1795341600000);
        QTest::newRow("valid") << valid << true << true;
        QTest::newRow("empty optional") << QString() << false << true;
        QTest::newRow("empty required") << QString() << true << false;
        QTest::newRow("other prefix") << QStringLiteral("dec_") + valid.mid(4) << false << false;
    }
    void checkFieldNamesTheField()
    {
        QFETCH(QString, value);
        QFETCH(bool, required);
        QFETCH(bool, accepted);
        auto checked = Ulid::checkField(QStringLiteral("escalation_id"), value, QStringLiteral("esc_"), required);
        QCOMPARE(checked.ok(), accepted);
        if (!accepted) {
            QCOMPARE(checked.error().code, Error::Code::InvalidInput);
            QCOMPARE(checked.error().field, QStringLiteral("escalation_id"));
            QCOMPARE(checked.error().message,
                     QStringLiteral("escalation_id \"%1\" is not valid; send a esc_ id.").arg(value));
        }
    }
};

QTEST_GUILESS_MAIN(TestUlid)
#include "TestUlid.moc"
