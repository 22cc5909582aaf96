#include "PacketReport.h"

#include "PacketCharts.h"

#include <QList>
#include <QPair>

namespace Lexecon {

namespace {

using Rows = QList<QPair<QString, qint64>>;

struct Table
{
    QString title;
    QString keyHeader;
    Rows rows;
    qint64 total = 0;
    QString note;
    PacketChart (*chart)(const PacketSummary &) = nullptr; // drawn above the table in HTML
};

Rows ordered(const QMap<QString, qint64> &m, const QStringList &order = {})
{
    Rows rows;
    for (const QString &k : order)
        rows.append({k, m.value(k)});
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        if (!order.contains(it.key()))
            rows.append({it.key(), it.value()});
    return rows;
}

QString share(qint64 n, qint64 total)
{
    return total > 0 ? QString::number(100.0 * double(n) / double(total), 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

// A bar of up to 30 blocks: readable in Markdown, HTML and the PDF alike without a chart library.
QString bar(qint64 n, qint64 total)
{
    if (total <= 0 || n <= 0)
        return QString();
    const int blocks = qMax(1, int(30.0 * double(n) / double(total) + 0.5));
    return QString(blocks, QChar(0x2588));
}

QList<QPair<QString, QString>> headerRows(const PacketMeta &m)
{
    return {{QStringLiteral("Packet"), m.packetId},
            {QStringLiteral("Generated"), m.createdAt + QStringLiteral(" by ") + m.generator},
            {QStringLiteral("Node"), m.nodeId},
            {QStringLiteral("Node key fingerprint (SHA-256)"), m.fingerprint},
            {QStringLiteral("Scope"), m.scope},
            {QStringLiteral("Date range"), m.rangeText()},
            {QStringLiteral("Formats"), m.formats},
            {QStringLiteral("Request"), m.requestId.isEmpty() ? QStringLiteral("none (built by the local operator)") : m.requestId},
            {QStringLiteral("Requested by"), m.requester},
            {QStringLiteral("Approved by"), m.approver},
            {QStringLiteral("Ledger checkpoint"),
             QStringLiteral("%1, %2 entries, root %3").arg(m.checkpointOrigin).arg(m.checkpointSize).arg(m.checkpointRootBase64)}};
}

QList<Table> tables(const PacketSummary &s)
{
    const QStringList levels{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
    QList<Table> t;
    t.append({QStringLiteral("Decisions by outcome"), QStringLiteral("Outcome"),
              ordered(s.outcomes, {QStringLiteral("approved"), QStringLiteral("denied"), QStringLiteral("escalated")}),
              s.decisions, QStringLiteral("The pipeline's answer at the time of the request.")});
    t.append({QStringLiteral("Decisions by outcome in effect"), QStringLiteral("Outcome"),
              ordered(s.finalOutcomes, {QStringLiteral("approved"), QStringLiteral("denied"), QStringLiteral("pending")}),
              s.decisions,
              QStringLiteral("After human review and overrides; %1 decisions were overridden.").arg(s.overriddenDecisions)});
    t.append({QStringLiteral("Risk level distribution"), QStringLiteral("Level"), ordered(s.riskLevels, levels), s.decisions, {},
              &PacketCharts::riskLevels});
    t.append({QStringLiteral("Escalations by status"), QStringLiteral("Status"),
              ordered(s.escalationStatuses, {QStringLiteral("pending"), QStringLiteral("in_review"), QStringLiteral("deferred"),
                                             QStringLiteral("resolved")}),
              s.escalations, {}});
    Rows breaches;
    for (const QString &p : levels)
        breaches.append({p, s.breachesByPriority.value(p)});
    t.append({QStringLiteral("Escalations by priority"), QStringLiteral("Priority"), ordered(s.escalationPriorities, levels),
              s.escalations, {}});
    t.append({QStringLiteral("SLA breaches by priority"), QStringLiteral("Priority"), breaches, s.slaBreached,
              QStringLiteral("%1 of %2 escalations missed their SLA deadline.").arg(s.slaBreached).arg(s.escalations),
              &PacketCharts::slaByPriority});
    t.append({QStringLiteral("Overrides by type"), QStringLiteral("Type"), ordered(s.overrideTypes), s.overrides,
              QStringLiteral("%1 of %2 overrides were later revoked.").arg(s.overridesRevoked).arg(s.overrides),
              &PacketCharts::overridesByType});
    t.append({QStringLiteral("Evidence by type"), QStringLiteral("Type"), ordered(s.evidenceTypes), s.evidence,
              QStringLiteral("%1 bytes of evidence in total.").arg(s.evidenceBytes)});
    t.append({QStringLiteral("Human interventions by type"), QStringLiteral("Type"), ordered(s.interventionTypes),
              s.interventions, {}});
    return t;
}

// The data of the outcomes-over-time chart: one row per period, one column per outcome.
QList<QStringList> seriesRows(const PacketCharts::Series &series, QStringList &header)
{
    header = QStringList{series.unit == QLatin1String("month") ? QStringLiteral("Month (UTC)") : QStringLiteral("Day (UTC)")}
             + series.outcomes + QStringList{QStringLiteral("Total")};
    QList<QStringList> rows;
    for (qsizetype i = 0; i < series.periods.size(); ++i) {
        QStringList row{series.periods.at(i)};
        qint64 sum = 0;
        for (qint64 v : series.counts.at(i)) {
            row << QString::number(v);
            sum += v;
        }
        rows << (row << QString::number(sum));
    }
    return rows;
}

QList<QStringList> resolutionRows(const PacketSummary &s)
{
    QList<QStringList> rows;
    QStringList keys = PacketCharts::levels();
    for (auto it = s.escalationPriorities.cbegin(); it != s.escalationPriorities.cend(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    for (const QString &p : keys) {
        const double h = PacketCharts::meanResolutionHours(s, p);
        rows << QStringList{p, QString::number(s.escalationPriorities.value(p)), QString::number(s.resolvedByPriority.value(p)),
                            h < 0 ? QStringLiteral("-") : QString::number(h, 'f', 1)};
    }
    return rows;
}

const QStringList kResolutionHeader{QStringLiteral("Priority"), QStringLiteral("Escalations"), QStringLiteral("Resolved"),
                                    QStringLiteral("Mean hours to resolution")};

QString mdTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|---|");
    for (qsizetype i = 1; i < header.size(); ++i)
        out += QStringLiteral("---:|");
    out += QLatin1Char('\n');
    for (const QStringList &r : rows)
        out += QStringLiteral("| ") + r.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    return out;
}

QString htmlTable(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<table>\n<tr>");
    for (const QString &h : header)
        out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    out += QStringLiteral("</tr>\n");
    for (const QStringList &r : rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < r.size(); ++i)
            out += i == 0 ? QStringLiteral("<td>%1</td>").arg(r.at(i).toHtmlEscaped())
                          : QStringLiteral("<td class=\"n\" align=\"right\">%1</td>").arg(r.at(i).toHtmlEscaped());
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</table>\n");
}

// A chart with its text equivalent; the data table follows it.
QString htmlChart(const PacketChart &c)
{
    if (c.svg.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(c.text.toHtmlEscaped());
    return QStringLiteral("<div class=\"chart\">\n%1</div>\n<p class=\"chart-text\">%2</p>\n").arg(c.svg, c.text.toHtmlEscaped());
}

const char kVerifyMd[] =
    "Every file is listed with its SHA-256 in `SHA256SUMS`, which the node key signs (`SHA256SUMS.sig`). "
    "Unzip the packet and run:\n\n"
    "```\nsha256sum -c SHA256SUMS\n"
    "openssl pkeyutl -verify -pubin -inkey node-public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig\n```\n\n"
    "`lexecon-cli packet verify PACKET.zip --trusted-key FINGERPRINT` also checks the signed ledger checkpoint "
    "and every ledger proof in `ledger/proofs/`. See VERIFY.txt.\n";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// kVerifyMd as HTML: its paragraphs with `code` spans, its fenced block as <pre>, so the report
// shows commands as commands rather than Markdown punctuation.
QString verifyHtml()
{
    QString out;
    const QStringList blocks = QString::fromLatin1(kVerifyMd).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &block : blocks) {
        if (block.startsWith(QStringLiteral("```"))) {
            QString code = block.mid(block.indexOf(QLatin1Char('\n')) + 1);
            code.chop(code.endsWith(QStringLiteral("```\n")) ? 4 : code.endsWith(QStringLiteral("```")) ? 3 : 0);
            out += QStringLiteral("<pre>%1</pre>\n").arg(esc(code.trimmed()));
            continue;
        }
        const QStringList parts = block.trimmed().split(QLatin1Char('`'));
        QString para;
        for (qsizetype i = 0; i < parts.size(); ++i)
            para += i % 2 ? QStringLiteral("<code>%1</code>").arg(esc(parts.at(i))) : esc(parts.at(i));
        out += QStringLiteral("<p>%1</p>\n").arg(para);
    }
    return out;
}

} // namespace

QString PacketReport::markdown(const PacketMeta &meta, const PacketSummary &summary)
{
    QString out = QStringLiteral("# Audit packet %1\n\n| | |\n|---|---|\n").arg(meta.packetId);
    for (const auto &[k, v] : headerRows(meta))
        out += QStringLiteral("| %1 | %2 |\n").arg(k, v);
    out += QStringLiteral("\n%1 decisions, %2 escalations, %3 overrides, %4 evidence artifacts, %5 interventions; "
                          "%6 ledger entries cited, each with a proof.\n")
               .arg(summary.decisions)
               .arg(summary.escalations)
               .arg(summary.overrides)
               .arg(summary.evidence)
               .arg(summary.interventions)
               .arg(summary.citedEntries);
    {
        QStringList header;
        const auto rows = seriesRows(PacketCharts::outcomeSeries(summary), header);
        out += QStringLiteral("\n## Decisions by outcome over time\n\n");
        out += rows.isEmpty() ? QStringLiteral("No decisions in this packet.\n") : mdTable(header, rows);
    }
    for (const Table &t : tables(summary)) {
        out += QStringLiteral("\n## %1\n\n| %2 | Count | Share | |\n|---|---:|---:|---|\n").arg(t.title, t.keyHeader);
        for (const auto &[k, n] : t.rows)
            out += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(k).arg(n).arg(share(n, t.total), bar(n, t.total));
        out += QStringLiteral("| **Total** | **%1** | | |\n").arg(t.total);
        if (!t.note.isEmpty())
            out += QLatin1Char('\n') + t.note + QLatin1Char('\n');
    }
    out += QStringLiteral("\n## Mean time to resolution by priority\n\n") + mdTable(kResolutionHeader, resolutionRows(summary));
    out += QStringLiteral("\n## How to check this packet\n\n") + QString::fromLatin1(kVerifyMd);
    return out;
}

QString PacketReport::html(const PacketMeta &meta, const PacketSummary &summary)
{
    QString out = QStringLiteral(
                      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Audit packet %1</title>"
                      "<style>body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse;margin-bottom:8px}"
                      "th,td{border:1px solid #999;padding:3px 6px;text-align:left} td.n{text-align:right}"
                      "td.bar{color:#2f6fb0} h1{font-size:16pt} h2{font-size:12pt;margin-top:14px}</style></head><body>\n"
                      "<h1>Audit packet %1</h1>\n<table>\n")
                      .arg(esc(meta.packetId));
    for (const auto &[k, v] : headerRows(meta))
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(k), esc(v));
    out += QStringLiteral("</table>\n<p>%1 decisions, %2 escalations, %3 overrides, %4 evidence artifacts, %5 "
                          "interventions; %6 ledger entries cited, each with a proof.</p>\n")
               .arg(summary.decisions)
               .arg(summary.escalations)
               .arg(summary.overrides)
               .arg(summary.evidence)
               .arg(summary.interventions)
               .arg(summary.citedEntries);
    {
        const PacketChart chart = PacketCharts::outcomesOverTime(summary);
        QStringList header;
        const auto rows = seriesRows(PacketCharts::outcomeSeries(summary), header);
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(chart.title)) + htmlChart(chart);
        if (!rows.isEmpty())
            out += htmlTable(header, rows);
    }
    for (const Table &t : tables(summary)) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(t.title));
        if (t.chart)
            out += htmlChart(t.chart(summary));
        out += QStringLiteral("<table>\n<tr><th>%1</th><th>Count</th><th>Share</th><th></th></tr>\n").arg(esc(t.keyHeader));
        for (const auto &[k, n] : t.rows)
            out += QStringLiteral("<tr><td>%1</td><td class=\"n\" align=\"right\">%2</td><td class=\"n\" align=\"right\">%3</td>"
                                  "<td class=\"bar\"><font color=\"#2f6fb0\">%4</font></td></tr>\n")
                       .arg(esc(k))
                       .arg(n)
                       .arg(share(n, t.total), bar(n, t.total));
        out += QStringLiteral("<tr><th>Total</th><th align=\"right\">%1</th><th></th><th></th></tr>\n</table>\n").arg(t.total);
        if (!t.note.isEmpty())
            out += QStringLiteral("<p>%1</p>\n").arg(esc(t.note));
    }
    {
        const PacketChart chart = PacketCharts::resolutionByPriority(summary);
        out += QStringLiteral("<h2>%1</h2>\n").arg(esc(chart.title)) + htmlChart(chart) + htmlTable(kResolutionHeader, resolutionRows(summary));
    }
    out += QStringLiteral("<h2>How to check this packet</h2>\n") + verifyHtml() + QStringLiteral("</body></html>\n");
    return out;
}

} // namespace Lexecon
