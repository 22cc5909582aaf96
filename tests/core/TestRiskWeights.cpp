#include "risk/RiskWeights.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lexecon;

class TestRiskWeights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheSpec()
    {
        const RiskWeights w;
        QCOMPARE(RiskWeights::dimensions(), QStringList({QStringLiteral("security"), QStringLiteral("privacy"),
                                                         QStringLiteral("compliance"), QStringLiteral("operational"),
                                                         QStringLiteral("reputational"), QStringLiteral("financial")}));
        const QList<int> expected{25, 20, 20, 15, 10, 10};
        int sum = 0;
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(w.weight(RiskWeights::dimensions().at(i)), expected.at(i));
            sum += w.weight(RiskWeights::dimensions().at(i));
        }
        QCOMPARE(sum, 100);
        QCOMPARE(w.weight(QStringLiteral("legal")), 0);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("sums to 100") << QStringLiteral("{\"security\":40,\"privacy\":30,\"compliance\":30}") << true
                                     << QString() << QString();
        QTest::newRow("one dimension carries all")
            << QStringLiteral("{\"privacy\":100}") << true << QString() << QString();
        QTest::newRow("sums to 99") << QStringLiteral("{\"security\":25,\"privacy\":20,\"compliance\":20,"
                                                      "\"operational\":15,\"reputational\":10,\"financial\":9}")
                                    << false << QStringLiteral("risk_weights") << QStringLiteral("sum to 99");
        QTest::newRow("sums to 101") << QStringLiteral("{\"security\":51,\"privacy\":50}") << false
                                     << QStringLiteral("risk_weights") << QStringLiteral("sum to 101");
        QTest::newRow("empty") << QStringLiteral("{}") << false << QStringLiteral("risk_weights")
                               << QStringLiteral("must sum to 100");
        QTest::newRow("unknown dimension") << QStringLiteral("{\"legal\":100}") << false
                                           << QStringLiteral("risk_weights.legal") << QStringLiteral("security");
        QTest::newRow("negative") << QStringLiteral("{\"security\":-10,\"privacy\":110}") << false
                                  << QStringLiteral("risk_weights.privacy") << QStringLiteral("0 to 100");
        QTest::newRow("fraction") << QStringLiteral("{\"security\":50.5,\"privacy\":49.5}") << false
                                  << QStringLiteral("risk_weights.privacy") << QStringLiteral("integer");
    }
    void validation()
    {
        QFETCH(QString, json);
        QFETCH(bool, valid);
        QFETCH(QString, field);
        QFETCH(QString, words);
        auto w = RiskWeights::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QCOMPARE(w.ok(), valid);
        if (valid) {
            int sum = 0;
            for (const QString &d : RiskWeights::dimensions())
                sum += w->weight(d);
            QCOMPARE(sum, 100);
            return;
        }
        QCOMPARE(w.error().code, Error::Code::InvalidInput);
        // QJsonObject iterates keys in sorted order: the error names the first bad key alphabetically.
        QCOMPARE(w.error().field, field);
        QVERIFY2(w.error().message.contains(words), qPrintable(w.error().message));
    }

    void roundTripsThroughJson()
    {
        const RiskWeights w;
        auto back = RiskWeights::fromJson(w.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toMap(), w.toMap());
    }
};

QTEST_GUILESS_MAIN(TestRiskWeights)
#include "TestRiskWeights.moc"
