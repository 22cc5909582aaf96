#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTextBrowser;

namespace Lexecon {
class Workspace;
struct Escalation;
} // namespace Lexecon

namespace Lexecon::Ui {

// What a reviewer needs to judge one escalation: the request and its ledger entry, the policy's
// reason trace, the risk by dimension as a bar chart, the escalation's history (every tier of the
// decision), the responsibility chain and the evidence.
class EscalationDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit EscalationDetailPane(Workspace &workspace, QWidget *parent = nullptr);

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
    QString accountabilityHtml(const QString &decisionId);

    Workspace &m_workspace;
    QLabel *m_title = nullptr;
    QTextBrowser *m_request = nullptr;
    QChartView *m_chartView = nullptr;
    QTextBrowser *m_history = nullptr;
    QList<QPair<QString, int>> m_dimensions;
};

} // namespace Lexecon::Ui
