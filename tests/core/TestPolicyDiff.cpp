#include "policy/PolicyDiff.h"
#include "policy/PolicyLoader.h"

#include <QTest>

using namespace Lexecon;

namespace {

QByteArray j(const QByteArray &text)
{
    return QByteArray(text).replace('\'', '"');
}

// Two actors, two actions and a data class; mode and relations vary per row.
Policy policy(const char *mode, const char *relations, const char *extraTerm = "")
{
    const QByteArray json =
        j(QByteArray("{'mode':'") + mode +
          "','terms':[{'id':'bot','type':'actor','name':'Bot'},{'id':'agent','type':'actor'},"
          "{'id':'read','type':'action'},{'id':'export','type':'action'},{'id':'pii','type':'data_class'}" +
          extraTerm + "],'relations':[" + relations + "]}");
    auto loaded = PolicyLoader::load(json);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    return *loaded;
}

const char *kBase =
    "{'relation_id':'r1','type':'permits','source':'actor:bot','target':'action:read'},"
    "{'relation_id':'r2','type':'forbids','source':'actor:bot','target':'action:export','justification':'no'}";

} // namespace

class TestPolicyDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identicalPoliciesHaveNoDifference()
    {
        const PolicyDiff diff = PolicyDiff::between(policy("strict", kBase), policy("strict", kBase));
        QVERIFY(diff.isEmpty());
        QVERIFY(diff.terms().isEmpty());
        QVERIFY(diff.relations().isEmpty());
    }

    void relationChanges_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("fields");

        QTest::newRow("added")
            << QString::fromLatin1(kBase) +
                   ",{'relation_id':'r3','type':'permits','source':'actor:agent','target':'action:read'}"
            << "added"
            << "r3" << QStringList{};
        QTest::newRow("removed") << "{'relation_id':'r1','type':'permits','source':'actor:bot','target':'action:read'}"
                                 << "removed"
                                 << "r2" << QStringList{};
        QTest::newRow("target changed")
            << "{'relation_id':'r1','type':'permits','source':'actor:bot','target':'action:export'},"
               "{'relation_id':'r2','type':'forbids','source':'actor:bot','target':'action:export','justification':'no'"
               "}"
            << "changed"
            << "r1" << QStringList{"target"};
        QTest::newRow("object and justification changed")
            << "{'relation_id':'r1','type':'permits','source':'actor:bot','target':'action:read'},"
               "{'relation_id':'r2','type':'forbids','source':'actor:bot','target':'action:export','object':'data:pii',"
               "'justification':'never'}"
            << "changed"
            << "r2" << QStringList{"object", "justification"};
        QTest::newRow("type changed")
            << "{'relation_id':'r1','type':'forbids','source':'actor:bot','target':'action:read'},"
               "{'relation_id':'r2','type':'forbids','source':'actor:bot','target':'action:export','justification':'no'"
               "}"
            << "changed"
            << "r1" << QStringList{"type"};
    }

    void relationChanges()
    {
        QFETCH(QString, after);
        QFETCH(QString, change);
        QFETCH(QString, id);
        QFETCH(QStringList, fields);
        const PolicyDiff diff =
            PolicyDiff::between(policy("strict", kBase), policy("strict", after.toUtf8().constData()));
        QCOMPARE(diff.relations().size(), 1);
        const PolicyDiff::Entry e = diff.relations().first();
        QCOMPARE(PolicyDiff::changeName(e.change), change);
        QCOMPARE(e.id, id);
        QCOMPARE(e.fields, fields);
        QVERIFY(diff.terms().isEmpty());
        QCOMPARE(e.before.isEmpty(), change == QLatin1String("added"));
        QCOMPARE(e.after.isEmpty(), change == QLatin1String("removed"));
    }

    void addedRelationIsDescribed()
    {
        const PolicyDiff diff = PolicyDiff::between(
            policy("strict", kBase),
            policy("strict",
                   (QByteArray(kBase) + ",{'relation_id':'r3','type':'permits','source':'actor:agent','target':"
                                        "'action:read','object':'data:pii'}")
                       .constData()));
        QCOMPARE(diff.relations().first().after, QStringLiteral("permits actor:agent → action:read on data:pii"));
        QCOMPARE(diff.relations().first().kind, QStringLiteral("permits"));
    }

    void termsAddedRemovedAndChanged()
    {
        const Policy before = policy("strict", kBase, ",{'id':'ssn','type':'data_class'}");
        Policy after = policy("strict", kBase, ",{'id':'night','type':'context'}");
        after.terms[0].label = QStringLiteral("Support Bot");
        const PolicyDiff diff = PolicyDiff::between(before, after);
        QStringList seen;
        for (const PolicyDiff::Entry &e : diff.terms())
            seen << PolicyDiff::changeName(e.change) + QLatin1Char(' ') + e.id;
        // Ordered by id.
        QCOMPARE(seen, (QStringList{"changed actor:bot", "added context:night", "removed data:ssn"}));
        QCOMPARE(diff.terms().first().fields, QStringList{"label"});
    }

    void modeChangeIsADifference()
    {
        const PolicyDiff diff = PolicyDiff::between(policy("strict", kBase), policy("paranoid", kBase));
        QVERIFY(!diff.isEmpty());
        QVERIFY(diff.modeChanged());
        QCOMPARE(diff.fromMode(), QStringLiteral("strict"));
        QCOMPARE(diff.toMode(), QStringLiteral("paranoid"));
        QCOMPARE(diff.toJson().value(QStringLiteral("mode")).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("paranoid"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyDiff)
#include "TestPolicyDiff.moc"
