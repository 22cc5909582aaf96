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

    void encodesTimeAndRandomBitsAsTheSpec()
    {
        // Decoding all 26 characters gives back 128 bits: 48 of time, then 80 random ones that
        // count up by one within a millisecond.
        const auto decode = [](const QString &body) {
            static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
            unsigned __int128 bits = 0;
            for (QChar c : body)
                bits = (bits << 5) | unsigned(alphabet.indexOf(c));
            return bits;
        };
        const qint64 ms = 1795341600999;
        unsigned __int128 previous = 0;
        for (int i = 0; i < 1000; ++i) {
            const QString id = Ulid::make(QStringLiteral("rsp_"), ms);
            const unsigned __int128 bits = decode(id.mid(4));
            QCOMPARE(qint64(bits >> 80), ms);
            if (i > 0)
                QVERIFY(bits == previous + 1);
            previous = bits;
        }
        QCOMPARE(Ulid::make(QString(), 0).left(10), QStringLiteral("0000000000"));
        QCOMPARE(Ulid::make(QString(), (qint64(1) << 48) - 1).left(10), QStringLiteral("7ZZZZZZZZZ"));
    }

    void decodesEitherCase()
    {
        const QString id = Ulid::make(QStringLiteral("dec_"), 1795341600000);
        const QString lower = QStringLiteral("dec_") + id.mid(4).toLower();
        QVERIFY(Ulid::isValid(lower, QStringLiteral("dec_")));
        QCOMPARE(Ulid::timestampOf(lower), 1795341600000);
        // Outside ASCII, characters upper-case first as QChar does: the long s (U+017F) reads as S.
        QString longS = id;
        longS[longS.size() - 1] = QChar(0x017F);
        QVERIFY(Ulid::isValid(longS, QStringLiteral("dec_")));
        QString dotless = id;
        dotless[dotless.size() - 1] = QChar(0x0131); // upper-cases to I, not in the alphabet
        QVERIFY(!Ulid::isValid(dotless, QStringLiteral("dec_")));
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

    void rePrefixedKeepsTheUlid()
    {
        const QString decision = Ulid::make(QStringLiteral("dec_"), 1795341600000);
        const QString token = Ulid::rePrefixed(decision, QLatin1String("dec_"), QLatin1String("cap_"));
        QVERIFY(Ulid::isValid(token, QStringLiteral("cap_")));
        QCOMPARE(token.mid(4), decision.mid(4));
        QCOMPARE(Ulid::timestampOf(token), qint64(1795341600000));
        QCOMPARE(Ulid::rePrefixed(token, QLatin1String("cap_"), QLatin1String("dec_")), decision);
        // Only from the prefix asked for: no decision behind an id of another type or none.
        QCOMPARE(Ulid::rePrefixed(token, QLatin1String("rsp_"), QLatin1String("dec_")), QString());
        QCOMPARE(Ulid::rePrefixed(decision.mid(4), QLatin1String("cap_"), QLatin1String("dec_")), QString());
        QCOMPARE(Ulid::rePrefixed(QString(), QLatin1String("cap_"), QLatin1String("dec_")), QString());
    }
};

QTEST_GUILESS_MAIN(TestUlid)
#include "TestUlid.moc"
