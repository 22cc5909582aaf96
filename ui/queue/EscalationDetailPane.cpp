#include "EscalationDetailPane.h"

#include "decision/DecisionService.h"
#include "escalation/EscalationQueueModel.h"
#include "escalation/EscalationService.h"
#include "evidence/EvidenceStore.h"
#include "responsibility/ResponsibilityTracker.h"
#include "widgets/ChartPalette.h"
#include "widgets/DetailHtml.h"
#include "workspace/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Lexecon::Ui {

namespace {

QString dimensionName(const QString &dimension)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("security"), QT_TRANSLATE_NOOP("Lexecon::Ui::EscalationDetailPane", "security")},
        {QStringLiteral("privacy"), QT_TRANSLATE_NOOP("Lexecon::Ui::EscalationDetailPane", "privacy")},
        {QStringLiteral("compliance"), QT_TRANSLATE_NOOP("Lexecon::Ui::EscalationDetailPane", "compliance")},
        {QStringLiteral("operational"), QT_TRANSLATE_NOOP("Lexecon::Ui::EscalationDetailPane", "operational")},
        {QStringLiteral("reputational"), QT_TRANSLATE_NOOP("Lexecon::Ui::EscalationDetailPane", "reputational")},
        {QStringLiteral("financial"), QT_TRANSLATE_NOOP("Lexecon::Ui::EscalationDetailPane", "financial")}};
    const auto it = names.find(dimension);
    return it == names.end() ? dimension : EscalationDetailPane::tr(it.value());
}

} // namespace

EscalationDetailPane::EscalationDetailPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);

    m_request = new QTextBrowser(this);
    m_request->setAccessibleName(tr("Request and reason trace"));
    m_request->setOpenLinks(false);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Risk by dimension"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_chartView = new QChartView(chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Risk by dimension chart"));
    m_chartView->setMinimumHeight(170);
    ChartPalette::apply(m_chartView);

    m_history = new QTextBrowser(this);
    m_history->setAccessibleName(tr("Escalation history"));

    // Side by side under the queue's table: request and trace, risk, history.
    auto *parts = new QHBoxLayout;
    parts->addWidget(m_request, 4);
    parts->addWidget(m_chartView, 3);
    parts->addWidget(m_history, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(parts, 1);
    clear();
}

void EscalationDetailPane::clear()
{
    m_title->setText(tr("Select an escalation to see its request, reasons, risk and history."));
    m_request->clear();
    m_history->clear();
    showRisk({});
}

QString EscalationDetailPane::requestText() const
{
    return m_request->toPlainText();
}

QString EscalationDetailPane::historyText() const
{
    return m_history->toPlainText();
}

void EscalationDetailPane::show(const Escalation &e)
{
    if (!e.isValid()) {
        clear();
        return;
    }
    m_title->setText(e.summary.isEmpty() ? e.escalationId : e.summary);
    auto record = m_workspace.decisions().get(e.decisionId);
    QString html = htmlHeading(tr("Request")) + QStringLiteral("<table>");
    html += htmlRow(tr("Escalation"), e.escalationId) + htmlRow(tr("Decision"), e.decisionId);
    if (!record) {
        html += QStringLiteral("</table>") +
                htmlParagraph(tr("The decision cannot be read: %1").arg(record.error().message));
        m_request->setHtml(html);
        showRisk({});
        m_history->setHtml(historyHtml(e));
        return;
    }
    const DecisionRequest &r = record->request;
    html += htmlRow(tr("Actor"), r.actor) + htmlRow(tr("Action"), r.action);
    if (!r.resource.isEmpty())
        html += htmlRow(tr("Resource"), r.resource);
    if (!r.tool.isEmpty())
        html += htmlRow(tr("Tool"), r.tool);
    if (!r.dataClasses.isEmpty())
        html += htmlRow(tr("Data classes"), r.dataClasses.join(QStringLiteral(", ")));
    if (!r.intent.isEmpty())
        html += htmlRow(tr("Intent"), r.intent);
    for (auto it = r.context.begin(); it != r.context.end(); ++it)
        html += htmlRow(tr("Context: %1").arg(it.key()), it.value().toVariant().toString());
    html += htmlRow(
        tr("Risk"),
        QStringLiteral("%1 (%2)").arg(EscalationQueueModel::priorityName(record->riskLevel)).arg(record->riskScore));
    html += htmlRow(tr("Policy"), tr("version %1 (%2)").arg(record->policyVersion).arg(record->policyMode));
    html +=
        htmlRow(tr("Ledger"), record->ledgerIndex >= 0
                                  ? tr("entry %1, hash %2…").arg(record->ledgerIndex).arg(record->entryHash.left(16))
                                  : tr("not recorded"));
    html += QStringLiteral("</table>") + htmlHeading(tr("Reason trace"));
    html += reasonTraceHtml(record->reasons, tr("No policy relation matched."));
    m_request->setHtml(html);
    showRisk(record->risk.value(QStringLiteral("dimensions")).toObject());
    m_history->setHtml(historyHtml(e) + accountabilityHtml(e.decisionId));
}

