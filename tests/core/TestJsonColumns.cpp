#include "common/CanonicalJson.h"
#include "decision/JsonColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lexecon;

namespace {

QByteArray qtCompact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCodePointAsValueAndKey()
    {
        // The claim JsonColumns rests on: for well-formed strings Qt's compact text and JCS are
        // the same bytes, whatever the characters (escapes, controls, DEL, non-BMP, U+2028).
        for (char32_t cp = 0; cp < 0x110000; ++cp) {
            if (cp >= 0xD800 && cp < 0xE000)
                continue;
            const QString s = QStringLiteral("x") + QString::fromUcs4(&cp, 1) + QStringLiteral("y");
            const QJsonObject o{{QStringLiteral("k"), s}, {s, 1}};
            QVERIFY(JsonColumns::sameAsCanonical(o));
            const QByteArray canonical = CanonicalJson::serialize(o);
            if (canonical != qtCompact(o))
                QFAIL(qPrintable(QStringLiteral("code point %1 differs").arg(uint(cp), 0, 16)));
            QCOMPARE(JsonColumns::of(o, canonical), qtCompact(o));
        }
    }

    void falls_back_data()
    {
        QTest::addColumn<QJsonObject>("value");
        QTest::addColumn<bool>("same");
        QTest::newRow("integers") << QJsonObject{{QStringLiteral("a"), 0}, {QStringLiteral("b"), -17},
                                                 {QStringLiteral("c"), qint64(9007199254740991LL)}}
                                  << true;
        QTest::newRow("bools, null, nesting")
            << QJsonObject{{QStringLiteral("t"), true}, {QStringLiteral("n"), QJsonValue::Null},
                           {QStringLiteral("z"), QJsonArray{QJsonObject{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}}}}}
            << true;
        QTest::newRow("fraction") << QJsonObject{{QStringLiteral("a"), 0.25}} << false;
        QTest::newRow("small exponent") << QJsonObject{{QStringLiteral("a"), 1e-7}} << false;
        QTest::newRow("above 2^53") << QJsonObject{{QStringLiteral("a"), qint64(9007199254740993LL)}} << false;
        QTest::newRow("below -2^53") << QJsonObject{{QStringLiteral("a"), qint64(-9007199254740993LL)}} << false;
        QTest::newRow("lone high surrogate")
            << QJsonObject{{QStringLiteral("a"), QString(QChar(0xD83D)) + QStringLiteral("x")}} << false;
        QTest::newRow("lone low surrogate key") << QJsonObject{{QString(QChar(0xDE00)), 1}} << false;
        QTest::newRow("surrogate at the end") << QJsonObject{{QStringLiteral("a"), QStringLiteral("x") + QChar(0xD83D)}}
                                              << false;
        QTest::newRow("deep fraction")
            << QJsonObject{{QStringLiteral("a"), QJsonArray{QJsonArray{QJsonObject{{QStringLiteral("f"), 1.5}}}}}} << false;
    }
    void falls_back()
    {
        QFETCH(QJsonObject, value);
        QFETCH(bool, same);
        QCOMPARE(JsonColumns::sameAsCanonical(value), same);
        // Either way the column gets Qt's bytes.
        QCOMPARE(JsonColumns::of(value, CanonicalJson::serialize(value)), qtCompact(value));
        const QJsonArray array{value, 1};
        QCOMPARE(JsonColumns::of(array, CanonicalJson::serialize(array)),
                 QJsonDocument(array).toJson(QJsonDocument::Compact));
    }

    void parsedNumbers()
    {
        // Numbers as an HTTP body brings them: 1.5e3 and 1e15 are doubles in Qt, written with %g.
        const QJsonObject parsed =
            QJsonDocument::fromJson("{\"a\":1.5e3,\"b\":1e15,\"c\":12,\"d\":-0,\"e\":12345678901234567890}").object();
        QCOMPARE(JsonColumns::of(parsed, CanonicalJson::serialize(parsed)), qtCompact(parsed));
        const QJsonObject ints = QJsonDocument::fromJson("{\"c\":12,\"d\":-3}").object();
        QVERIFY(JsonColumns::sameAsCanonical(ints));
    }
};

QTEST_GUILESS_MAIN(TestJsonColumns)
#include "TestJsonColumns.moc"
