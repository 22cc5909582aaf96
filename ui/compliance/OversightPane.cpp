#include "OversightPane.h"

#include "widgets/DetailHtml.h"

#include <QJsonArray>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

QString cell(const QString &text, bool header = false)
{
    const char *tag = header ? "th" : "td";
    return QStringLiteral("<%1 style='padding:2px 10px 2px 0;text-align:left'>%2</%1>")
        .arg(QLatin1String(tag), htmlEscaped(text));
}

QString tableRow(const QStringList &cells, bool header = false)
{
    QString row = QStringLiteral("<tr>");
    for (const QString &c : cells)
        row += cell(c, header);
    return row + QStringLiteral("</tr>");
}

} // namespace

OversightPane::OversightPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("Human oversight report"));
    layout->addWidget(m_browser);
}

QString OversightPane::durationText(const QJsonValue &ms) const
{
    if (ms.isNull() || ms.isUndefined())
        return tr("none");
    const qint64 seconds = qint64(ms.toDouble()) / 1000;
    if (seconds < 120)
        return tr("%1 s").arg(seconds);
    if (seconds < 2 * 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds % 3600 < 60)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString OversightPane::percentText(const QJsonValue &fraction) const
{
    if (fraction.isNull() || fraction.isUndefined())
        return tr("none");
    return tr("%1 %").arg(fraction.toDouble() * 100.0, 0, 'f', 1);
}

void OversightPane::setReport(const QJsonObject &report)
{
    const QJsonObject period = report.value(QStringLiteral("period")).toObject();
    const QJsonObject decisions = report.value(QStringLiteral("decisions")).toObject();
    const QJsonObject sla = report.value(QStringLiteral("sla")).toObject();
    const QJsonObject response = sla.value(QStringLiteral("response_ms")).toObject();
    const QJsonObject overrides = report.value(QStringLiteral("overrides")).toObject();
    const QJsonObject interventions = report.value(QStringLiteral("interventions")).toObject();
    auto n = [](const QJsonObject &o, const char *key) {
        return QString::number(o.value(QLatin1String(key)).toInteger());
    };

    QString html = htmlHeading(tr("Human oversight (EU AI Act Art. 14)"));
    html += htmlParagraph(
        tr("From %1 to %2.")
            .arg(period.value(QStringLiteral("from")).toString(), period.value(QStringLiteral("to")).toString()));
    html += QStringLiteral("<table>");
    html += htmlRow(tr("Decisions"), n(decisions, "total"));
    html +=
        htmlRow(tr("Escalated"), tr("%1 (%2)").arg(n(decisions, "escalated"),
                                                   percentText(decisions.value(QStringLiteral("escalation_rate")))));
    html += htmlRow(tr("Overridden"), n(decisions, "overridden"));
    html += htmlRow(tr("Override rate"), percentText(overrides.value(QStringLiteral("rate"))));
    html += htmlRow(tr("Active overrides"), n(overrides, "active"));
    html += htmlRow(tr("Interventions"), n(interventions, "total"));
    html += QStringLiteral("</table>");

    html += htmlHeading(tr("Response times against the SLA"));
    html += QStringLiteral("<table>");
    html += htmlRow(tr("Escalations"),
                    tr("%1 (%2 resolved, %3 open)").arg(n(sla, "escalations"), n(sla, "resolved"), n(sla, "open")));
    html += htmlRow(tr("Within SLA"), n(sla, "within_sla"));
    html += htmlRow(
        tr("Breached"),
        tr("%1 (breach rate %2)").arg(n(sla, "breached"), percentText(sla.value(QStringLiteral("breach_rate")))));
    html += htmlRow(tr("Median response"), durationText(response.value(QStringLiteral("median"))));
    html += htmlRow(tr("90th percentile response"), durationText(response.value(QStringLiteral("p90"))));
    html += htmlRow(tr("Longest response"), durationText(response.value(QStringLiteral("max"))));
    html += QStringLiteral("</table><table>");
    html += tableRow(
        {tr("Priority"), tr("SLA target"), tr("Escalations"), tr("Within SLA"), tr("Breached"), tr("Median response")},
        true);
    for (const QJsonValue &v : sla.value(QStringLiteral("by_priority")).toArray()) {
        const QJsonObject p = v.toObject();
        html += tableRow({p.value(QStringLiteral("priority")).toString(),
                          durationText(p.value(QStringLiteral("target_ms"))), n(p, "escalations"), n(p, "within_sla"),
                          n(p, "breached"), durationText(p.value(QStringLiteral("median_response_ms")))});
    }
    html += QStringLiteral("</table>");

    html += htmlHeading(tr("Reviewer load"));
    const QJsonArray reviewers = report.value(QStringLiteral("reviewers")).toArray();
    if (reviewers.isEmpty()) {
        html += htmlParagraph(tr("No reviewer resolved an escalation in this period."));
    } else {
        html += QStringLiteral("<table>");
        html += tableRow({tr("Reviewer"), tr("Resolved"), tr("Within SLA"), tr("Breached"), tr("Median response"),
                          tr("Interventions"), tr("Overrides")},
                         true);
        for (const QJsonValue &v : reviewers) {
            const QJsonObject r = v.toObject();
            html += tableRow({r.value(QStringLiteral("reviewer")).toString(), n(r, "resolved"), n(r, "within_sla"),
                              n(r, "breached"), durationText(r.value(QStringLiteral("median_response_ms"))),
                              n(r, "interventions"), n(r, "overrides")});
        }
        html += QStringLiteral("</table>");
    }
    m_browser->setHtml(html);
}

void OversightPane::showProblem(const QString &message)
{
    m_browser->setHtml(htmlParagraph(tr("The oversight report could not be built: %1").arg(message)));
}

QString OversightPane::text() const
{
    return m_browser->toPlainText();
}

} // namespace Lexecon::Ui
