#include "common/CanonicalJson.h"
#include "crypto/Sha256.h"
#include "policy/PolicyLoader.h"

#include <QFile>
#include <QTest>

using namespace Lexecon;

namespace {

// Test policies are written with single quotes for legibility; none contains an apostrophe.
QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(LEXECON_TEST_DATA_DIR "/policies/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPolicyLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsBothShapesMixed()
    {
        auto p = PolicyLoader::load(readData(QStringLiteral("both-shapes.json")));
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->name, QStringLiteral("both-shapes"));
        QCOMPARE(p->version, QStringLiteral("1.0.0"));
        QCOMPARE(p->mode, Policy::Mode::Strict);
        QCOMPARE(p->terms.size(), 7);
        QCOMPARE(p->relations.size(), 5);

        const Term *model = p->term(QStringLiteral("actor:model"));
        QVERIFY(model);
        QCOMPARE(model->label, QStringLiteral("AI Model"));
        QCOMPARE(model->description, QStringLiteral("The assistant"));
        const Term *bot = p->term(QStringLiteral("actor:support_bot"));
        QVERIFY(bot);
        QCOMPARE(bot->label, QStringLiteral("Support Bot"));
        QCOMPARE(bot->metadata.value(QStringLiteral("risk")).toObject().value(QStringLiteral("operational")).toInt(),
                 20);

        const Relation &forbid = p->relations.at(1);
        QCOMPARE(forbid.type, Relation::Type::Forbids);
        QCOMPARE(forbid.source, QStringLiteral("actor:model"));
        QCOMPARE(forbid.target, QStringLiteral("action:process"));
        QCOMPARE(forbid.object, QStringLiteral("data:pii"));
        QCOMPARE(forbid.justification, QStringLiteral("GDPR Art. 9"));
        QCOMPARE(forbid.id, QStringLiteral("forbids:actor:model:action:process:data:pii"));

        QCOMPARE(p->relations.at(0).id, QStringLiteral("permits:actor:model:action:search"));
        // Bare names in relations resolve to the prefixed term written the same way.
        QCOMPARE(p->relations.at(2).source, QStringLiteral("actor:support_bot"));
        QCOMPARE(p->relations.at(4).object, QStringLiteral("resource:tickets"));
        const Relation &req = p->relations.at(3);
        QCOMPARE(req.id, QStringLiteral("process-needs-approval"));
        QCOMPARE(req.conditions.toObject().value(QStringLiteral("note")).toString(), QStringLiteral("kept"));
        QCOMPARE(req.metadata.value(QStringLiteral("owner")).toString(), QStringLiteral("dpo"));
    }

