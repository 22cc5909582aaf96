#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTextBrowser;

namespace Lexecon {
class DecisionService;
class EscalationService;
struct Escalation;
} // namespace Lexecon

namespace Lexecon::Ui {

// What a reviewer needs to judge one escalation: the request, the policy's reason trace, the risk
// by dimension as a bar chart, and the escalation's history (every tier of the decision).
class EscalationDetailPane : public QWidget
{
    Q_OBJECT
public:
    EscalationDetailPane(DecisionService &decisions, EscalationService &escalations, QWidget *parent = nullptr);

    // Shows the escalation; an invalid one clears the pane.
    void show(const Escalation &escalation);
    void clear();

    QString requestText() const;
    QString historyText() const;
    // Dimension name -> value as the chart shows them (for tests).
    QList<QPair<QString, int>> chartedDimensions() const { return m_dimensions; }

private:
    void showRisk(const QJsonObject &dimensions);
    QString historyHtml(const Escalation &escalation);

    DecisionService &m_decisions;
    EscalationService &m_escalations;
    QLabel *m_title = nullptr;
    QTextBrowser *m_request = nullptr;
    QChartView *m_chartView = nullptr;
    QTextBrowser *m_history = nullptr;
    QList<QPair<QString, int>> m_dimensions;
};

} // namespace Lexecon::Ui
