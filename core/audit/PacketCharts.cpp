#include "PacketCharts.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace Lexecon {

namespace {

constexpr int kWidth = 640;
constexpr int kLabelWidth = 110;
constexpr int kBarArea = 300;
constexpr int kRowHeight = 26;
const char kFont[] = "font-family=\"sans-serif\" font-size=\"12\" fill=\"#222222\"";

QString colorFor(const QString &key)
{
    static const QMap<QString, QString> colors{{QStringLiteral("approved"), QStringLiteral("#2e7d32")},
                                               {QStringLiteral("denied"), QStringLiteral("#c62828")},
                                               {QStringLiteral("escalated"), QStringLiteral("#ef8f00")},
                                               {QStringLiteral("pending"), QStringLiteral("#ef8f00")},
                                               {QStringLiteral("low"), QStringLiteral("#66bb6a")},
                                               {QStringLiteral("medium"), QStringLiteral("#fbc02d")},
                                               {QStringLiteral("high"), QStringLiteral("#f4511e")},
                                               {QStringLiteral("critical"), QStringLiteral("#8e0000")}};
    return colors.value(key, QStringLiteral("#5c6bc0"));
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString open(const PacketChart &c, int height)
{
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%1\" width=\"%2\" height=\"%3\" "
                          "viewBox=\"0 0 %2 %3\" role=\"img\" aria-labelledby=\"%1-title %1-desc\">\n"
                          "<title id=\"%1-title\">%4</title>\n<desc id=\"%1-desc\">%5</desc>\n"
                          "<rect x=\"0\" y=\"0\" width=\"%2\" height=\"%3\" fill=\"#ffffff\"/>\n")
        .arg(c.id)
        .arg(kWidth)
        .arg(height)
        .arg(esc(c.title), esc(c.text));
}

QString text(double x, double y, const QString &s, const QString &anchor = QStringLiteral("start"), bool bold = false)
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" %4%5>%6</text>\n")
        .arg(x, 0, 'f', 1)
        .arg(y, 0, 'f', 1)
        .arg(anchor, QLatin1String(kFont), bold ? QStringLiteral(" font-weight=\"bold\"") : QString(), esc(s));
}

QString rect(double x, double y, double w, double h, const QString &color)
{
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
        .arg(x, 0, 'f', 1)
        .arg(y, 0, 'f', 1)
        .arg(w, 0, 'f', 1)
        .arg(h, 0, 'f', 1)
        .arg(color);
}

QString legend(const QList<QPair<QString, QString>> &items, double y)
{
    QString out;
    double x = kLabelWidth;
    for (const auto &[name, color] : items) {
        out += rect(x, y - 10, 12, 12, color);
        out += text(x + 16, y, name);
        x += 24 + 7.5 * name.size();
    }
    return out;
}

// One horizontal bar (of one or more segments) per row, with a label on the left and a note on
// the right; the longest row fills the bar area.
struct BarRow
{
    QString label;
    QList<QPair<qint64, QString>> segments; // value, color
    QString note;
};

QString horizontalBars(const PacketChart &c, const QList<BarRow> &rows, const QList<QPair<QString, QString>> &legendItems)
{
    qint64 max = 0;
    for (const BarRow &r : rows) {
        qint64 sum = 0;
        for (const auto &seg : r.segments)
            sum += seg.first;
        max = std::max(max, sum);
    }
    const int top = legendItems.isEmpty() ? 10 : 34;
    const int height = top + int(rows.size()) * kRowHeight + 10;
    QString out = open(c, height);
    if (!legendItems.isEmpty())
        out += legend(legendItems, 20);
    int y = top;
    for (const BarRow &r : rows) {
        out += text(kLabelWidth - 8, y + 17, r.label, QStringLiteral("end"));
        double x = kLabelWidth;
        for (const auto &[value, color] : r.segments) {
            if (value <= 0 || max <= 0)
                continue;
            const double w = std::max(1.0, double(kBarArea) * double(value) / double(max));
            out += rect(x, y + 4, w, kRowHeight - 8, color);
            x += w;
        }
        out += text(x + 6, y + 17, r.note);
        y += kRowHeight;
    }
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#666666\" stroke-width=\"1\"/>\n")
               .arg(kLabelWidth)
               .arg(top)
               .arg(y);
    return out + QStringLiteral("</svg>\n");
}

