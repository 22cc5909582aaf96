#include "HtmlPdfRenderer.h"
#include "audit/PacketReport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Lexecon;

// report.pdf: the HTML report with its inline SVG charts drawn as pictures (QTextDocument draws
// no SVG), the chart titles and data tables as text. pdftotext (poppler-utils) reads it back
// when installed.
class TestPacketPdf : public QObject
{
    Q_OBJECT

private:
    static PacketSummary summary()
    {
        PacketSummary s;
        s.decisions = 5;
        s.outcomes = {{QStringLiteral("approved"), 3}, {QStringLiteral("escalated"), 2}};
        s.riskLevels = {{QStringLiteral("low"), 3}, {QStringLiteral("high"), 2}};
        s.outcomesByDay = {{QStringLiteral("2026-11-20"), {{QStringLiteral("approved"), 3}}},
                           {QStringLiteral("2026-11-21"), {{QStringLiteral("escalated"), 2}}}};
        s.escalations = 2;
        s.escalationPriorities = {{QStringLiteral("high"), 2}};
        s.breachesByPriority = {{QStringLiteral("high"), 1}};
        s.slaBreached = 1;
        s.resolvedByPriority = {{QStringLiteral("high"), 1}};
        s.resolutionMsByPriority = {{QStringLiteral("high"), 7200000}};
        s.overrides = 1;
        s.overrideTypes = {{QStringLiteral("emergency_bypass"), 1}};
        return s;
    }

private Q_SLOTS:
    void chartsBecomePicturesAndTitlesStayText()
    {
        PacketMeta meta;
        meta.packetId = QStringLiteral("pkt_pdf");
        const QString html = PacketReport::html(meta, summary());
        QCOMPARE(html.count(QStringLiteral("<svg ")), 5);
        auto pdf = HtmlPdfRenderer::render(html, QStringLiteral("pkt_pdf"));
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF-"));
        // Five charts, five pictures (image XObjects); a report without them is a few KB.
        QCOMPARE(pdf->count("/Subtype /Image"), 5);
        QVERIFY(pdf->size() > 20000);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; the PDF's text was not checked");
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(*pdf) == pdf->size());
        file.close();
        QProcess p;
        p.start(pdftotext, {file.fileName(), QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        for (const char *title : {"Decisions by outcome over time", "Risk level distribution", "SLA breaches by priority",
                                  "Mean time to resolution by priority", "Overrides by type"})
            QVERIFY2(text.contains(QLatin1String(title)), title);
        // The charts' text equivalents and data tables are text, not only pixels.
        QVERIFY(text.contains(QStringLiteral("overall 1 of 2 (50.0%)")));
        QVERIFY(text.contains(QStringLiteral("2026-11-21")));
        // The SVG's own markup never leaks into the document as text.
        QVERIFY(!text.contains(QStringLiteral("xmlns")));
    }
};

QTEST_MAIN(TestPacketPdf)
#include "TestPacketPdf.moc"
