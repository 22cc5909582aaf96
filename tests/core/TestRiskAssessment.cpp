#include "common/CanonicalJson.h"
#include "risk/RiskAssessment.h"

#include <QTest>

using namespace Lexecon;

class TestRiskAssessment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalTextIsTheJcsOfToJson_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<int>("score");
        QTest::newRow("none") << QStringList{} << 0;
        QTest::newRow("one") << QStringList{QStringLiteral("privacy")} << 70;
        QTest::newRow("all six") << QStringList{QStringLiteral("security"), QStringLiteral("privacy"),
                                                QStringLiteral("compliance"), QStringLiteral("operational"),
                                                QStringLiteral("reputational"), QStringLiteral("financial")}
                                 << 100;
        // Not dimensions the scorer makes, but the order and escaping must hold for any key:
        // UTF-16 order puts U+1F600 (a surrogate pair) before U+FF21.
        QTest::newRow("unicode and escapes") << QStringList{QStringLiteral("\uFF21"), QStringLiteral("\U0001F600"),
                                                            QStringLiteral("Z"), QStringLiteral("a\"b"),
                                                            QStringLiteral("\u00e9"), QStringLiteral("\n")}
                                             << -5;
    }
    void canonicalTextIsTheJcsOfToJson()
    {
        QFETCH(QStringList, keys);
        QFETCH(int, score);
        RiskAssessment a;
        a.score = score;
        a.level = QStringLiteral("medium");
        int v = 0;
        for (const QString &k : keys)
            a.dimensions.insert(k, v++ * 37 - 20);
        QCOMPARE(a.canonicalText(), CanonicalJson::serialize(a.toJson()));
    }
};

QTEST_GUILESS_MAIN(TestRiskAssessment)
#include "TestRiskAssessment.moc"