    void prefixesFromType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("actor") << "actor"
                               << "model"
                               << "actor:model";
        QTest::newRow("action") << "action"
                                << "read"
                                << "action:read";
        QTest::newRow("data_class") << "data_class"
                                    << "pii"
                                    << "data:pii";
        QTest::newRow("resource") << "resource"
                                  << "crm"
                                  << "resource:crm";
        QTest::newRow("context") << "context"
                                 << "night"
                                 << "context:night";
        QTest::newRow("already prefixed") << "data_class"
                                          << "data:phi"
                                          << "data:phi";
        QTest::newRow("other prefix kept") << "actor"
                                           << "role:admin"
                                           << "role:admin";
    }
    void prefixesFromType()
    {
        QFETCH(QString, type);
        QFETCH(QString, id);
        QFETCH(QString, expected);
        const QByteArray json = "{\"terms\":[{\"id\":\"" + id.toUtf8() + "\",\"type\":\"" + type.toUtf8() + "\"}]}";
        auto p = PolicyLoader::load(json);
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->terms.first().id, expected);
    }

    void modes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("mode");
        QTest::newRow("default strict") << j("{}") << int(Policy::Mode::Strict);
        QTest::newRow("permissive") << j("{'mode':'permissive'}") << int(Policy::Mode::Permissive);
        QTest::newRow("strict") << j("{'mode':'strict'}") << int(Policy::Mode::Strict);
        QTest::newRow("paranoid") << j("{'mode':'paranoid'}") << int(Policy::Mode::Paranoid);
    }
    void modes()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, mode);
        auto p = PolicyLoader::load(json);
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(int(p->mode), mode);
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const char *terms = "'terms':[{'id':'actor:a','type':'actor'},{'id':'action:b','type':'action'},"
                            "{'id':'data:pii','type':'data_class'},{'id':'resource:crm','type':'resource'}]";
        auto with = [&](const char *rest) { return j((QByteArray("{") + terms + "," + rest + "}").constData()); };

        QTest::newRow("malformed") << QByteArray("{\"terms\": [}") << "policy"
                                   << "not valid JSON at byte offset 12 (object is missing after a comma)";
        QTest::newRow("truncated") << QByteArray("{\"terms\": [{\"id\": \"a\"") << "policy"
                                   << "looks truncated";
        QTest::newRow("truncated in string") << QByteArray("{\"terms\": [{\"id\": \"ac") << "policy"
                                             << "looks truncated";
        QTest::newRow("garbage after") << QByteArray("{}x") << "policy"
                                       << "garbage at the end";
        QTest::newRow("not an object") << QByteArray("[]") << "policy"
                                       << "one JSON object";
        QTest::newRow("empty file") << QByteArray("") << "policy"
                                    << "not valid JSON";
        QTest::newRow("bad mode") << j("{'mode':'lenient'}") << "mode"
                                  << "mode: unknown mode \"lenient\"; send permissive, strict or paranoid";
        QTest::newRow("mode not string") << j("{'mode':3}") << "mode"
                                         << "unknown mode a number";
        QTest::newRow("terms not array") << j("{'terms':{}}") << "terms"
                                         << "terms: must be an array";
        QTest::newRow("term not object") << j("{'terms':[3]}") << "terms[0]"
                                         << "terms[0]: must be an object";
        QTest::newRow("term without id") << j("{'terms':[{'type':'actor'}]}") << "terms[0].id"
                                         << "terms[0].id: missing";
        QTest::newRow("term id not string") << j("{'terms':[{'id':5,'type':'actor'}]}") << "terms[0].id"
                                            << "must be a string";
        QTest::newRow("term without type") << j("{'terms':[{'id':'a'}]}") << "terms[0].type"
                                           << "missing";
        QTest::newRow("unknown term type")
            << j("{'terms':[{'term_id':'a','term_type':'robot'}]}") << "terms[0].term_type"
            << "terms[0].term_type: unknown term type \"robot\"";
        QTest::newRow("id and term_id differ")
            << j("{'terms':[{'term_id':'a','id':'b','type':'actor'}]}") << "terms[0].id"
            << "give one of them";
        QTest::newRow("duplicate id") << j("{'terms':[{'id':'a','type':'actor'},{'id':'actor:a','type':'actor'}]}")
                                      << "terms[1].id"
                                      << "duplicate term id \"actor:a\" (first defined at terms[0])";
        QTest::newRow("metadata not object")
            << j("{'terms':[{'id':'a','type':'actor','metadata':[]}]}") << "terms[0].metadata"
            << "must be an object";
        QTest::newRow("risk unknown dimension")
            << j("{'terms':[{'id':'a','type':'actor','metadata':{'risk':{'vibes':3}}}]}")
            << "terms[0].metadata.risk.vibes"
            << "unknown risk dimension";
        QTest::newRow("risk out of range")
            << j("{'terms':[{'id':'a','type':'actor','metadata':{'risk':{'privacy':101}}}]}")
            << "terms[0].metadata.risk.privacy"
            << "integer from 0 to 100";
        QTest::newRow("relations not array") << with("'relations':'x'") << "relations"
                                             << "must be an array";
        QTest::newRow("unknown relation type")
            << with("'relations':[{'type':'permits','source':'actor:a','target':'action:b'},"
                    "{'type':'permits','source':'actor:a','target':'action:b','relation_id':'x'},"
                    "{'type':'permits','source':'actor:a','target':'action:b','relation_id':'y'},"
                    "{'type':'allows','source':'actor:a','target':'action:b'}]")
            << "relations[3].type"
            << "relations[3].type: unknown relation type \"allows\"";
        QTest::newRow("relation without type")
            << with("'relations':[{'source':'actor:a','target':'action:b'}]") << "relations[0].type"
            << "missing";
        QTest::newRow("undefined source")
            << with("'relations':[{'type':'permits','source':'actor:ghost','target':'action:b'}]")
            << "relations[0].source"
            << "undefined term \"actor:ghost\"";
        QTest::newRow("undefined target via alias")
            << with("'relations':[{'type':'permits','subject':'actor:a','action':'action:z'}]") << "relations[0].action"
            << "relations[0].action: undefined term \"action:z\"";
        QTest::newRow("undefined object")
            << with("'relations':[{'type':'forbids','source':'actor:a','target':'action:b','object':'data:phi'}]")
            << "relations[0].object"
            << "undefined term \"data:phi\"";
        QTest::newRow("missing target") << with("'relations':[{'type':'permits','source':'actor:a'}]")
                                        << "relations[0].action"
                                        << "missing";
        QTest::newRow("object of wrong type")
            << with("'relations':[{'type':'permits','source':'actor:a','target':'action:b','object':'actor:a'}]")
            << "relations[0].object"
            << "\"actor:a\" is a actor term; the object must be a data_class or resource term";
        QTest::newRow("object on implies")
            << with("'relations':[{'type':'implies','source':'actor:a','target':'action:b','object':'data:pii'}]")
            << "relations[0].object"
            << "only permits and forbids take an object";
        QTest::newRow("duplicate relation id")
            << with("'relations':[{'type':'permits','source':'actor:a','target':'action:b'},"
                    "{'relation_type':'permits','subject':'actor:a','action':'action:b'}]")
            << "relations[1].relation_id"
            << "duplicate relation id \"permits:actor:a:action:b\"";
        QTest::newRow("ambiguous bare name") << j("{'terms':[{'id':'x','type':'actor'},{'id':'x','type':'action'}],"
                                                  "'relations':[{'type':'permits','source':'x','target':'action:x'}]}")
                                             << "relations[0].source"
                                             << "ambiguous";
    }
    void loadErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        auto p = PolicyLoader::load(json);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, Error::Code::InvalidInput);
        QCOMPARE(p.error().field, field);
        QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
        if (field != QLatin1String("policy"))
            QVERIFY2(p.error().message.startsWith(field + QStringLiteral(": ")), qPrintable(p.error().message));
    }

    void truncationHint_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("hint");
        QTest::newRow("cut in object") << QByteArray("{\"terms\": [{\"id\": \"a\"") << true;
        QTest::newRow("cut in string") << QByteArray("{\"name\": \"pol") << true;
        QTest::newRow("cut after colon") << QByteArray("{\"a\":") << true;
        QTest::newRow("wrong bracket") << QByteArray("{\"terms\": [}") << false;
        QTest::newRow("garbage after") << QByteArray("{} x") << false;
        QTest::newRow("bad literal") << QByteArray("{\"mode\": strict}") << false;
    }
    void truncationHint()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, hint);
        auto p = PolicyLoader::load(json);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(QLatin1String("byte offset")), qPrintable(p.error().message));
        QCOMPARE(p.error().message.contains(QLatin1String("looks truncated")), hint);
    }

    void acceptsByteOrderMarkAndNumericVersion()
    {
        auto p = PolicyLoader::load(QByteArray("\xEF\xBB\xBF") + j("{'name':'bom','version':2}"));
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->name, QStringLiteral("bom"));
        QCOMPARE(p->version, QStringLiteral("2"));
        QCOMPARE(p->hash, PolicyLoader::load(j("{'version':2,'name':'bom'}"))->hash);
    }

    void hashIsSha256OfCanonicalFile()
    {
        const QByteArray a =
            j("{'name':'p','terms':[{'id':'a','type':'actor','metadata':{'x':1,'y':2}}],'mode':'strict'}");
        const QByteArray b = j("{\n  'mode' : 'strict',\n\t'terms' : [ { 'metadata':{'y':2.0,'x':1}, 'type':'actor', "
                               "'id':'a' } ],\n  'name':'p'\n}\n");
        auto pa = PolicyLoader::load(a);
        auto pb = PolicyLoader::load(b);
        QVERIFY(pa.ok() && pb.ok());
        QCOMPARE(pa->canonical, QByteArray("{\"mode\":\"strict\",\"name\":\"p\",\"terms\":[{\"id\":\"a\",\"metadata\":{"
                                           "\"x\":1,\"y\":2},\"type\":\"actor\"}]}"));
        QCOMPARE(pb->canonical, pa->canonical);
        QCOMPARE(pb->hash, pa->hash);
        QCOMPARE(pa->hash, Sha256::hex(pa->canonical));
        QCOMPARE(pa->hash.size(), 64);
        // Any change of content changes the hash, even one the loader does not interpret.
        auto pc = PolicyLoader::load(
            j("{'name':'p','terms':[{'id':'a','type':'actor','metadata':{'x':1,'y':3}}],'mode':'strict'}"));
        QVERIFY(pc.ok());
        QVERIFY(pc->hash != pa->hash);
        // Reloading the canonical bytes gives the same hash (stored content round-trips).
        QCOMPARE(PolicyLoader::load(pa->canonical)->hash, pa->hash);
    }

    void examplePoliciesLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("customer support") << "customer-support-ai.json";
        QTest::newRow("minimal") << "minimal.json";
    }
    void examplePoliciesLoad()
    {
        QFETCH(QString, file);
        QFile f(QStringLiteral(LEXECON_SOURCE_DIR "/resources/policies/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto p = PolicyLoader::load(f.readAll());
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QVERIFY(!p->relations.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPolicyLoader)
#include "TestPolicyLoader.moc"
