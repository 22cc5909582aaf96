#pragma once

#include "decision/DecisionStatistics.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

// The risk dashboard: decisions by outcome over time, the risk level mix, SLA performance by
// priority and the actors and actions that escalate most, over 24 h, 7 d or 30 d. Each chart
// exports to PNG and PDF. The numbers come from DecisionStatistics; this class only draws them.
class RiskDashboardView : public QWidget
{
    Q_OBJECT

public:
    enum ChartKind { OutcomesChart, RiskLevelsChart, SlaChart, TopChart, ChartCount };

    explicit RiskDashboardView(Workspace &workspace, QWidget *parent = nullptr);
    ~RiskDashboardView() override;

    QComboBox *periodBox() const { return m_period; }
    QChart *chart(ChartKind kind) const;
    const DecisionStatisticsReport &report() const { return m_report; }
    // Writes one chart to path: PDF when the name ends in .pdf, PNG otherwise. Empty on success,
    // else a sentence saying what went wrong.
    QString exportChart(ChartKind kind, const QString &path) const;

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *makePanel(ChartKind kind, const QString &title);
    void askAndExport(ChartKind kind, bool pdf);
    void showOutcomes();
    void showRiskLevels();
    void showSla();
    void showTop();
    void applyTheme();

    Workspace &m_workspace;
    std::unique_ptr<DecisionStatistics> m_statistics;
    DecisionStatisticsReport m_report;
    QComboBox *m_period = nullptr;
    QLabel *m_status = nullptr;
    QChartView *m_views[ChartCount] = {};
    QString m_titles[ChartCount];
    bool m_loaded = false;
};

} // namespace Lexecon::Ui
