#include "intake/CompactJson.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Lexecon;

// CompactJson must write exactly the bytes of QJsonDocument::toJson(Compact): clients and the
// conformance tests saw Qt's output so far, and the intake now answers with ours.
class TestCompactJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQt_data();
    void matchesQt();
    void appendsToWhatIsThere();
};

namespace {

QString fromUtf16(std::initializer_list<char16_t> units)
{
    return QString(reinterpret_cast<const QChar *>(units.begin()), qsizetype(units.size()));
}

} // namespace

void TestCompactJson::matchesQt_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("empty") << QJsonObject{};
    QTest::newRow("scalars") << QJsonObject{{"t", true}, {"f", false}, {"n", QJsonValue(QJsonValue::Null)},
                                            {"s", "text"}, {"e", ""}};
    QTest::newRow("keys sorted, prefix first") << QJsonObject{{"overridden", false}, {"override", 1}, {"b", 2},
                                                              {"a", 3}, {"B", 4}, {"_", 5}};
    QTest::newRow("escapes") << QJsonObject{{"q", "say \"hi\" \\ / done"},
                                            {"c", QString::fromLatin1("\b\f\n\r\t\x01\x1f\x7f", 8)}};
    QTest::newRow("nul") << QJsonObject{{"z", QString(QChar(0))}};
    QTest::newRow("utf-8 widths") << QJsonObject{{"s", QString::fromUtf8("é ß € 中 😀 \xef\xbf\xbe")}};
    QTest::newRow("lone high surrogate at end") << QJsonObject{{"s", fromUtf16({'a', 0xd83d})}};
    QTest::newRow("high surrogate then letter") << QJsonObject{{"s", fromUtf16({0xd83d, 'b', 'c'})}};
    QTest::newRow("lone low surrogate") << QJsonObject{{"s", fromUtf16({'x', 0xde00, 'y'})}};
    QTest::newRow("two highs then low") << QJsonObject{{"s", fromUtf16({0xd83d, 0xd83d, 0xde00})}};
    QTest::newRow("escaped key") << QJsonObject{{QString::fromUtf8("k\"\n€"), 1}};
    QTest::newRow("integers") << QJsonObject{{"zero", 0},
                                             {"neg", -17},
                                             {"big", qint64(9007199254740993)},
                                             {"min", std::numeric_limits<qint64>::min()},
                                             {"max", std::numeric_limits<qint64>::max()}};
    QTest::newRow("doubles") << QJsonObject{{"a", 0.1},  {"b", 70.0},     {"c", 1e21},    {"d", 1e-7},
                                            {"e", -0.0}, {"f", 1.5e300}, {"g", 123456789012345678.0},
                                            {"h", 1e16}, {"i", 2.5}};
    QTest::newRow("not finite") << QJsonObject{{"nan", std::nan("")},
                                               {"inf", std::numeric_limits<double>::infinity()}};
    QTest::newRow("nested") << QJsonObject{
        {"arr", QJsonArray{1, "two", QJsonArray{}, QJsonObject{}, QJsonValue(QJsonValue::Null), 3.25}},
        {"obj", QJsonObject{{"inner", QJsonObject{{"deep", QJsonArray{QJsonObject{{"x", true}}}}}}}}};
    QString longText;
    for (int i = 0; i < 2000; ++i)
        longText.append(QChar(u"a\"é\n😀"[i % 6]));
    QTest::newRow("long mixed string") << QJsonObject{{"s", longText}};
}

void TestCompactJson::matchesQt()
{
    QFETCH(QJsonObject, object);
    const QByteArray expected = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QCOMPARE(QByteArray::fromStdString(CompactJson::write(object)), expected);
}

void TestCompactJson::appendsToWhatIsThere()
{
    std::string out("prefix:");
    CompactJson::append(out, QJsonArray{1, "a"});
    CompactJson::appendString(out, u"\u00e9");
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("prefix:[1,\"a\"]\"\xc3\xa9\""));
}

QTEST_GUILESS_MAIN(TestCompactJson)
#include "TestCompactJson.moc"
