#include "decision/DecisionRequest.h"
#include "intake/RequestParser.h"

#include <QTest>

using namespace Lexecon;

namespace {

QByteArray nested(int depth)
{
    return "{\"context\":" + QByteArray(depth - 1, '[') + "1" + QByteArray(depth - 1, ']') + "}";
}

QByteArray manyElements(int n)
{
    QByteArray a = "{\"actor\":\"a\",\"action\":\"b\",\"context\":{\"list\":[";
    for (int i = 0; i < n; ++i)
        a += i ? ",1" : "1";
    return a + "]}}";
}

} // namespace

class TestRequestParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodDecisionRequest()
    {
        const QByteArray body = "{\"actor\":\"ai_agent\",\"action\":\"read\",\"resource\":\"customer_db\","
                                "\"data_classes\":[\"pii\"],\"context\":{\"purpose\":\"support\"},"
                                "\"risk\":{\"privacy\":70},\"request_id\":\"r-1\",\"intent\":\"look up\"}";
        auto r = RequestParser::decisionRequest(body);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->actor, QStringLiteral("ai_agent"));
        QCOMPARE(r->action, QStringLiteral("read"));
        QCOMPARE(r->dataClasses, QStringList{QStringLiteral("pii")});
        QCOMPARE(r->requestId, QStringLiteral("r-1"));
        QCOMPARE(r->risk.value(QStringLiteral("privacy")).toInt(), 70);
    }

    void limitsAtTheEdgeAreAccepted()
    {
        JsonLimits limits;
        QVERIFY(RequestParser::parseObject(nested(limits.maxDepth)).ok());
        QVERIFY(RequestParser::parseObject(manyElements(4000)).ok());
        const QByteArray exact = "{\"intent\":\"" + QByteArray(limits.maxStringBytes, 'x') + "\"}";
        QVERIFY(RequestParser::parseObject(exact).ok());
        // Escaped quotes inside strings do not confuse the scan.
        auto escaped = RequestParser::parseObject("{\"a\":\"x\\\"{[[[\\\\\",\"b\":\"}\"}");
        QVERIFY2(escaped.ok(), qPrintable(escaped.error().message));
        QCOMPARE(escaped->value(QStringLiteral("a")).toString(), QStringLiteral("x\"{[[[\\"));
    }

    void badBodiesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << "body"
                               << "empty";
        QTest::newRow("whitespace") << QByteArray("  \n") << "body"
                                    << "empty";
        QTest::newRow("not json") << QByteArray("actor=a&action=b") << "body"
                                  << "not valid JSON";
        QTest::newRow("truncated") << QByteArray("{\"actor\":\"a\"") << "body"
                                   << "not valid JSON";
        QTest::newRow("trailing garbage") << QByteArray("{\"actor\":\"a\",\"action\":\"b\"} x") << "body"
                                          << "not valid JSON";
        QTest::newRow("array") << QByteArray("[{\"actor\":\"a\"}]") << "body"
                               << "array";
        QTest::newRow("string") << QByteArray("\"hello\"") << "body"
                                << "JSON object";
        QTest::newRow("number") << QByteArray("42") << "body"
                                << "JSON object";
        QTest::newRow("too deep") << nested(17) << "context"
                                  << "deeper than 16";
        QTest::newRow("too deep at top") << QByteArray(20, '[') + QByteArray(20, ']') << "body"
                                         << "deeper than 16";
        QTest::newRow("too big") << QByteArray("{\"intent\":\"") + QByteArray(70000, 'x') + "\"}"
                                 << "body"
                                 << "at most 65536 bytes";
        QTest::newRow("too many elements") << manyElements(5000) << "context"
                                           << "more than 4096 values";
        QTest::newRow("long string") << QByteArray("{\"intent\":\"") + QByteArray(9000, 'x') + "\"}"
                                     << "intent"
                                     << "at most 8192 bytes";
        QTest::newRow("long nested string") << QByteArray("{\"context\":{\"k\":\"") + QByteArray(9000, 'x') + "\"}}"
                                            << "context"
                                            << "at most 8192 bytes";
        QTest::newRow("long key") << QByteArray("{\"") + QByteArray(9000, 'k') + "\":1}"
                                  << "body"
                                  << "at most 8192 bytes";
        QTest::newRow("duplicate field") << QByteArray("{\"actor\":\"a\",\"action\":\"read\",\"action\":\"delete\"}")
                                         << "action"
                                         << "more than once";
        QTest::newRow("duplicate by escape")
            << QByteArray("{\"actor\":\"a\",\"action\":\"read\",\"\\u0061ction\":\"delete\"}") << "action"
            << "more than once";
        QTest::newRow("empty field name") << QByteArray("{\"actor\":\"a\",\"action\":\"b\",\"\":1}") << "body"
                                          << "empty name";
        QTest::newRow("long field name") << QByteArray("{\"") + QByteArray(100, 'k') + "\":1}"
                                         << "body"
                                         << "field name of 100 characters";
        QTest::newRow("unknown field") << QByteArray("{\"actor\":\"a\",\"action\":\"b\",\"acton\":\"c\"}") << "acton"
                                       << "unknown field";
        QTest::newRow("missing actor") << QByteArray("{\"action\":\"b\"}") << "actor"
                                       << "required";
        QTest::newRow("actor number") << QByteArray("{\"actor\":5,\"action\":\"b\"}") << "actor"
                                      << "string";
        QTest::newRow("action null") << QByteArray("{\"actor\":\"a\",\"action\":null}") << "action"
                                     << "required";
        QTest::newRow("action empty") << QByteArray("{\"actor\":\"a\",\"action\":\"\"}") << "action"
                                      << "empty";
        QTest::newRow("tool object") << QByteArray("{\"actor\":\"a\",\"action\":\"b\",\"tool\":{}}") << "tool"
                                     << "string";
        QTest::newRow("data_classes string")
            << QByteArray("{\"actor\":\"a\",\"action\":\"b\",\"data_classes\":\"pii\"}") << "data_classes"
            << "array";
        QTest::newRow("data_classes item")
            << QByteArray("{\"actor\":\"a\",\"action\":\"b\",\"data_classes\":[1]}") << "data_classes[0]"
            << "string";
        QTest::newRow("context array") << QByteArray("{\"actor\":\"a\",\"action\":\"b\",\"context\":[]}") << "context"
                                       << "object";
        QTest::newRow("risk number") << QByteArray("{\"actor\":\"a\",\"action\":\"b\",\"risk\":5}") << "risk"
                                     << "object";
        QTest::newRow("request_id number")
            << QByteArray("{\"actor\":\"a\",\"action\":\"b\",\"request_id\":5}") << "request_id"
            << "string";
    }
    void badBodiesNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, says);
        auto r = RequestParser::decisionRequest(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    }

    void customLimits()
    {
        JsonLimits tight;
        tight.maxBytes = 20;
        auto r = RequestParser::parseObject("{\"actor\":\"abcdefghijklmnop\"}", tight);
        QCOMPARE(r.error().field, QStringLiteral("body"));
        QVERIFY(r.error().message.contains(QLatin1String("at most 20 bytes")));
    }

    void tokenVerifyRequest()
    {
        auto ok = RequestParser::tokenVerifyRequest("{\"token\":\"a.b.c\",\"action\":\"read\",\"tool\":\"sql\"}");
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        QCOMPARE(ok->token, QStringLiteral("a.b.c"));
        QCOMPARE(ok->action, QStringLiteral("read"));
        QCOMPARE(ok->tool, QStringLiteral("sql"));
        auto noTool = RequestParser::tokenVerifyRequest("{\"token\":\"a.b.c\",\"action\":\"read\"}");
        QVERIFY(noTool.ok());
        QVERIFY(noTool->tool.isEmpty());
    }

    void badTokenVerifyBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no token") << QByteArray("{\"action\":\"read\"}") << "token";
        QTest::newRow("token number") << QByteArray("{\"token\":1,\"action\":\"read\"}") << "token";
        QTest::newRow("token empty") << QByteArray("{\"token\":\"\",\"action\":\"read\"}") << "token";
        QTest::newRow("no action") << QByteArray("{\"token\":\"t\"}") << "action";
        QTest::newRow("tool array") << QByteArray("{\"token\":\"t\",\"action\":\"a\",\"tool\":[]}") << "tool";
        QTest::newRow("unknown") << QByteArray("{\"token\":\"t\",\"action\":\"a\",\"extra\":1}") << "extra";
        QTest::newRow("array") << QByteArray("[]") << "body";
    }
    void badTokenVerifyBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        auto r = RequestParser::tokenVerifyRequest(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QCOMPARE(r.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestRequestParser)
#include "TestRequestParser.moc"