void EscalationDetailPane::showRisk(const QJsonObject &dimensions)
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_dimensions.clear();
    if (dimensions.isEmpty()) {
        chart->setTitle(tr("Risk by dimension: none given"));
        return;
    }
    chart->setTitle(tr("Risk by dimension"));
    auto *set = new QBarSet(tr("Risk"));
    QStringList categories;
    // Bottom to top in a horizontal chart: reversed so the list reads top-down alphabetically.
    QStringList keys = dimensions.keys();
    std::reverse(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const int value = dimensions.value(key).toInt();
        categories << dimensionName(key);
        *set << value;
        m_dimensions.append({key, value});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTickCount(6);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    // Dark mode gets a dark chart; the value labels sit outside the bars, on the chart's background.
    ChartPalette::apply(m_chartView);
    set->setLabelColor(palette().color(QPalette::Text));
}

QString EscalationDetailPane::historyHtml(const Escalation &current)
{
    auto chain = m_workspace.escalations().forDecision(current.decisionId);
    QList<Escalation> all = chain ? *chain : QList<Escalation>{current};
    QString html = htmlHeading(tr("History")) + QStringLiteral("<ul>");
    for (const Escalation &e : std::as_const(all)) {
        const QString tier = tr("Tier %1, %2 priority").arg(e.tier).arg(EscalationQueueModel::priorityName(e.priority));
        html += QStringLiteral("<li><b>%1</b> (%2)<ul>").arg(htmlEscaped(tier), htmlEscaped(e.escalationId));
        html += htmlListItem(
            tr("%1: opened; SLA deadline %2").arg(localTimeText(e.createdAtMs), localTimeText(e.slaDeadlineMs)));
        if (e.warnedAtMs > 0)
            html += htmlListItem(tr("%1: SLA warning").arg(localTimeText(e.warnedAtMs)));
        if (e.breachedAtMs > 0)
            html += htmlListItem(tr("%1: SLA breached").arg(localTimeText(e.breachedAtMs)));
        if (e.claimedAtMs > 0)
            html += htmlListItem(tr("%1: claimed by %2").arg(localTimeText(e.claimedAtMs), e.claimedBy));
        if (e.outcome == Escalation::deferred() && e.isOpen()) {
            html += htmlListItem(tr("deferred, back in the queue — “%1”").arg(e.reason));
        } else if (!e.outcome.isEmpty()) {
            html += htmlListItem(tr("%1: %2 by %3 — “%4”")
                                     .arg(localTimeText(e.resolvedAtMs), EscalationQueueModel::outcomeName(e.outcome),
                                          e.resolvedBy, e.reason));
        }
        html += QStringLiteral("</ul></li>");
    }
    return html + QStringLiteral("</ul>");
}

QString EscalationDetailPane::accountabilityHtml(const QString &decisionId)
{
    QString html = htmlHeading(tr("Responsibility chain")) + QStringLiteral("<ul>");
    if (auto chain = m_workspace.responsibility().forDecision(decisionId)) {
        for (const ResponsibilityRecord &r : std::as_const(*chain)) {
            QString line = tr("%1: %2 (%3, %4)")
                               .arg(r.createdAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')), r.decisionMaker,
                                    Responsibility::makerTypeName(r.makerType), Responsibility::levelName(r.level));
            if (r.ledgerIndex >= 0)
                line += QLatin1Char(' ') + tr("ledger entry %1").arg(r.ledgerIndex);
            html += htmlListItem(line);
        }
    } else {
        html += htmlListItem(chain.error().message);
    }
    html += QStringLiteral("</ul>") + htmlHeading(tr("Evidence")) + QStringLiteral("<ul>");
    if (auto artifacts = m_workspace.evidence().forDecision(decisionId)) {
        for (const EvidenceArtifact &a : std::as_const(*artifacts))
            html += htmlListItem(tr("%1 (%2, %3 bytes, SHA-256 %4…)")
                                     .arg(a.title.isEmpty() ? a.artifactId : a.title, EvidenceTypes::name(a.type))
                                     .arg(a.size)
                                     .arg(a.sha256.left(12)));
        if (artifacts->isEmpty())
            html += htmlListItem(tr("none"));
    } else {
        html += htmlListItem(artifacts.error().message);
    }
    return html + QStringLiteral("</ul>");
}

} // namespace Lexecon::Ui
