#include "policy/PolicyAnalyzer.h"
#include "policy/PolicyLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Lexecon;

namespace {

QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// Terms shared by every row: two actors where bot implies agent, actions, data classes, context.
QByteArray withRelations(const char *relations)
{
    return j("{'terms':[{'id':'bot','type':'actor'},{'id':'agent','type':'actor'},{'id':'human','type':'actor'},"
             "{'id':'read','type':'action'},{'id':'export','type':'action'},{'id':'pii','type':'data_class'},"
             "{'id':'ssn','type':'data_class'},{'id':'night','type':'context'},{'id':'approval','type':'context'}],"
             "'relations':[") +
           j(relations) + "]}";
}

} // namespace

class TestPolicyAnalyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("relations");
        QTest::addColumn<QString>("message");

        QTest::newRow("same scope permit and forbid")
            << withRelations("{'type':'permits','source':'actor:bot','target':'action:read','object':'data:pii'},"
                             "{'type':'forbids','source':'actor:bot','target':'action:read','object':'data:pii'}")
            << "error"
            << "conflicting_rules"
            << QStringList{"permits:actor:bot:action:read:data:pii", "forbids:actor:bot:action:read:data:pii"}
            << "the forbid always wins";
        QTest::newRow("forbid without object is broader")
            << withRelations("{'type':'permits','source':'actor:bot','target':'action:read','object':'data:pii'},"
                             "{'type':'forbids','source':'actor:bot','target':'action:read'}")
            << "warning"
            << "shadowed_permit"
            << QStringList{"permits:actor:bot:action:read:data:pii", "forbids:actor:bot:action:read"}
            << "can never approve";
        QTest::newRow("forbid via implies of the source")
            << withRelations("{'type':'implies','source':'actor:bot','target':'actor:agent'},"
                             "{'type':'permits','source':'actor:bot','target':'action:read'},"
                             "{'type':'forbids','source':'actor:agent','target':'action:read','justification':'no'}")
            << "warning"
            << "shadowed_permit" << QStringList{"permits:actor:bot:action:read", "forbids:actor:agent:action:read"}
            << "counting implies";
        QTest::newRow("forbid via implies of the object")
            << withRelations("{'type':'implies','source':'data:ssn','target':'data:pii'},"
                             "{'type':'permits','source':'actor:bot','target':'action:read','object':'data:ssn'},"
                             "{'type':'forbids','source':'actor:bot','target':'action:read','object':'data:pii'}")
            << "warning"
            << "shadowed_permit"
            << QStringList{"permits:actor:bot:action:read:data:ssn", "forbids:actor:bot:action:read:data:pii"} << "";
        QTest::newRow("permit whose terms conflict")
            << withRelations("{'type':'permits','source':'actor:bot','target':'action:export'},"
                             "{'type':'conflicts','source':'actor:bot','target':'action:export'}")
            << "warning"
            << "self_conflicting" << QStringList{"permits:actor:bot:action:export", "conflicts:actor:bot:action:export"}
            << "its own terms trigger";
        QTest::newRow("term conflicts with what it implies")
            << withRelations("{'type':'implies','source':'actor:bot','target':'actor:agent'},"
                             "{'type':'conflicts','source':'actor:agent','target':'actor:bot'},"
                             "{'type':'permits','source':'actor:human','target':'action:read'}")
            << "warning"
            << "unusable_term" << QStringList{"conflicts:actor:agent:actor:bot"}
            << "every request with either is denied";
        QTest::newRow("requires another actor nobody provides")
            << withRelations("{'type':'requires','source':'actor:bot','target':'actor:human'},"
                             "{'type':'permits','source':'actor:bot','target':'action:read'}")
            << "warning"
            << "unsatisfiable_requirement" << QStringList{"requires:actor:bot:actor:human"} << "can never be met";
        QTest::newRow("requirement conflicts with its source")
            << withRelations("{'type':'requires','source':'action:export','target':'context:approval'},"
                             "{'type':'conflicts','source':'context:approval','target':'action:export'}")
            << "warning"
            << "unsatisfiable_requirement"
            << QStringList{"requires:action:export:context:approval", "conflicts:context:approval:action:export"}
            << "having context:approval triggers";
        QTest::newRow("implies cycle") << withRelations(
                                              "{'type':'implies','source':'actor:bot','target':'actor:agent'},"
                                              "{'type':'implies','source':'actor:agent','target':'actor:human'},"
                                              "{'type':'implies','source':'actor:human','target':'actor:bot'}")
                                       << "warning"
                                       << "implies_cycle"
                                       << QStringList{"implies:actor:bot:actor:agent",
                                                      "implies:actor:agent:actor:human",
                                                      "implies:actor:human:actor:bot"}
                                       << "implies cycle actor:bot -> actor:agent -> actor:human -> actor:bot";
        QTest::newRow("requires cycle")
            << withRelations("{'type':'requires','source':'context:night','target':'context:approval'},"
                             "{'type':'requires','source':'context:approval','target':'context:night'}")
            << "warning"
            << "requires_cycle"
            << QStringList{"requires:context:night:context:approval", "requires:context:approval:context:night"}
            << "requires cycle context:night -> context:approval -> context:night";
        QTest::newRow("unused term") << withRelations("{'type':'permits','source':'actor:bot','target':'action:read'}")
                                     << "info"
                                     << "unused_term" << QStringList{}
                                     << "term actor:agent is defined but no relation uses it";
    }
    void findings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, severity);
        QFETCH(QString, kind);
        QFETCH(QStringList, relations);
        QFETCH(QString, message);
        auto policy = PolicyLoader::load(json);
        QVERIFY2(policy.ok(), qPrintable(policy.error().message));
        const QList<PolicyFinding> found = PolicyAnalyzer::check(*policy);
        const auto it = std::find_if(found.begin(), found.end(), [&](const PolicyFinding &f) {
            return f.kind == kind && f.relationIds == relations && f.message.contains(message);
        });
        if (it == found.end()) {
            for (const auto &f : found)
                qWarning("%s %s %s [%s]", qPrintable(f.severity), qPrintable(f.kind), qPrintable(f.message),
                         qPrintable(f.relationIds.join(QLatin1Char(','))));
            QFAIL("expected finding missing");
        }
        QCOMPARE(it->severity, severity);
        // Errors come first, then warnings, then info.
        for (qsizetype i = 1; i < found.size(); ++i) {
            const QStringList order{QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")};
            QVERIFY(order.indexOf(found.at(i - 1).severity) <= order.indexOf(found.at(i).severity));
        }
    }

    void cleanPolicyHasNoWarnings()
    {
        auto policy = PolicyLoader::load(
            withRelations("{'type':'implies','source':'actor:bot','target':'actor:agent'},"
                          "{'type':'permits','source':'actor:agent','target':'action:read','object':'data:pii'},"
                          "{'type':'forbids','source':'actor:agent','target':'action:export','object':'data:pii'},"
                          "{'type':'requires','source':'action:export','target':'context:approval'},"
                          "{'type':'conflicts','source':'context:night','target':'action:export'},"
                          "{'type':'permits','source':'actor:human','target':'action:export','object':'data:ssn'}"));
        QVERIFY(policy.ok());
        for (const PolicyFinding &f : PolicyAnalyzer::check(*policy))
            QVERIFY2(f.severity == QLatin1String("info"), qPrintable(f.message));
    }

    void examplePolicyHasNoErrors()
    {
        QFile f(QStringLiteral(LEXECON_SOURCE_DIR "/resources/policies/customer-support-ai.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto policy = PolicyLoader::load(f.readAll());
        QVERIFY(policy.ok());
        for (const PolicyFinding &finding : PolicyAnalyzer::check(*policy))
            QVERIFY2(finding.severity == QLatin1String("info"), qPrintable(finding.message));
    }

    void findingJson()
    {
        const PolicyFinding f{
            QStringLiteral("warning"), QStringLiteral("implies_cycle"), QStringLiteral("m"), {QStringLiteral("r1")}};
        const QJsonObject json = f.toJson();
        QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("implies_cycle"));
        QCOMPARE(json.value(QStringLiteral("message")).toString(), QStringLiteral("m"));
        QCOMPARE(json.value(QStringLiteral("relation_ids")).toArray().first().toString(), QStringLiteral("r1"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyAnalyzer)
#include "TestPolicyAnalyzer.moc"
