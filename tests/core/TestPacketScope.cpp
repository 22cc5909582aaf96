#include "audit/PacketScope.h"

#include <QtTest>

using namespace Lexecon;

class TestPacketScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sevenScopes() { QCOMPARE(PacketScope::names().size(), 7); }

    void includes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("section");
        QTest::addColumn<bool>("included");
        QTest::newRow("all has decisions") << "all" << "decisions" << true;
        QTest::newRow("all has compliance") << "all" << "compliance" << true;
        QTest::newRow("risk_only has risk") << "risk_only" << "risk" << true;
        QTest::newRow("risk_only lacks decisions") << "risk_only" << "decisions" << false;
        QTest::newRow("escalation_only") << "escalation_only" << "escalations" << true;
        QTest::newRow("override_only lacks evidence") << "override_only" << "evidence" << false;
        QTest::newRow("evidence_only") << "evidence_only" << "evidence" << true;
        QTest::newRow("compliance_only") << "compliance_only" << "compliance" << true;
        QTest::newRow("decision_log_only") << "decision_log_only" << "decisions" << true;
        QTest::newRow("decision_log_only lacks risk") << "decision_log_only" << "risk" << false;
        QTest::newRow("unknown scope") << "everything" << "decisions" << false;
    }
    void includes()
    {
        QFETCH(QString, scope);
        QFETCH(QString, section);
        QFETCH(bool, included);
        QCOMPARE(PacketScope::includes(scope, section), included);
    }

    void parseFormats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("joined");
        QTest::newRow("all five, any order") << "pdf,json,csv,html,md" << true << "json,csv,md,html,pdf";
        QTest::newRow("spaces and case") << " JSON , html" << true << "json,html";
        QTest::newRow("unknown") << "json,docx" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("only commas") << ",," << false << "";
    }
    void parseFormats()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, joined);
        auto parsed = PacketScope::parseFormats(text);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(PacketScope::joinFormats(*parsed), joined);
        else
            QCOMPARE(parsed.error().field, QStringLiteral("formats"));
    }
};

QTEST_GUILESS_MAIN(TestPacketScope)
#include "TestPacketScope.moc"
