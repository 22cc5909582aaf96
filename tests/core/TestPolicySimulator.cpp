#include "policy/PolicyLoader.h"
#include "policy/PolicySimulator.h"

#include <QTest>

using namespace Lexecon;

namespace {

QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// The draft forbids exports that the live policy approved, and newly permits reading.
std::shared_ptr<const CompiledPolicy> draft()
{
    auto p = PolicyLoader::load(
        j("{'mode':'strict','terms':[{'id':'bot','type':'actor'},{'id':'read','type':'action'},"
          "{'id':'export','type':'action'},{'id':'pii','type':'data_class','metadata':{'risk':{'privacy':80}}}],"
          "'relations':[{'type':'permits','source':'actor:bot','target':'action:read'},"
          "{'type':'forbids','source':'actor:bot','target':'action:export','justification':'GDPR Art. 5'}]}"));
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    return CompiledPolicy::compile(*p);
}

// A stand-in for the decision service: policy verdict, then escalation at a privacy floor >= 51.
QString outcome(const CompiledPolicy &policy, const SimulationCase &c)
{
    const PolicyEvaluation e = policy.evaluate(c.request);
    if (!e.permitted)
        return QStringLiteral("denied");
    const int privacy =
        std::max(e.riskFloors.value(QStringLiteral("privacy")), c.riskInput.value(QStringLiteral("privacy")).toInt());
    return privacy >= 51 ? QStringLiteral("escalated") : QStringLiteral("approved");
}

SimulationCase make(const char *id, const char *action, QStringList data, const char *previous, QJsonObject risk = {})
{
    return {QString::fromLatin1(id),
            {QStringLiteral("bot"), QString::fromLatin1(action), {}, data, {}},
            QString::fromLatin1(previous),
            risk};
}

} // namespace

class TestPolicySimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("data");
        QTest::addColumn<QString>("previous");
        QTest::addColumn<int>("privacy");
        QTest::addColumn<QString>("after"); // empty: unchanged
        QTest::addColumn<QString>("reason");
        QTest::newRow("approved becomes denied") << "dec_1"
                                                 << "export" << QStringList{} << "approved" << 0 << "denied"
                                                 << "GDPR Art. 5";
        QTest::newRow("denied becomes approved") << "dec_2"
                                                 << "read" << QStringList{} << "denied" << 0 << "approved"
                                                 << "Approved";
        QTest::newRow("unchanged approval") << "dec_3"
                                            << "read" << QStringList{} << "approved" << 0 << ""
                                            << "";
        QTest::newRow("unchanged denial") << "dec_4"
                                          << "export" << QStringList{} << "denied" << 0 << ""
                                          << "";
        QTest::newRow("risk floor escalates") << "dec_5"
                                              << "read" << QStringList{"pii"} << "approved" << 0 << "escalated"
                                              << "Approved";
        QTest::newRow("request risk escalates") << "dec_6"
                                                << "read" << QStringList{} << "approved" << 60 << "escalated"
                                                << "";
        QTest::newRow("unknown action denied") << "dec_7"
                                               << "delete" << QStringList{} << "escalated" << 0 << "denied"
                                               << "no relation permits";
    }
    void changes()
    {
        QFETCH(QString, id);
        QFETCH(QString, action);
        QFETCH(QStringList, data);
        QFETCH(QString, previous);
        QFETCH(int, privacy);
        QFETCH(QString, after);
        QFETCH(QString, reason);
        QJsonObject risk;
        if (privacy)
            risk.insert(QStringLiteral("privacy"), privacy);
        const SimulationCase c =
            make(id.toLatin1().constData(), action.toLatin1().constData(), data, previous.toLatin1().constData(), risk);
        const auto changes = PolicySimulator::simulate(*draft(), {c}, outcome);
        if (after.isEmpty()) {
            QVERIFY(changes.isEmpty());
            return;
        }
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().decisionId, id);
        QCOMPARE(changes.first().before, previous);
        QCOMPARE(changes.first().after, after);
        QVERIFY2(changes.first().reason.contains(reason), qPrintable(changes.first().reason));
    }

    void keepsOrderAndSerializes()
    {
        const QList<SimulationCase> cases{make("dec_a", "export", {}, "approved"),
                                          make("dec_b", "read", {}, "approved"), make("dec_c", "read", {}, "denied")};
        const auto changes = PolicySimulator::simulate(*draft(), cases, outcome);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).decisionId, QStringLiteral("dec_a"));
        QCOMPARE(changes.at(1).decisionId, QStringLiteral("dec_c"));
        const QJsonObject json = changes.at(0).toJson();
        QCOMPARE(json.value(QStringLiteral("decision_id")).toString(), QStringLiteral("dec_a"));
        QCOMPARE(json.value(QStringLiteral("before")).toString(), QStringLiteral("approved"));
        QCOMPARE(json.value(QStringLiteral("after")).toString(), QStringLiteral("denied"));
        QVERIFY(
            json.value(QStringLiteral("reason")).toString().contains(QLatin1String("forbids:actor:bot:action:export")));
    }
};

QTEST_GUILESS_MAIN(TestPolicySimulator)
#include "TestPolicySimulator.moc"
