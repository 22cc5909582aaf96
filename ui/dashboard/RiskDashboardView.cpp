#include "RiskDashboardView.h"

#include "common/Clock.h"
#include "widgets/AsyncLoader.h"
#include "workspace/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Lexecon::Ui {

namespace {

QString outcomeLabel(const QString &outcome)
{
    if (outcome == QStringLiteral("approved"))
        return RiskDashboardView::tr("Approved");
    if (outcome == QStringLiteral("denied"))
        return RiskDashboardView::tr("Denied");
    return RiskDashboardView::tr("Escalated");
}

QString levelLabel(const QString &level)
{
    if (level == QStringLiteral("low"))
        return RiskDashboardView::tr("Low");
    if (level == QStringLiteral("medium"))
        return RiskDashboardView::tr("Medium");
    if (level == QStringLiteral("high"))
        return RiskDashboardView::tr("High");
    return RiskDashboardView::tr("Critical");
}

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis *countAxis(QChart *chart, int max, Qt::Alignment side, const QString &title)
{
    // Whole-number ticks: a tick at 2.4 labelled "2" would misstate a count.
    const int step = max <= 5 ? 1 : (max + 4) / 5;
    const int top = std::max(1, ((max + step - 1) / step) * step);
    auto *axis = new QValueAxis(chart);
    axis->setRange(0, top);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(top / step + 1);
    axis->setTitleText(title);
    chart->addAxis(axis, side);
    return axis;
}

} // namespace