QString share(qint64 n, qint64 total)
{
    return total > 0 ? QString::number(100.0 * double(n) / double(total), 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

QList<QString> keysInOrder(const QMap<QString, qint64> &m, const QStringList &order)
{
    QList<QString> keys;
    for (const QString &k : order)
        keys << k;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    return keys;
}

} // namespace

QStringList PacketCharts::levels()
{
    return {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
}

PacketCharts::Series PacketCharts::outcomeSeries(const PacketSummary &s)
{
    Series out;
    out.unit = s.outcomesByDay.size() > 45 ? QStringLiteral("month") : QStringLiteral("day");
    QMap<QString, QMap<QString, qint64>> buckets;
    QMap<QString, qint64> totals;
    for (auto day = s.outcomesByDay.cbegin(); day != s.outcomesByDay.cend(); ++day) {
        const QString period = out.unit == QLatin1String("month") ? day.key().left(7) : day.key();
        for (auto o = day.value().cbegin(); o != day.value().cend(); ++o) {
            buckets[period][o.key()] += o.value();
            totals[o.key()] += o.value();
        }
    }
    out.periods = buckets.keys();
    out.outcomes = keysInOrder(totals, {});
    const QStringList preferred{QStringLiteral("approved"), QStringLiteral("denied"), QStringLiteral("escalated")};
    std::stable_sort(out.outcomes.begin(), out.outcomes.end(), [&](const QString &a, const QString &b) {
        const auto rank = [&](const QString &k) { return preferred.contains(k) ? preferred.indexOf(k) : 99; };
        return rank(a) < rank(b);
    });
    for (const QString &p : out.periods) {
        QList<qint64> row;
        for (const QString &o : out.outcomes)
            row << buckets[p].value(o);
        out.counts << row;
    }
    return out;
}

double PacketCharts::meanResolutionHours(const PacketSummary &s, const QString &priority)
{
    const qint64 n = s.resolvedByPriority.value(priority);
    return n > 0 ? double(s.resolutionMsByPriority.value(priority)) / double(n) / 3.6e6 : -1.0;
}

PacketChart PacketCharts::outcomesOverTime(const PacketSummary &s)
{
    const Series series = outcomeSeries(s);
    PacketChart c{QStringLiteral("chart-outcomes-over-time"), QStringLiteral("Decisions by outcome over time"), {}, {}};
    c.text = QStringLiteral("Stacked columns: decisions per %1 (UTC) from %2 to %3, split by outcome; %4 decisions in all.")
                 .arg(series.unit, series.periods.value(0, QStringLiteral("-")), series.periods.isEmpty() ? QStringLiteral("-") : series.periods.last())
                 .arg(s.decisions);
    if (series.periods.isEmpty())
        return c;
    qint64 max = 0;
    for (const auto &row : series.counts) {
        qint64 sum = 0;
        for (qint64 v : row)
            sum += v;
        max = std::max(max, sum);
    }
    // A round axis maximum: 1, 2 or 5 times a power of ten.
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(std::max<qint64>(max, 1)))));
    double axis = magnitude;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * magnitude >= double(max)) {
            axis = f * magnitude;
            break;
        }
    const int left = 60, top = 34, plotH = 180, plotW = kWidth - left - 20, height = top + plotH + 40;
    QString out = open(c, height);
    QList<QPair<QString, QString>> items;
    for (const QString &o : series.outcomes)
        items << qMakePair(o, colorFor(o));
    out += legend(items, 20);
    for (int g = 0; g <= 4; ++g) {
        const double y = top + plotH - plotH * g / 4.0;
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#dddddd\" stroke-width=\"1\"/>\n")
                   .arg(left)
                   .arg(y, 0, 'f', 1)
                   .arg(left + plotW);
        out += text(left - 6, y + 4, QString::number(qint64(axis * g / 4.0)), QStringLiteral("end"));
    }
    const int n = int(series.periods.size());
    const double slot = double(plotW) / n;
    const double barW = std::max(1.0, std::min(60.0, slot * 0.7));
    const int labelEvery = std::max(1, int(std::ceil(n / 8.0)));
    for (int i = 0; i < n; ++i) {
        double y = top + plotH;
        const double x = left + slot * i + (slot - barW) / 2;
        for (int k = 0; k < series.outcomes.size(); ++k) {
            const double h = plotH * double(series.counts[i][k]) / axis;
            if (h <= 0)
                continue;
            y -= h;
            out += rect(x, y, barW, h, colorFor(series.outcomes[k]));
        }
        if (i % labelEvery == 0)
            out += text(left + slot * i + slot / 2, top + plotH + 16, series.periods[i], QStringLiteral("middle"));
    }
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#666666\" stroke-width=\"1\"/>\n")
               .arg(left)
               .arg(top + plotH)
               .arg(left + plotW);
    c.svg = out + QStringLiteral("</svg>\n");
    return c;
}

