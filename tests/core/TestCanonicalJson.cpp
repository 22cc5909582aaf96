#include "common/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lexecon;

class TestCanonicalJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        // RFC 8785 appendix B and ECMAScript Number::toString edge cases.
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("minus zero") << -0.0 << QByteArray("0");
        QTest::newRow("min positive") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("max double") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::newRow("max safe int") << 9007199254740991.0 << QByteArray("9007199254740991");
        QTest::newRow("1e21") << 1e21 << QByteArray("1e+21");
        QTest::newRow("below 1e21") << 999999999999999900000.0 << QByteArray("999999999999999900000");
        QTest::newRow("small") << 0.000001 << QByteArray("0.000001");
        QTest::newRow("smaller") << 0.0000001 << QByteArray("1e-7");
        QTest::newRow("fraction") << 4.5 << QByteArray("4.5");
        QTest::newRow("negative fraction") << -1.25 << QByteArray("-1.25");
        QTest::newRow("shortest") << 0.1 << QByteArray("0.1");
        QTest::newRow("rfc 333333333.3333332") << 333333333.33333329 << QByteArray("333333333.3333333");
        QTest::newRow("rfc 1e23") << 1e23 << QByteArray("1e+23");
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(CanonicalJson::formatNumber(value), expected);
    }

    void sortsKeysAndStripsWhitespace()
    {
        const auto doc = QJsonDocument::fromJson(R"({ "b": [1, 2, {"z": null, "a": true}], "a": "x",  "c": {} })");
        QCOMPARE(CanonicalJson::serialize(doc.object()), QByteArray(R"({"a":"x","b":[1,2,{"a":true,"z":null}],"c":{}})"));
    }

    void sortsByUtf16CodeUnits()
    {
        // RFC 8785 section 3.2.3: "\u20ac" (euro) sorts before "\ud83d\ude00" (emoji) by UTF-16, not by code point.
        QJsonObject o;
        o.insert(QString::fromUtf8("\xF0\x9F\x98\x80"), 1); // U+1F600, UTF-16 D83D DE00
        o.insert(QString::fromUtf8("\xEF\xAC\x81"), 2);     // U+FB01, UTF-16 FB01
        QCOMPARE(CanonicalJson::serialize(o), QByteArray("{\"\xF0\x9F\x98\x80\":1,\"\xEF\xAC\x81\":2}"));
    }

    void escapesStrings()
    {
        const QString s = QStringLiteral("q\"b\\n\n t\t c\x01 u\xe9");
        QCOMPARE(CanonicalJson::serialize(QJsonValue(s)), QByteArray("\"q\\\"b\\\\n\\n t\\t c\\u0001 u\xc3\xa9\""));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(QStringLiteral("/<>"))), QByteArray("\"/<>\""));
        // ASCII-only strings take a path of their own: escapes there too, and none where none is due.
        QCOMPARE(CanonicalJson::serialize(QJsonValue(QStringLiteral("q\"b\\n\n t\t c\x01\x1f\x7f"))),
                 QByteArray("\"q\\\"b\\\\n\\n t\\t c\\u0001\\u001f\x7f\""));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(QStringLiteral("dec_01JD0000000000000000000000"))),
                 QByteArray("\"dec_01JD0000000000000000000000\""));
        QCOMPARE(CanonicalJson::serialize(QJsonValue(QString())), QByteArray("\"\""));
        QByteArray out("prefix:");
        CanonicalJson::appendString(out, u"a\"");
        CanonicalJson::appendString(out, u"plain");
        QCOMPARE(out, QByteArray("prefix:\"a\\\"\"\"plain\""));
    }

    void integersStayExact()
    {
        const auto doc = QJsonDocument::fromJson(R"({"n": 1795341600000, "m": -42})");
        QCOMPARE(CanonicalJson::serialize(doc.object()), QByteArray(R"({"m":-42,"n":1795341600000})"));
    }

    void sameValueSameBytes()
    {
        const auto a = QJsonDocument::fromJson(R"({"x":{"k":[1.0,2.50]},"y":"v"})");
        const auto b = QJsonDocument::fromJson(R"({"y" : "v", "x" : {"k" : [1, 2.5]}})");
        QCOMPARE(CanonicalJson::serialize(a.object()), CanonicalJson::serialize(b.object()));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "TestCanonicalJson.moc"
