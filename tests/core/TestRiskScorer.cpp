#include "risk/RiskLevel.h"
#include "risk/RiskScorer.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lexecon;

using DimensionValues = QMap<QString, int>;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("{\"v\":") + text + "}");
    return doc.object().value(QStringLiteral("v"));
}

DimensionValues values(std::initializer_list<std::pair<const char *, int>> list)
{
    DimensionValues m;
    for (const auto &[k, v] : list)
        m.insert(QString::fromLatin1(k), v);
    return m;
}

} // namespace

class TestRiskScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreIsTheIntegerWeightedMean_data()
    {
        QTest::addColumn<DimensionValues>("given");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("level");
        QTest::newRow("nothing") << DimensionValues{} << 0 << QStringLiteral("low");
        QTest::newRow("one dimension is its own score") << values({{"privacy", 70}}) << 70 << QStringLiteral("high");
        // (25*40 + 20*70) / 45 = 2400 / 45 = 53.33 -> 53
        QTest::newRow("floor of the mean")
            << values({{"security", 40}, {"privacy", 70}}) << 53 << QStringLiteral("high");
        // (15*1 + 10*2) / 25 = 35 / 25 = 1.4 -> 1
        QTest::newRow("floors, never rounds")
            << values({{"operational", 1}, {"financial", 2}}) << 1 << QStringLiteral("low");
        QTest::newRow("all six at 100") << values({{"security", 100},
                                                   {"privacy", 100},
                                                   {"compliance", 100},
                                                   {"operational", 100},
                                                   {"reputational", 100},
                                                   {"financial", 100}})
                                        << 100 << QStringLiteral("critical");
        // 25*10+20*20+20*30+15*40+10*50+10*60 = 250+400+600+600+500+600 = 2950 / 100 = 29
        QTest::newRow("all six weighted") << values({{"security", 10},
                                                     {"privacy", 20},
                                                     {"compliance", 30},
                                                     {"operational", 40},
                                                     {"reputational", 50},
                                                     {"financial", 60}})
                                          << 29 << QStringLiteral("medium");
        QTest::newRow("a zero value still counts its weight")
            << values({{"security", 0}, {"privacy", 90}}) << 40 << QStringLiteral("medium");
        QTest::newRow("boundary 25") << values({{"privacy", 25}}) << 25 << QStringLiteral("low");
        QTest::newRow("boundary 26") << values({{"privacy", 26}}) << 26 << QStringLiteral("medium");
        QTest::newRow("boundary 50") << values({{"privacy", 50}}) << 50 << QStringLiteral("medium");
        QTest::newRow("boundary 51") << values({{"privacy", 51}}) << 51 << QStringLiteral("high");
        QTest::newRow("boundary 75") << values({{"privacy", 75}}) << 75 << QStringLiteral("high");
        QTest::newRow("boundary 76") << values({{"privacy", 76}}) << 76 << QStringLiteral("critical");
    }
    void scoreIsTheIntegerWeightedMean()
    {
        QFETCH(DimensionValues, given);
        QFETCH(int, score);
        QFETCH(QString, level);
        const RiskAssessment a = RiskScorer().assess(given);
        QCOMPARE(a.score, score);
        QCOMPARE(a.level, level);
        QCOMPARE(a.dimensions, given);
    }

    void termFloorsBeatLowerRequestValues_data()
    {
        QTest::addColumn<DimensionValues>("given");
        QTest::addColumn<int>("privacy");
        QTest::addColumn<int>("score");
        QTest::newRow("floor raises the request value") << values({{"privacy", 10}}) << 70 << 70;
        QTest::newRow("request above the floor wins") << values({{"privacy", 90}}) << 90 << 90;
        QTest::newRow("floor alone gives the dimension a value") << DimensionValues{} << 70 << 70;
        // (25*20 + 20*70) / 45 = 1900 / 45 = 42
        QTest::newRow("floor combines with other dimensions") << values({{"security", 20}}) << 70 << 42;
    }
    void termFloorsBeatLowerRequestValues()
    {
        QFETCH(DimensionValues, given);
        QFETCH(int, privacy);
        QFETCH(int, score);
        QHash<QString, int> floors;
        RiskScorer::addTermFloors(floors, QJsonDocument::fromJson("{\"risk\":{\"privacy\":40}}").object());
        RiskScorer::addTermFloors(floors, QJsonDocument::fromJson("{\"risk\":{\"privacy\":70,\"bogus\":99}}").object());
        RiskScorer::addTermFloors(floors, QJsonDocument::fromJson("{\"owner\":\"x\"}").object());
        QCOMPARE(floors.size(), 1);
        const RiskAssessment a = RiskScorer().assess(given, floors);
        QCOMPARE(a.dimensions.value(QStringLiteral("privacy")), privacy);
        QCOMPARE(a.score, score);
    }

    void customWeightsChangeTheScore()
    {
        auto weights = RiskWeights::fromMap(values({{"security", 50}, {"privacy", 50}}));
        QVERIFY2(weights.ok(), qPrintable(weights.error().message));
        const RiskScorer scorer(*weights);
        QCOMPARE(scorer.assess(values({{"security", 20}, {"privacy", 61}})).score, 40); // 4050 / 100
        // A dimension weighted 0 keeps its value on the record but adds nothing to the score.
        const RiskAssessment a = scorer.assess(values({{"financial", 100}}));
        QCOMPARE(a.score, 0);
        QCOMPARE(a.dimensions.value(QStringLiteral("financial")), 100);
    }

    void parseInputAccepts()
    {
        auto parsed = RiskScorer::parseInput(json("{\"privacy\": 70, \"security\": 0, \"financial\": 100}"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(*parsed, values({{"privacy", 70}, {"security", 0}, {"financial", 100}}));
        QVERIFY(RiskScorer::parseInput(QJsonValue()).value().isEmpty());
        QVERIFY(RiskScorer::parseInput(QJsonValue(QJsonValue::Undefined)).value().isEmpty());
    }

    void parseInputRefuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown dimension") << QStringLiteral("{\"legal\": 10}") << QStringLiteral("risk.legal")
                                           << QStringLiteral("security, privacy, compliance");
        QTest::newRow("above 100") << QStringLiteral("{\"privacy\": 101}") << QStringLiteral("risk.privacy")
                                   << QStringLiteral("0 to 100");
        QTest::newRow("negative") << QStringLiteral("{\"privacy\": -1}") << QStringLiteral("risk.privacy")
                                  << QStringLiteral("0 to 100");
        QTest::newRow("fraction") << QStringLiteral("{\"privacy\": 70.5}") << QStringLiteral("risk.privacy")
                                  << QStringLiteral("integer");
        QTest::newRow("string") << QStringLiteral("{\"privacy\": \"70\"}") << QStringLiteral("risk.privacy")
                                << QStringLiteral("integer");
        QTest::newRow("not an object") << QStringLiteral("[70]") << QStringLiteral("risk") << QStringLiteral("object");
    }
    void parseInputRefuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, field);
        QFETCH(QString, words);
        auto parsed = RiskScorer::parseInput(json(input.toUtf8().constData()));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
        QCOMPARE(parsed.error().field, field);
        QVERIFY2(parsed.error().message.contains(words), qPrintable(parsed.error().message));
    }

    void assessmentJson()
    {
        const RiskAssessment a = RiskScorer().assess(values({{"privacy", 70}}));
        const QJsonObject o = a.toJson();
        QCOMPARE(QJsonDocument(o).toJson(QJsonDocument::Compact),
                 QByteArray("{\"dimensions\":{\"privacy\":70},\"level\":\"high\",\"score\":70}"));
        const RiskAssessment back = RiskAssessment::fromJson(o);
        QCOMPARE(back.score, 70);
        QCOMPARE(back.level, QStringLiteral("high"));
        QCOMPARE(back.dimensions, a.dimensions);
    }
};

QTEST_GUILESS_MAIN(TestRiskScorer)
#include "TestRiskScorer.moc"
