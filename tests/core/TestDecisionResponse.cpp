#include "intake/DecisionResponse.h"

#include "auth/Principal.h"
#include "decision/DecisionService.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

// The intake writes a fresh decision's body itself; it must be byte for byte what
// QJsonDocument(DecisionService::render(record)) gives. If DecisionRecord::toJson() gains or
// renames a field, this fails until DecisionResponse::write follows.
class TestDecisionResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesRender_data();
    void matchesRender();
    void matchesRenderWithoutLedgerOrPolicy();
    void storedEscalationsGoThroughRender();

private:
    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<Workspace> m_ws;
};

namespace {

const Principal &bot()
{
    static const Principal p = Principal::apiKey(QStringLiteral("bot"), {Permission::Decide});
    return p;
}

QByteArray rendered(Workspace &ws, const DecisionRecord &record)
{
    return QJsonDocument(ws.decisions().render(record)).toJson(QJsonDocument::Compact);
}

} // namespace

void TestDecisionResponse::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clock.setMs(1'790'000'000'000);
    auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    m_ws = std::move(ws.value());
}

void TestDecisionResponse::matchesRender_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("traceParent");
    QTest::addColumn<QString>("outcome");
    const QString trace = QStringLiteral("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    QTest::newRow("approved") << QJsonObject{{"actor", "support_bot"}, {"action", "read_ticket"},
                                             {"resource", "ticket_system"}}
                              << QString() << "approved";
    QTest::newRow("approved, traced, request id, data classes")
        << QJsonObject{{"actor", "support_bot"},
                       {"action", "read_ticket"},
                       {"resource", "ticket_system"},
                       {"request_id", "req-\"1\"\u00e9"},
                       {"data_classes", QJsonArray{"pii", "contact"}}}
        << trace << "approved";
    QTest::newRow("denied") << QJsonObject{{"actor", "support_bot"}, {"action", "delete_record"},
                                           {"resource", "ticket_system"}}
                            << QString() << "denied";
    QTest::newRow("escalated") << QJsonObject{{"actor", "support_bot"},
                                              {"action", "read_ticket"},
                                              {"resource", "ticket_system"},
                                              {"risk", QJsonObject{{"privacy", 98}, {"compliance", 100}}}}
                               << trace << "escalated";
    QTest::newRow("unknown actor, tool, escapes")
        << QJsonObject{{"actor", "stranger"}, {"action", "read_ticket"}, {"tool", "t\u20ac\"q"},
                       {"resource", "x\\y"}}
        << QString() << "denied";
}

void TestDecisionResponse::matchesRender()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, traceParent);
    QFETCH(QString, outcome);
    auto request = DecisionRequest::fromJson(body);
    QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.error().message));
    request->traceParent = traceParent;
    auto record = m_ws->decisions().decide(*request, bot());
    QVERIFY2(record.ok(), record.ok() ? "" : qPrintable(record.error().message));
    QCOMPARE(record->outcome, outcome);
    QVERIFY(DecisionResponse::rendersAsIs(*record));
    QCOMPARE(QByteArray::fromStdString(DecisionResponse::write(*record)), rendered(*m_ws, *record));
}

void TestDecisionResponse::matchesRenderWithoutLedgerOrPolicy()
{
    // The fail-closed denial of last resort: no ledger entry, no policy, no token.
    DecisionRecord r;
    r.decisionId = QStringLiteral("dec_01");
    r.request.actor = QStringLiteral("a");
    r.request.action = QStringLiteral("b");
    r.outcome = r.finalOutcome = QStringLiteral("denied");
    r.reasons = QJsonArray{QJsonObject{{"code", "internal"}, {"weight", 0.25}}};
    r.risk = QJsonObject{{"score", 0}, {"level", "low"}, {"dimensions", QJsonObject{}}};
    r.timestamp = QStringLiteral("2026-11-23T03:00:00.000Z");
    QVERIFY(DecisionResponse::rendersAsIs(r));
    QCOMPARE(QByteArray::fromStdString(DecisionResponse::write(r)), rendered(*m_ws, r));
}

void TestDecisionResponse::storedEscalationsGoThroughRender()
{
    // Read back, an escalated record lacks its escalation: render() fetches it, write() cannot.
    const QString id = Test::decideAsSupportBot(*m_ws, QStringLiteral("read_ticket"), true);
    auto stored = m_ws->decisions().get(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->outcome, QStringLiteral("escalated"));
    QVERIFY(!DecisionResponse::rendersAsIs(*stored));
    stored->overridden = false;
    stored->escalationId.clear();
    QVERIFY(DecisionResponse::rendersAsIs(*stored));
    DecisionRecord overridden = *stored;
    overridden.overridden = true;
    QVERIFY(!DecisionResponse::rendersAsIs(overridden));
}

QTEST_GUILESS_MAIN(TestDecisionResponse)
#include "TestDecisionResponse.moc"
