#include "common/CanonicalJson.h"
#include "policy/CompiledPolicy.h"
#include "policy/PolicyLoader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QTest>
#include <QtConcurrent>

#include <numeric>

using namespace Lexecon;

namespace {

QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// support_bot -> agent -> ai -> root is a four-level implies chain; cyc1 <-> cyc2 a cycle.
QByteArray enginePolicy(const char *mode)
{
    return j("{'name':'engine','mode':'") + mode +
           j("','terms':["
             "{'id':'support_bot','type':'actor','name':'Support Bot','metadata':{'risk':{'operational':20}}},"
             "{'id':'agent','type':'actor','name':'Agent'},"
             "{'id':'ai','type':'actor','metadata':{'risk':{'security':30}}},"
             "{'id':'root','type':'actor'},"
             "{'id':'cyc1','type':'actor'},{'id':'cyc2','type':'actor'},"
             "{'id':'read','type':'action','name':'Read'},"
             "{'id':'process','type':'action'},{'id':'export','type':'action'},{'id':'delete','type':'action'},"
             "{'id':'x','type':'action','name':'a'},"
             "{'id':'pii','type':'data_class','name':'PII','metadata':{'risk':{'privacy':70}}},"
             "{'id':'phi','type':'data_class','metadata':{'risk':{'privacy':90,'compliance':80}}},"
             "{'id':'ssn','type':'data_class'},"
             "{'id':'crm','type':'resource','name':'CRM'},"
             "{'id':'manager_approval','type':'context'},{'id':'night','type':'context'}],"
             "'relations':["
             "{'type':'implies','source':'actor:support_bot','target':'actor:agent'},"
             "{'type':'implies','source':'actor:agent','target':'actor:ai'},"
             "{'type':'implies','source':'actor:ai','target':'actor:root'},"
             "{'type':'implies','source':'actor:cyc1','target':'actor:cyc2'},"
             "{'type':'implies','source':'actor:cyc2','target':'actor:cyc1'},"
             "{'type':'implies','source':'data:ssn','target':'data:pii'},"
             "{'type':'permits','source':'actor:root','target':'action:read','justification':'baseline'},"
             "{'type':'permits','source':'actor:cyc2','target':'action:read'},"
             "{'type':'permits','source':'actor:agent','target':'action:process','object':'data:pii'},"
             "{'type':'permits','source':'actor:agent','target':'action:process','object':'data:phi'},"
             "{'type':'forbids','source':'actor:ai','target':'action:process','object':'data:phi','justification':'"
             "HIPAA'},"
             "{'type':'forbids','source':'actor:ai','target':'action:delete','justification':'GDPR Art. 17'},"
             "{'type':'permits','source':'actor:agent','target':'action:delete'},"
             "{'type':'permits','source':'actor:agent','target':'action:export'},"
             "{'type':'permits','source':'actor:agent','target':'action:x','object':'resource:crm'},"
             "{'type':'requires','source':'action:export','target':'context:manager_approval','justification':'four "
             "eyes'},"
             "{'type':'conflicts','source':'context:night','target':'action:export','justification':'no night "
             "exports'}]}");
}

std::shared_ptr<const CompiledPolicy> compiled(const char *mode = "strict")
{
    auto p = PolicyLoader::load(enginePolicy(mode));
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    return CompiledPolicy::compile(*p, 4);
}

QStringList ids(const QList<PolicyReason> &reasons)
{
    QStringList out;
    for (const auto &r : reasons)
        out.append(r.relationId);
    return out;
}

} // namespace

class TestPolicyEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        const int actor = int(Term::Type::Actor), action = int(Term::Type::Action), data = int(Term::Type::DataClass),
                  resource = int(Term::Type::Resource), context = int(Term::Type::Context);
        QTest::newRow("full id") << actor << "actor:support_bot" << QStringList{"actor:support_bot"};
        QTest::newRow("id without prefix") << actor << "support_bot" << QStringList{"actor:support_bot"};
        QTest::newRow("label") << actor << "Support Bot" << QStringList{"actor:support_bot"};
        QTest::newRow("empty matches nothing") << actor << "" << QStringList{};
        QTest::newRow("a matches nothing") << actor << "a" << QStringList{};
        QTest::newRow("substring") << actor << "support" << QStringList{};
        QTest::newRow("superstring") << actor << "support_bot2" << QStringList{};
        QTest::newRow("prefix only") << actor << "actor:" << QStringList{};
        QTest::newRow("case of id") << actor << "Support_Bot" << QStringList{};
        QTest::newRow("case of label") << actor << "support bot" << QStringList{};
        QTest::newRow("label upper") << actor << "SUPPORT BOT" << QStringList{};
        QTest::newRow("other slot") << actor << "data:pii" << QStringList{};
        QTest::newRow("other slot bare") << action << "pii" << QStringList{};
        QTest::newRow("data bare") << data << "pii" << QStringList{"data:pii"};
        QTest::newRow("data label") << data << "PII" << QStringList{"data:pii"};
        QTest::newRow("data prefix") << data << "data:phi" << QStringList{"data:phi"};
        QTest::newRow("data partial") << data << "pi" << QStringList{};
        QTest::newRow("data type word is not prefix") << data << "data_class:pii" << QStringList{};
        QTest::newRow("a is literally a label") << action << "a" << QStringList{"action:x"};
        QTest::newRow("resource label") << resource << "CRM" << QStringList{"resource:crm"};
        QTest::newRow("resource lower") << resource << "Crm" << QStringList{};
        QTest::newRow("context") << context << "night" << QStringList{"context:night"};
        QTest::newRow("whitespace") << actor << " support_bot" << QStringList{};
    }
    void matching()
    {
        QFETCH(int, slot);
        QFETCH(QString, value);
        QFETCH(QStringList, expected);
        QCOMPARE(compiled()->match(Term::Type(slot), value), expected);
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("data");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<bool>("permitted");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<QString>("summary");
        const QStringList none;
        const QByteArray noContext = "{}";
        // strict
        QTest::newRow("implies three levels")
            << "strict"
            << "support_bot"
            << "read" << none << noContext << true << QStringList{"permits:actor:root:action:read"}
            << "Approved: permitted by";
        QTest::newRow("by label") << "strict"
                                  << "Support Bot"
                                  << "Read" << none << noContext << true
                                  << QStringList{"permits:actor:root:action:read"} << "Approved";
        QTest::newRow("unknown actor") << "strict"
                                       << "bot"
                                       << "read" << none << noContext << false << none
                                       << "actor \"bot\" matches no term of the policy, so no relation permits actor "
                                          "\"bot\" to \"read\" (strict mode)";
        QTest::newRow("empty actor") << "strict"
                                     << ""
                                     << "read" << none << noContext << false << none << "Denied";
        QTest::newRow("case differs") << "strict"
                                      << "SUPPORT_BOT"
                                      << "read" << none << noContext << false << none << "Denied";
        QTest::newRow("unknown action") << "strict"
                                        << "agent"
                                        << "fly" << none << noContext << false << none
                                        << "action \"fly\" matches no term of the policy";
        QTest::newRow("known names, no permit")
            << "strict"
            << "cyc1"
            << "process" << none << noContext << false << none
            << "Denied: no relation permits actor \"cyc1\" to \"process\" (strict mode).";
        QTest::newRow("implies cycle") << "strict"
                                       << "cyc1"
                                       << "read" << none << noContext << true
                                       << QStringList{"permits:actor:cyc2:action:read"} << "Approved";
        QTest::newRow("permit with object") << "strict"
                                            << "agent"
                                            << "process" << QStringList{"pii"} << noContext << true
                                            << QStringList{"permits:actor:agent:action:process:data:pii"} << "Approved";
        QTest::newRow("permit object absent") << "strict"
                                              << "agent"
                                              << "process" << none << noContext << false << none << "Denied";
        QTest::newRow("object via implies") << "strict"
                                            << "agent"
                                            << "process" << QStringList{"ssn"} << noContext << true
                                            << QStringList{"permits:actor:agent:action:process:data:pii"} << "Approved";
        QTest::newRow("forbid with object") << "strict"
                                            << "support_bot"
                                            << "process" << QStringList{"phi"} << noContext << false
                                            << QStringList{"forbids:actor:ai:action:process:data:phi"}
                                            << "Denied by \"forbids:actor:ai:action:process:data:phi\": actor:ai may "
                                               "not action:process on data:phi (HIPAA).";
        QTest::newRow("forbid object not requested")
            << "strict"
            << "support_bot"
            << "process" << QStringList{"PII"} << noContext << true
            << QStringList{"permits:actor:agent:action:process:data:pii"} << "Approved";
        QTest::newRow("forbid beats permit") << "strict"
                                             << "agent"
                                             << "process" << QStringList{"pii", "phi"} << noContext << false
                                             << QStringList{"forbids:actor:ai:action:process:data:phi"} << "HIPAA";
        QTest::newRow("forbid without object") << "strict"
                                               << "agent"
                                               << "delete" << none << noContext << false
                                               << QStringList{"forbids:actor:ai:action:delete"} << "GDPR Art. 17";
        QTest::newRow("requires absent")
            << "strict"
            << "agent"
            << "export" << none << noContext << false << QStringList{"requires:action:export:context:manager_approval"}
            << "action:export requires context:manager_approval, which the request does not have";
        QTest::newRow("requires present") << "strict"
                                          << "agent"
                                          << "export" << none << QByteArray("{\"manager_approval\":true}") << true
                                          << QStringList{"permits:actor:agent:action:export"} << "Approved";
        QTest::newRow("conflict") << "strict"
                                  << "agent"
                                  << "export" << none << QByteArray("{\"manager_approval\":true,\"night\":1}") << false
                                  << QStringList{"conflicts:context:night:action:export"}
                                  << "context:night and action:export may not occur together (no night exports)";
        QTest::newRow("conflict and require")
            << "strict"
            << "agent"
            << "export" << none << QByteArray("{\"night\":true}") << false
            << QStringList{"requires:action:export:context:manager_approval", "conflicts:context:night:action:export"}
            << "and 1 more";
        // paranoid: every requested data class must be the object of a matching permit
        QTest::newRow("paranoid no data")
            << "paranoid"
            << "support_bot"
            << "read" << none << noContext << true << QStringList{"permits:actor:root:action:read"} << "Approved";
        QTest::newRow("paranoid uncovered data") << "paranoid"
                                                 << "support_bot"
                                                 << "read" << QStringList{"pii"} << noContext << false << none
                                                 << "data class \"pii\" is not the object of any matching permit";
        QTest::newRow("paranoid covered") << "paranoid"
                                          << "agent"
                                          << "process" << QStringList{"pii"} << noContext << true
                                          << QStringList{"permits:actor:agent:action:process:data:pii"} << "Approved";
        QTest::newRow("paranoid covered via implies")
            << "paranoid"
            << "agent"
            << "process" << QStringList{"ssn"} << noContext << true
            << QStringList{"permits:actor:agent:action:process:data:pii"} << "Approved";
        QTest::newRow("paranoid unknown data class")
            << "paranoid"
            << "agent"
            << "process" << QStringList{"pii", "genome"} << noContext << false << none << "\"genome\"";
        QTest::newRow("paranoid no permit") << "paranoid"
                                            << "nobody"
                                            << "read" << none << noContext << false << none << "paranoid mode";
        // permissive: approved unless steps 3-5 deny
        QTest::newRow("permissive unknown")
            << "permissive"
            << "nobody"
            << "anything" << none << noContext << true << none << "nothing forbids it and the policy is permissive";
        QTest::newRow("permissive forbid") << "permissive"
                                           << "support_bot"
                                           << "process" << QStringList{"phi"} << noContext << false
                                           << QStringList{"forbids:actor:ai:action:process:data:phi"} << "Denied";
        QTest::newRow("permissive requires")
            << "permissive"
            << "nobody"
            << "export" << none << noContext << false << QStringList{"requires:action:export:context:manager_approval"}
            << "Denied";
        QTest::newRow("permissive with permit")
            << "permissive"
            << "support_bot"
            << "read" << none << noContext << true << QStringList{"permits:actor:root:action:read"} << "permitted by";
    }
    void evaluate()
    {
        QFETCH(QString, mode);
        QFETCH(QString, actor);
        QFETCH(QString, action);
        QFETCH(QStringList, data);
        QFETCH(QByteArray, context);
        QFETCH(bool, permitted);
        QFETCH(QStringList, reasons);
        QFETCH(QString, summary);
        const auto policy = compiled(mode.toUtf8().constData());
        const PolicyEvaluation e =
            policy->evaluate({actor, action, {}, data, QJsonDocument::fromJson(context).object()});
        QCOMPARE(e.permitted, permitted);
        QCOMPARE(ids(e.reasons), reasons);
        QVERIFY2(e.summary.contains(summary), qPrintable(e.summary));
    }

    void contextTruthiness_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<bool>("present");
        QTest::newRow("absent") << QByteArray("{}") << false;
        QTest::newRow("true") << QByteArray("{\"manager_approval\":true}") << true;
        QTest::newRow("false") << QByteArray("{\"manager_approval\":false}") << false;
        QTest::newRow("null") << QByteArray("{\"manager_approval\":null}") << false;
        QTest::newRow("zero") << QByteArray("{\"manager_approval\":0}") << false;
        QTest::newRow("zero float") << QByteArray("{\"manager_approval\":0.0}") << false;
        QTest::newRow("empty string") << QByteArray("{\"manager_approval\":\"\"}") << false;
        QTest::newRow("one") << QByteArray("{\"manager_approval\":1}") << true;
        QTest::newRow("string") << QByteArray("{\"manager_approval\":\"alice\"}") << true;
        QTest::newRow("object") << QByteArray("{\"manager_approval\":{}}") << true;
        QTest::newRow("full id as key") << QByteArray("{\"context:manager_approval\":true}") << true;
        QTest::newRow("other case") << QByteArray("{\"Manager_Approval\":true}") << false;
        QTest::newRow("substring key") << QByteArray("{\"manager\":true}") << false;
    }
    void contextTruthiness()
    {
        QFETCH(QByteArray, context);
        QFETCH(bool, present);
        const auto e = compiled()->evaluate(
            {QStringLiteral("agent"), QStringLiteral("export"), {}, {}, QJsonDocument::fromJson(context).object()});
        QCOMPARE(e.permitted, present);
        QCOMPARE(e.terms.contains(QStringLiteral("context:manager_approval")), present);
    }

    void reasonTraceCarriesJustification()
    {
        const auto e = compiled()->evaluate({QStringLiteral("support_bot"), QStringLiteral("read"), {}, {}, {}});
        QCOMPARE(e.reasons.size(), 1);
        QCOMPARE(e.reasons.first(), (PolicyReason{QStringLiteral("permits:actor:root:action:read"),
                                                  QStringLiteral("permit"), QStringLiteral("baseline")}));
        const auto denied =
            compiled()->evaluate({QStringLiteral("agent"), QStringLiteral("process"), {}, {QStringLiteral("phi")}, {}});
        QCOMPARE(denied.reasons.first().effect, QStringLiteral("forbid"));
        QCOMPARE(denied.reasons.first().justification, QStringLiteral("HIPAA"));
        // A permit without justification serializes it as null, as SPEC section 3 shows.
        const auto bare = compiled()->evaluate(
            {QStringLiteral("agent"), QStringLiteral("export"), {}, {}, {{QStringLiteral("manager_approval"), true}}});
        const QJsonObject json = bare.reasons.first().toJson();
        QCOMPARE(json.value(QStringLiteral("relation_id")).toString(),
                 QStringLiteral("permits:actor:agent:action:export"));
        QCOMPARE(json.value(QStringLiteral("effect")).toString(), QStringLiteral("permit"));
        QVERIFY(json.value(QStringLiteral("justification")).isNull());
        QCOMPARE(json.size(), 3);
    }

    void termsAreClosedUnderImplies()
    {
        const auto e = compiled()->evaluate({QStringLiteral("support_bot"),
                                             QStringLiteral("process"),
                                             QStringLiteral("CRM"),
                                             {QStringLiteral("ssn")},
                                             {{QStringLiteral("night"), true}}});
        QStringList terms = e.terms;
        terms.sort();
        QCOMPARE(terms, (QStringList{"action:process", "actor:agent", "actor:ai", "actor:root", "actor:support_bot",
                                     "context:night", "data:pii", "data:ssn", "resource:crm"}));
        QCOMPARE(compiled()->closureOf(QStringLiteral("actor:cyc1")), (QStringList{"actor:cyc1", "actor:cyc2"}));
        QCOMPARE(compiled()->closureOf(QStringLiteral("actor:nobody")), QStringList{});
    }

    void reasonsCanonicalListIsTheJcsOfTheirJson()
    {
        QList<PolicyReason> reasons;
        QCOMPARE(PolicyReason::canonicalList(reasons), CanonicalJson::serialize(QJsonArray()));
        reasons << PolicyReason{QStringLiteral("permits:actor:bot:action:read"), QStringLiteral("permit"), QString()};
        reasons << PolicyReason{QString(), QStringLiteral("forbid"), QStringLiteral("Deletion is \"human\"\n\u00e9\U0001F600")};
        reasons << PolicyReason{QStringLiteral("r\u0001"), QStringLiteral("require"), QStringLiteral("\\")};
        QJsonArray json;
        for (const PolicyReason &r : reasons)
            json.append(r.toJson());
        QCOMPARE(PolicyReason::canonicalList(reasons), CanonicalJson::serialize(json));
    }

    void riskFloorsAreMaxOverTerms()
    {
        const auto e = compiled()->evaluate({QStringLiteral("support_bot"),
                                             QStringLiteral("process"),
                                             {},
                                             {QStringLiteral("pii"), QStringLiteral("phi")},
                                             {}});
        QCOMPARE(e.riskFloors.value(QStringLiteral("privacy")), 90);
        QCOMPARE(e.riskFloors.value(QStringLiteral("compliance")), 80);
        QCOMPARE(e.riskFloors.value(QStringLiteral("operational")), 20);
        QCOMPARE(e.riskFloors.value(QStringLiteral("security")), 30); // from actor:ai through implies
        QCOMPARE(e.riskFloors.size(), 4);
        const auto plain = compiled()->evaluate({QStringLiteral("cyc1"), QStringLiteral("read"), {}, {}, {}});
        QVERIFY(plain.riskFloors.isEmpty());
    }

    // The worked example of docs/policy-format.md, row by row.
    void examplePolicy_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("data");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<bool>("permitted");
        QTest::addColumn<QStringList>("reasons");
        const QStringList none;
        QTest::newRow("bot searches kb") << "billing_bot"
                                         << "search_kb" << none << QByteArray("{}") << true
                                         << QStringList{"permits:actor:ai_agent:action:search_kb"};
        QTest::newRow("bot looks up pii") << "Support Bot"
                                          << "lookup_customer" << QStringList{"pii"} << QByteArray("{}") << true
                                          << QStringList{"permits:actor:support_bot:action:lookup_customer:data:pii"};
        QTest::newRow("bot looks up phi") << "support_bot"
                                          << "lookup_customer" << QStringList{"phi"} << QByteArray("{}") << false
                                          << QStringList{"forbids:actor:support_bot:action:lookup_customer:data:phi"};
        QTest::newRow("bot exports") << "support_bot"
                                     << "export" << none << QByteArray("{}") << false
                                     << QStringList{"forbids:actor:ai_agent:action:export",
                                                    "requires:action:export:context:manager_approval"};
        QTest::newRow("manager exports") << "support_manager"
                                         << "export" << QStringList{"pii"} << QByteArray("{\"manager_approval\":true}")
                                         << true << QStringList{"permits:actor:support_manager:action:export:data:pii"};
        QTest::newRow("export during incident")
            << "support_manager"
            << "export" << QStringList{"pii"} << QByteArray("{\"manager_approval\":true,\"incident_mode\":true}")
            << false << QStringList{"conflicts:context:incident_mode:action:export"};
        QTest::newRow("refund unverified") << "billing_bot"
                                           << "process_refund" << QStringList{"payment"} << QByteArray("{}") << false
                                           << QStringList{"requires:action:process_refund:context:customer_verified"};
        QTest::newRow("refund verified") << "billing_bot"
                                         << "process_refund" << QStringList{"payment"}
                                         << QByteArray("{\"customer_verified\":true}") << true
                                         << QStringList{"permits:actor:billing_bot:action:process_refund:data:payment"};
        QTest::newRow("human deletes") << "human_agent"
                                       << "delete_record" << none << QByteArray("{}") << false << none;
    }
    void examplePolicy()
    {
        QFETCH(QString, actor);
        QFETCH(QString, action);
        QFETCH(QStringList, data);
        QFETCH(QByteArray, context);
        QFETCH(bool, permitted);
        QFETCH(QStringList, reasons);
        QFile f(QStringLiteral(LEXECON_SOURCE_DIR "/resources/policies/customer-support-ai.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto policy = PolicyLoader::load(f.readAll());
        QVERIFY2(policy.ok(), qPrintable(policy.error().message));
        const auto e = CompiledPolicy::compile(*policy)->evaluate(
            {actor, action, {}, data, QJsonDocument::fromJson(context).object()});
        QCOMPARE(e.permitted, permitted);
        QCOMPARE(ids(e.reasons), reasons);
    }

    // One compiled policy is shared by every intake thread; evaluation keeps its scratch per thread.
    void evaluatesConcurrently()
    {
        const auto policy = compiled();
        QList<int> runs(8);
        std::iota(runs.begin(), runs.end(), 0);
        const QList<int> failures = QtConcurrent::blockingMapped(runs, [policy](int run) {
            int wrong = 0;
            for (int i = 0; i < 2000; ++i) {
                const bool phi = (i + run) % 2 == 0;
                const auto e = policy->evaluate({QStringLiteral("support_bot"),
                                                 QStringLiteral("process"),
                                                 {},
                                                 {phi ? QStringLiteral("phi") : QStringLiteral("pii")},
                                                 {}});
                wrong += e.permitted == phi ? 1 : 0;
            }
            return wrong;
        });
        QCOMPARE(std::accumulate(failures.begin(), failures.end(), 0), 0);
    }

    void compiledKeepsVersionAndHash()
    {
        auto p = PolicyLoader::load(enginePolicy("paranoid"));
        QVERIFY(p.ok());
        const auto c = CompiledPolicy::compile(*p, 7);
        QCOMPARE(c->version(), 7);
        QCOMPARE(c->hash(), p->hash);
        QCOMPARE(c->mode(), Policy::Mode::Paranoid);
    }
};

QTEST_GUILESS_MAIN(TestPolicyEngine)
#include "TestPolicyEngine.moc"
