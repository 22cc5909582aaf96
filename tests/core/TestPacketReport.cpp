#include "audit/PacketReport.h"

#include <QtTest>

using namespace Lexecon;

// The report is summary tables, not a dump: counts, shares and bars per table, the people, and
// how to check the packet; HTML escapes what it shows.
class TestPacketReport : public QObject
{
    Q_OBJECT

private:
    static PacketMeta meta()
    {
        PacketMeta m;
        m.packetId = QStringLiteral("pkt_01");
        m.nodeId = QStringLiteral("node-abc");
        m.scope = QStringLiteral("all");
        m.requester = QStringLiteral("user:<ana>");
        m.approver = QStringLiteral("user:olga");
        m.fromMs = 1795341600000;
        return m;
    }
    static PacketSummary summary()
    {
        PacketSummary s;
        s.decisions = 4;
        s.outcomes = {{QStringLiteral("approved"), 3}, {QStringLiteral("denied"), 1}};
        s.riskLevels = {{QStringLiteral("low"), 2}, {QStringLiteral("critical"), 2}};
        s.escalations = 2;
        s.escalationStatuses = {{QStringLiteral("pending"), 1}, {QStringLiteral("resolved"), 1}};
        s.slaBreached = 1;
        s.breachesByPriority = {{QStringLiteral("critical"), 1}};
        s.overrides = 1;
        s.overrideTypes = {{QStringLiteral("human_review"), 1}};
        return s;
    }

private Q_SLOTS:
    void markdownHasTablesWithShares()
    {
        const QString md = PacketReport::markdown(meta(), summary());
        QVERIFY(md.contains(QStringLiteral("## Decisions by outcome")));
        QVERIFY(md.contains(QStringLiteral("| approved | 3 | 75.0% |")));
        QVERIFY(md.contains(QStringLiteral("| critical | 2 | 50.0% |")));
        QVERIFY(md.contains(QStringLiteral("1 of 2 escalations missed their SLA deadline")));
        QVERIFY(md.contains(QStringLiteral("sha256sum -c SHA256SUMS")));
        QVERIFY(md.contains(QStringLiteral("2026-11-22T10:00:00.000Z to (open)")));
        // Levels with no decisions still get a row, so the distribution is complete.
        QVERIFY(md.contains(QStringLiteral("| medium | 0 | 0.0% |")));
    }

    void htmlEscapes()
    {
        const QString html = PacketReport::html(meta(), summary());
        QVERIFY(html.contains(QStringLiteral("user:&lt;ana&gt;")));
        QVERIFY(!html.contains(QStringLiteral("user:<ana>")));
        QVERIFY(html.contains(QStringLiteral("<h2>SLA breaches by priority</h2>")));
    }

    void emptyPacketHasNoDivisionByZero()
    {
        const QString md = PacketReport::markdown(meta(), PacketSummary());
        QVERIFY(md.contains(QStringLiteral("| approved | 0 | - |")));
    }
};

QTEST_GUILESS_MAIN(TestPacketReport)
#include "TestPacketReport.moc"
