#include "CoverageChart.h"

#include "ControlsModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Lexecon::Ui {

CoverageChart::CoverageChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Coverage by framework"));
    layout->addWidget(m_view);
}

void CoverageChart::setReports(const QList<GapReport> &reports)
{
    // Best first, failing last: the bar reads left to right from met to missing.
    const QList<ControlStatus> order{ControlStatus::Verified, ControlStatus::Implemented,
                                     ControlStatus::PartiallyImplemented, ControlStatus::NotImplemented,
                                     ControlStatus::NonCompliant};
    auto *series = new QHorizontalStackedBarSeries;
    // A horizontal chart draws its first category at the bottom: reverse, so it reads like the list.
    QList<GapReport> ordered(reports.crbegin(), reports.crend());
    QStringList categories;
    for (const GapReport &r : ordered)
        categories << QStringLiteral("%1 (%2 %)").arg(r.frameworkName).arg(r.coveragePercent(), 0, 'f', 0);
    for (ControlStatus status : order) {
        auto *set = new QBarSet(ControlsModel::statusText(status));
        for (const GapReport &r : ordered)
            *set << r.byStatus.value(ControlStatuses::name(status));
        series->append(set);
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Controls by status (coverage: implemented or verified)"));
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    chart->setTitleBrush(palette().brush(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsColor(palette().color(QPalette::Text));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(tr("Controls"));
    axisX->setLabelsColor(palette().color(QPalette::Text));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace Lexecon::Ui
