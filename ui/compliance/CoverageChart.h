#pragma once

#include "compliance/GapAnalysis.h"

#include <QWidget>

class QChartView;

namespace Lexecon::Ui {

// Controls by status for every framework as one stacked bar each (Qt Charts). Each status is a
// named series in the legend, so the chart reads without relying on colour alone.
class CoverageChart : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageChart(QWidget *parent = nullptr);

    void setReports(const QList<GapReport> &reports);
    QChartView *chartView() const { return m_view; }

private:
    QChartView *m_view = nullptr;
};

} // namespace Lexecon::Ui
