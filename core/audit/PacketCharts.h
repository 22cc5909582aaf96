#pragma once

#include "PacketSummary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lexecon {

// One chart of the packet report: inline SVG text (the core has no QtGui, so charts are written
// as text; the PDF renderer turns the SVG into pictures), with a title and a one-sentence text
// equivalent. The report puts each chart's data table next to it.
struct PacketChart
{
    QString id;    // also the SVG's element id, e.g. "chart-risk-levels"
    QString title; // the SVG's <title> and the report's heading
    QString text;  // what the chart shows, in one sentence (the SVG's <desc>)
    QString svg;   // empty when there is nothing to draw
};

// The report's charts, drawn from the summary counted while the sections streamed: decisions
// by outcome over time (per day, or per month over longer ranges), the risk level distribution,
// escalations and SLA breaches by priority, mean time to resolution by priority and overrides
// by type. Plain SVG 1.1 shapes and text (rect, line, text, no CSS or scripts), which browsers
// and Qt's SVG Tiny renderer both draw.
class PacketCharts
{
public:
    static PacketChart outcomesOverTime(const PacketSummary &s);
    static PacketChart riskLevels(const PacketSummary &s);
    static PacketChart slaByPriority(const PacketSummary &s);
    static PacketChart resolutionByPriority(const PacketSummary &s);
    static PacketChart overridesByType(const PacketSummary &s);

    // Decisions per period and outcome: days when the range has at most 45 days, else months.
    struct Series
    {
        QStringList periods;
        QStringList outcomes;           // in the chart's order
        QList<QList<qint64>> counts;    // [period][outcome]
        QString unit;                   // "day" or "month"
    };
    static Series outcomeSeries(const PacketSummary &s);
    // Mean hours from creation to resolution, or -1 when none was resolved.
    static double meanResolutionHours(const PacketSummary &s, const QString &priority);

    static QStringList levels(); // low, medium, high, critical
};

} // namespace Lexecon
