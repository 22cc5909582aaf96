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

class AsyncLoader;

// The risk dashboard: decisions by outcome over time, the risk level mix, SLA performance by
// priority and the actors and actions that escalate most, over 24 h, 7 d or 30 d. Each chart
// exports to PNG and PDF. The numbers come from DecisionStatistics; this class only draws them.
class RiskDashboardView : public QWidget
{
    Q_OBJECT
    // True while the statistics are read (off the GUI thread); the charts fill in when they arrive.
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum ChartKind { OutcomesChart, RiskLevelsChart, SlaChart, TopChart, ChartCount };

    explicit RiskDashboardView(Workspace &workspace, QWidget *parent = nullptr);
    ~RiskDashboardView() override;

    QComboBox *periodBox() const { return m_period; }
    QChart *chart(ChartKind kind) const;
    const DecisionStatisticsReport &report() const { return m_report; }
    bool isLoading() const;
    QLabel *statusLabel() const { return m_status; }
    // Writes one chart to path: PDF when the name ends in .pdf, PNG otherwise. Empty on success,
    // else a sentence saying what went wrong.
    QString exportChart(ChartKind kind, const QString &path) const;

public Q_SLOTS:
    // Reads the statistics of the chosen period on a worker thread and returns at once; a result
    // for a period no longer chosen is dropped.
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);

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
    void showReport(const Result<DecisionStatisticsReport> &report);

    Workspace &m_workspace;
    // Shared with the worker reading it, which may outlive a refresh.
    std::shared_ptr<DecisionStatistics> m_statistics;
    AsyncLoader *m_loader = nullptr;
    DecisionStatisticsReport m_report;
    QComboBox *m_period = nullptr;
    QLabel *m_status = nullptr;
    QChartView *m_views[ChartCount] = {};
    QString m_titles[ChartCount];
    bool m_loaded = false;
};

} // namespace Lexecon::Ui
