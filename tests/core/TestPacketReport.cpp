#include "audit/PacketCharts.h"
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
        s.escalationPriorities = {{QStringLiteral("critical"), 1}, {QStringLiteral("low"), 1}};
        s.resolvedByPriority = {{QStringLiteral("low"), 1}};
        s.resolutionMsByPriority = {{QStringLiteral("low"), 5400000}}; // 1.5 h
        s.overrides = 1;
        s.overrideTypes = {{QStringLiteral("human_review"), 1}};
        s.outcomesByDay = {{QStringLiteral("2026-11-20"), {{QStringLiteral("approved"), 2}}},
                           {QStringLiteral("2026-11-21"), {{QStringLiteral("approved"), 1}, {QStringLiteral("denied"), 1}}}};
        return s;
    }

    // The text of one chart's <svg> element.
    static QString section(const QString &html, const QString &id)
    {
        const qsizetype from = html.indexOf(QStringLiteral("id=\"%1\"").arg(id));
        return from < 0 ? QString() : html.mid(from, html.indexOf(QStringLiteral("</svg>"), from) - from);
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

    // The checking instructions read as commands in the HTML, not as Markdown punctuation.
    void htmlShowsHowToCheckAsCode()
    {
        const QString html = PacketReport::html(meta(), summary());
        const QString howTo = html.mid(html.indexOf(QStringLiteral("<h2>How to check this packet</h2>")));
        QVERIFY(!howTo.isEmpty());
        QVERIFY(!howTo.contains(QLatin1Char('`')));
        QVERIFY(howTo.contains(QStringLiteral("<code>SHA256SUMS</code>")));
        QVERIFY(howTo.contains(QStringLiteral("<pre>sha256sum -c SHA256SUMS\nopenssl pkeyutl -verify")));
        QVERIFY(howTo.contains(QStringLiteral("<code>ledger/proofs/</code>. See VERIFY.txt.</p>")));
    }

    // Each chart is inline SVG with a title and a text equivalent, and its data table follows.
    void htmlHasChartsWithTheirCounts()
    {
        const QString html = PacketReport::html(meta(), summary());
        for (const char *id : {"chart-outcomes-over-time", "chart-risk-levels", "chart-sla-by-priority",
                               "chart-resolution-by-priority", "chart-overrides-by-type"})
            QVERIFY2(html.contains(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%1\"").arg(QLatin1String(id))), id);
        QVERIFY(html.contains(QStringLiteral("<title id=\"chart-risk-levels-title\">Risk level distribution</title>")));
        QVERIFY(html.contains(QStringLiteral("of 4 decisions: low 2, medium 0, high 0, critical 2.")));
        // Risk bars: low and critical both have the most decisions, so both fill the bar area.
        const QString risk = section(html, QStringLiteral("chart-risk-levels"));
        QCOMPARE(risk.count(QStringLiteral("width=\"300.0\"")), 2);
        QVERIFY(risk.contains(QStringLiteral(">2 (50.0%)</text>")));
        // Over time: two days, the second stacked approved + denied; its data table row.
        const QString time = section(html, QStringLiteral("chart-outcomes-over-time"));
        QVERIFY(time.contains(QStringLiteral(">2026-11-20</text>")) && time.contains(QStringLiteral(">2026-11-21</text>")));
        QCOMPARE(time.count(QStringLiteral("fill=\"#2e7d32\"")), 3); // approved: legend + two columns
        QCOMPARE(time.count(QStringLiteral("fill=\"#c62828\"")), 2); // denied: legend + one column
        QVERIFY(html.contains(QStringLiteral("<tr><td>2026-11-21</td><td class=\"n\" align=\"right\">1</td><td class=\"n\" "
                                             "align=\"right\">1</td><td class=\"n\" align=\"right\">2</td></tr>")));
        const QString sla = section(html, QStringLiteral("chart-sla-by-priority"));
        QVERIFY(sla.contains(QStringLiteral(">1 of 1 breached (100.0%)</text>")));
        QVERIFY(sla.contains(QStringLiteral(">0 of 1 breached (0.0%)</text>")));
        QVERIFY(section(html, QStringLiteral("chart-resolution-by-priority")).contains(QStringLiteral(">1.5 h (1 resolved)</text>")));
        QVERIFY(section(html, QStringLiteral("chart-overrides-by-type")).contains(QStringLiteral(">human_review</text>")));
        // No scripts or styles inside the charts.
        QVERIFY(!html.contains(QStringLiteral("<script")));
    }

    void monthsReplaceDaysOverLongRanges()
    {
        PacketSummary s;
        for (int d = 0; d < 60; ++d)
            s.outcomesByDay[QStringLiteral("2026-%1-%2").arg(9 + d / 30, 2, 10, QLatin1Char('0')).arg(1 + d % 30, 2, 10, QLatin1Char('0'))][QStringLiteral("approved")] = 1;
        const PacketCharts::Series series = PacketCharts::outcomeSeries(s);
        QCOMPARE(series.unit, QStringLiteral("month"));
        QCOMPARE(series.periods, (QStringList{QStringLiteral("2026-09"), QStringLiteral("2026-10")}));
        QCOMPARE(series.counts.at(0).at(0), 30);
    }

    void markdownHasTheChartData()
    {
        const QString md = PacketReport::markdown(meta(), summary());
        QVERIFY(md.contains(QStringLiteral("| 2026-11-21 | 1 | 1 | 2 |")));
        QVERIFY(md.contains(QStringLiteral("| low | 1 | 1 | 1.5 |")));
        QVERIFY(md.contains(QStringLiteral("| critical | 1 | 0 | - |")));
    }

    void emptyPacketHasNoDivisionByZero()
    {
        const QString md = PacketReport::markdown(meta(), PacketSummary());
        QVERIFY(md.contains(QStringLiteral("| approved | 0 | - |")));
    }
};

QTEST_GUILESS_MAIN(TestPacketReport)
#include "TestPacketReport.moc"
