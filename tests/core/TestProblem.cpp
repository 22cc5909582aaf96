#include "intake/Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lexecon;

// RFC 9457 bodies: core errors map to the right status and name the field to fix.
class TestProblem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsErrors_data();
    void mapsErrors();
    void hidesInternalDetail();
    void listenerStatuses_data();
    void listenerStatuses();
};

void TestProblem::mapsErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("invalid input") << int(Error::Code::InvalidInput) << 400;
    QTest::newRow("not found") << int(Error::Code::NotFound) << 404;
    QTest::newRow("forbidden") << int(Error::Code::Forbidden) << 403;
    QTest::newRow("conflict") << int(Error::Code::Conflict) << 409;
    QTest::newRow("integrity") << int(Error::Code::Integrity) << 500;
    QTest::newRow("internal") << int(Error::Code::Internal) << 500;
}

void TestProblem::mapsErrors()
{
    QFETCH(int, code);
    QFETCH(int, status);
    const Error error{Error::Code(code), "actor must be a string", status == 400 ? "actor" : ""};
    const Problem p = Problem::fromError(error);
    QCOMPARE(p.status, status);
    const QJsonObject body = QJsonDocument::fromJson(p.body()).object();
    QCOMPARE(body.value("status").toInt(), status);
    QVERIFY(body.value("type").toString().startsWith("https://"));
    QVERIFY(!body.value("title").toString().isEmpty());
    QCOMPARE(body.contains("field"), status == 400);
    if (status == 400) {
        QCOMPARE(body.value("field").toString(), QString("actor"));
        QCOMPARE(body.value("detail").toString(), QString("actor must be a string"));
        const QJsonObject first = body.value("errors").toArray().first().toObject();
        QCOMPARE(first.value("field").toString(), QString("actor"));
    }
}

void TestProblem::hidesInternalDetail()
{
    // The cause of an internal error is for the log, not for the client.
    const Problem p = Problem::fromError(Error::internal("disk I/O error at /var/lib/lexecon/workspace.db"));
    QVERIFY(!p.detail.contains("/var/lib"));
}

void TestProblem::listenerStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("404") << 404 << "";
    QTest::newRow("405") << 405 << "";
    QTest::newRow("413 names the body") << 413 << "body";
    QTest::newRow("503") << 503 << "";
    QTest::newRow("other") << 418 << "";
}

void TestProblem::listenerStatuses()
{
    QFETCH(int, status);
    QFETCH(QString, field);
    const Problem p = Problem::forStatus(status);
    QCOMPARE(p.status, status);
    QCOMPARE(p.field, field);
    QVERIFY(p.detail.endsWith('.'));
}

QTEST_GUILESS_MAIN(TestProblem)
#include "TestProblem.moc"