RiskDashboardView::RiskDashboardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_statistics(std::make_shared<DecisionStatistics>(workspace.database(), workspace.clock()))
{
    m_loader = new AsyncLoader(this);
    connect(m_loader, &AsyncLoader::loadingChanged, this, &RiskDashboardView::loadingChanged);
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Dashboard period"));
    m_period->addItem(tr("Last 24 hours"), int(StatisticsPeriod::Last24Hours));
    m_period->addItem(tr("Last 7 days"), int(StatisticsPeriod::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(StatisticsPeriod::Last30Days));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Dashboard summary"));

    auto *top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addSpacing(12);
    top->addWidget(m_status, 1);

    auto *grid = new QGridLayout;
    grid->addWidget(makePanel(OutcomesChart, tr("Decisions by outcome")), 0, 0);
    grid->addWidget(makePanel(RiskLevelsChart, tr("Risk level distribution")), 0, 1);
    grid->addWidget(makePanel(SlaChart, tr("SLA performance by priority")), 1, 0);
    grid->addWidget(makePanel(TopChart, tr("Top actors and actions by escalations")), 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &RiskDashboardView::refresh);
    applyTheme();
}

RiskDashboardView::~RiskDashboardView() = default;

bool RiskDashboardView::isLoading() const
{
    return m_loader->isLoading();
}

QChart *RiskDashboardView::chart(ChartKind kind) const
{
    return m_views[kind]->chart();
}

QWidget *RiskDashboardView::makePanel(ChartKind kind, const QString &title)
{
    auto *box = new QGroupBox(title, this);
    m_titles[kind] = title;
    auto *view = new QChartView(new QChart, box);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(tr("%1 chart").arg(title));
    view->setMinimumSize(320, 220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_views[kind] = view;

    auto *png = new QPushButton(tr("Export PNG…"), box);
    png->setAccessibleName(tr("Export %1 as PNG").arg(title));
    auto *pdf = new QPushButton(tr("Export PDF…"), box);
    pdf->setAccessibleName(tr("Export %1 as PDF").arg(title));
    connect(png, &QPushButton::clicked, this, [this, kind] { askAndExport(kind, false); });
    connect(pdf, &QPushButton::clicked, this, [this, kind] { askAndExport(kind, true); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(png);
    buttons->addWidget(pdf);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    return box;
}

void RiskDashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Counted when first shown, not at start-up: the dashboard is rarely the first page opened.
    if (!m_loaded)
        refresh();
}

void RiskDashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void RiskDashboardView::refresh()
{
    const auto period = StatisticsPeriod(m_period->currentData().toInt());
    m_loaded = true; // asked for; a failure shows in the status line, and choosing a period asks again
    m_status->setText(tr("Loading the statistics…"));
    m_loader->load<Result<DecisionStatisticsReport>>(
        [statistics = m_statistics, period] { return statistics->compute(period); },
        [this](Result<DecisionStatisticsReport> &report) { showReport(report); });
}

void RiskDashboardView::showReport(const Result<DecisionStatisticsReport> &report)
{
    if (!report) {
        m_status->setText(tr("The statistics cannot be read: %1").arg(report.error().message));
        return;
    }
    m_report = *report;
    int decisions = 0;
    for (int n : std::as_const(m_report.riskLevels))
        decisions += n;
    int due = 0, breached = 0;
    for (const SlaPerformance &p : std::as_const(m_report.sla)) {
        due += p.due;
        breached += p.breached;
    }
    m_status->setText(tr("Decisions in the period: %1 · escalations due: %2 · SLA breached: %3")
                          .arg(decisions)
                          .arg(due)
                          .arg(breached));
    showOutcomes();
    showRiskLevels();
    showSla();
    showTop();
    applyTheme();
}

void RiskDashboardView::showOutcomes()
{
    QChart *chart = m_views[OutcomesChart]->chart();
    clear(chart);
    auto *series = new QStackedBarSeries;
    int max = 0;
    QList<int> totals(m_report.bucketStarts.size(), 0);
    for (const QString &outcome : DecisionStatistics::outcomes()) {
        auto *set = new QBarSet(outcomeLabel(outcome));
        const QList<int> counts = m_report.outcomesByBucket.value(outcome);
        for (int i = 0; i < counts.size(); ++i) {
            *set << counts[i];
            totals[i] += counts[i];
        }
        series->append(set);
    }
    for (int t : totals)
        max = std::max(max, t);
    chart->addSeries(series);

    // A value axis labelled at every few bars: 24 hours or 30 dates cannot all be written side by side.
    const bool hourly = m_report.period == StatisticsPeriod::Last24Hours;
    const int buckets = int(m_report.bucketStarts.size());
    const int every = hourly ? 3 : buckets > 7 ? 5 : 1;
    auto *x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setStartValue(-0.5);
    for (int i = (buckets - 1) % every; i < buckets; i += every) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(m_report.bucketStarts.at(i), Qt::UTC);
        x->append(hourly ? t.toString(QStringLiteral("HH:mm")) : locale().toString(t.date(), tr("d MMM")), i);
    }
    x->setRange(-0.5, buckets - 0.5);
    x->setTitleText(hourly ? tr("Hour (UTC)") : tr("Day (UTC)"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(countAxis(chart, max, Qt::AlignLeft, tr("Decisions")));
}

void RiskDashboardView::showRiskLevels()
{
    QChart *chart = m_views[RiskLevelsChart]->chart();
    clear(chart);
    auto *set = new QBarSet(tr("Decisions"));
    QStringList categories;
    int max = 0;
    for (const QString &level : DecisionStatistics::riskLevels()) {
        const int n = m_report.riskLevels.value(level);
        *set << n;
        max = std::max(max, n);
        categories << levelLabel(level);
    }
    set->setLabelColor(palette().color(QPalette::WindowText));
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true); // the count on each bar: readable without the axis
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(countAxis(chart, max, Qt::AlignLeft, tr("Decisions")));
    chart->legend()->setVisible(false);
}

void RiskDashboardView::showSla()
{
    QChart *chart = m_views[SlaChart]->chart();
    clear(chart);
    auto *rate = new QBarSet(tr("Breach rate (%)"));
    // Points, not a line: a priority without resolutions has no median, and a line would draw one.
    auto *median = new QScatterSeries;
    median->setMarkerSize(12);
    median->setName(tr("Median time to resolution (h)"));
    QStringList categories, due;
    double maxHours = 0;
    for (int i = 0; i < m_report.sla.size(); ++i) {
        const SlaPerformance &p = m_report.sla.at(i);
        *rate << p.breachRate() * 100.0;
        if (p.medianResolutionMs >= 0) {
            const double hours = p.medianResolutionMs / 3600000.0;
            median->append(i, hours);
            maxHours = std::max(maxHours, hours);
        }
        categories << levelLabel(p.priority);
        due << QStringLiteral("%1 %2").arg(levelLabel(p.priority)).arg(p.due);
    }
    chart->setTitle(tr("Escalations due: %1").arg(due.join(QStringLiteral(" · "))));
    auto *bars = new QBarSeries;
    bars->append(rate);
    chart->addSeries(bars);
    chart->addSeries(median);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    median->attachAxis(x);
    auto *percent = new QValueAxis(chart);
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    percent->setTitleText(tr("Breached"));
    chart->addAxis(percent, Qt::AlignLeft);
    bars->attachAxis(percent);
    auto *hoursAxis = new QValueAxis(chart);
    hoursAxis->setRange(0, maxHours > 0 ? maxHours * 1.1 : 1.0);
    hoursAxis->applyNiceNumbers(); // ticks at 5, 10, 15 h rather than 5.8, 11.6
    hoursAxis->setLabelFormat(QStringLiteral("%g"));
    hoursAxis->setTitleText(tr("Hours"));
    chart->addAxis(hoursAxis, Qt::AlignRight);
    median->attachAxis(hoursAxis);
}

void RiskDashboardView::showTop()
{
    QChart *chart = m_views[TopChart]->chart();
    clear(chart);
    // Stacked, with each row in only one set: actors and actions share one axis but keep their colour.
    auto *actors = new QBarSet(tr("Actors"));
    auto *actions = new QBarSet(tr("Actions"));
    QStringList categories;
    int max = 0;
    // Listed bottom-up by Qt, so the largest goes last to appear on top.
    for (auto it = m_report.topActions.crbegin(); it != m_report.topActions.crend(); ++it) {
        categories << it->first;
        *actors << 0;
        *actions << it->second;
        max = std::max(max, it->second);
    }
    for (auto it = m_report.topActors.crbegin(); it != m_report.topActors.crend(); ++it) {
        // An actor and an action may share a name; the category must stay unique.
        categories << (categories.contains(it->first) ? it->first + QStringLiteral(" ") : it->first);
        *actors << it->second;
        *actions << 0;
        max = std::max(max, it->second);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(actors);
    series->append(actions);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis(chart);
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    series->attachAxis(countAxis(chart, max, Qt::AlignBottom, tr("Escalations due in the period")));
    if (categories.isEmpty())
        chart->setTitle(tr("No escalations were due in this period."));
    else
        chart->setTitle(QString());
}

void RiskDashboardView::applyTheme()
{
    // The charts follow the system palette, so dark mode gets dark charts.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChartView *view : m_views) {
        QChart *chart = view->chart();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().brush(QPalette::Base));
        chart->setBackgroundRoundness(0);
        view->setBackgroundBrush(palette().brush(QPalette::Base));
        chart->setTitleBrush(palette().brush(QPalette::WindowText));
        chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    }
}

void RiskDashboardView::askAndExport(ChartKind kind, bool pdf)
{
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export PDF") : tr("Export PNG"), QString(), filter);
    if (path.isEmpty())
        return;
    const QString suffix = pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (const QString why = exportChart(kind, path); !why.isEmpty())
        QMessageBox::warning(this, tr("Export"), why);
}

QString RiskDashboardView::exportChart(ChartKind kind, const QString &path) const
{
    // What the officer sees, at the device pixel ratio of the screen, so HiDPI exports stay crisp.
    const QImage image = m_views[kind]->grab().toImage();
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter writer(path);
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setTitle(m_titles[kind]);
        writer.setCreator(QStringLiteral("Lexecon Workstation"));
        QPainter painter;
        if (!painter.begin(&writer))
            return tr("The PDF file %1 cannot be written; choose a folder you can write to.").arg(path);
        const QRect page = painter.viewport();
        const QSize fitted = image.size().scaled(page.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(page.topLeft(), fitted), image);
        painter.end();
        return QString();
    }
    if (!image.save(path, "PNG"))
        return tr("The PNG file %1 cannot be written; choose a folder you can write to.").arg(path);
    return QString();
}

} // namespace Lexecon::Ui