PacketChart PacketCharts::riskLevels(const PacketSummary &s)
{
    PacketChart c{QStringLiteral("chart-risk-levels"), QStringLiteral("Risk level distribution"), {}, {}};
    QList<BarRow> rows;
    QStringList parts;
    for (const QString &level : keysInOrder(s.riskLevels, levels())) {
        const qint64 n = s.riskLevels.value(level);
        rows.append({level, {{n, colorFor(level)}}, QStringLiteral("%1 (%2)").arg(n).arg(share(n, s.decisions))});
        parts << QStringLiteral("%1 %2").arg(level).arg(n);
    }
    c.text = QStringLiteral("Bars: decisions per risk level, of %1 decisions: %2.").arg(s.decisions).arg(parts.join(QStringLiteral(", ")));
    if (s.decisions > 0)
        c.svg = horizontalBars(c, rows, {});
    return c;
}

PacketChart PacketCharts::slaByPriority(const PacketSummary &s)
{
    PacketChart c{QStringLiteral("chart-sla-by-priority"), QStringLiteral("Escalations and SLA breaches by priority"), {}, {}};
    QList<BarRow> rows;
    QStringList parts;
    for (const QString &p : keysInOrder(s.escalationPriorities, levels())) {
        const qint64 total = s.escalationPriorities.value(p);
        const qint64 breached = std::min(total, s.breachesByPriority.value(p));
        rows.append({p,
                     {{breached, QStringLiteral("#c62828")}, {total - breached, QStringLiteral("#5c8fc9")}},
                     QStringLiteral("%1 of %2 breached (%3)").arg(breached).arg(total).arg(share(breached, total))});
        parts << QStringLiteral("%1: %2 of %3 breached").arg(p).arg(breached).arg(total);
    }
    c.text = QStringLiteral("Bars: escalations per priority, the part that missed its SLA deadline first; overall %1 of %2 (%3). %4.")
                 .arg(s.slaBreached)
                 .arg(s.escalations)
                 .arg(share(s.slaBreached, s.escalations), parts.join(QStringLiteral("; ")));
    if (s.escalations > 0)
        c.svg = horizontalBars(c, rows, {{QStringLiteral("SLA breached"), QStringLiteral("#c62828")},
                                         {QStringLiteral("within SLA"), QStringLiteral("#5c8fc9")}});
    return c;
}

PacketChart PacketCharts::resolutionByPriority(const PacketSummary &s)
{
    PacketChart c{QStringLiteral("chart-resolution-by-priority"), QStringLiteral("Mean time to resolution by priority"), {}, {}};
    QList<BarRow> rows;
    QStringList parts;
    qint64 resolved = 0;
    for (const QString &p : keysInOrder(s.resolvedByPriority, levels())) {
        const double hours = meanResolutionHours(s, p);
        const qint64 n = s.resolvedByPriority.value(p);
        resolved += n;
        // Minutes as the bar's unit, so short times still show.
        rows.append({p, {{hours < 0 ? 0 : qint64(std::ceil(hours * 60.0)), QStringLiteral("#5c6bc0")}},
                     hours < 0 ? QStringLiteral("none resolved") : QStringLiteral("%1 h (%2 resolved)").arg(hours, 0, 'f', 1).arg(n)});
        parts << (hours < 0 ? QStringLiteral("%1: none resolved").arg(p) : QStringLiteral("%1: %2 h").arg(p).arg(hours, 0, 'f', 1));
    }
    c.text = QStringLiteral("Bars: mean hours from escalation to resolution per priority, over %1 resolved escalations. %2.")
                 .arg(resolved)
                 .arg(parts.join(QStringLiteral("; ")));
    if (resolved > 0)
        c.svg = horizontalBars(c, rows, {});
    return c;
}

PacketChart PacketCharts::overridesByType(const PacketSummary &s)
{
    PacketChart c{QStringLiteral("chart-overrides-by-type"), QStringLiteral("Overrides by type"), {}, {}};
    QList<BarRow> rows;
    QStringList parts;
    for (auto it = s.overrideTypes.cbegin(); it != s.overrideTypes.cend(); ++it) {
        rows.append({it.key(), {{it.value(), QStringLiteral("#7e57c2")}}, QStringLiteral("%1 (%2)").arg(it.value()).arg(share(it.value(), s.overrides))});
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    c.text = QStringLiteral("Bars: overrides per type, of %1 overrides (%2 later revoked)%3.")
                 .arg(s.overrides)
                 .arg(s.overridesRevoked)
                 .arg(parts.isEmpty() ? QString() : QStringLiteral(": ") + parts.join(QStringLiteral(", ")));
    if (s.overrides > 0)
        c.svg = horizontalBars(c, rows, {});
    return c;
}

} // namespace Lexecon
