#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace Lexecon {
class Workspace;
struct DecisionRecord;
} // namespace Lexecon

namespace Lexecon::Ui {

// Everything an auditor asks about one decision: the request, the reason trace, risk by
// dimension, then its history in time order (decision, escalations with claims and
// resolutions, overrides, evidence, responsibility), the capability token's id and expiry and
// the ledger entry. Reads through the core services only.
class DecisionDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionDetailPane(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the decision; an empty id clears the pane.
    void showDecision(const QString &decisionId);
    void clear();

    QString decisionId() const { return m_decisionId; }
    QString text() const;
    QPushButton *copyTokenButton() const { return m_copyToken; }
    // A button for an action on the shown decision (Override…), beside Copy token.
    void addButtonFor(QAction *action);

private:
    QString requestHtml(const DecisionRecord &record, const QJsonObject &rendered);
    QString historyHtml(const DecisionRecord &record);
    QString tokenHtml(const DecisionRecord &record);

    Workspace &m_workspace;
    QString m_decisionId;
    QString m_token;
    QLabel *m_title = nullptr;
    QTextBrowser *m_body = nullptr;
    QPushButton *m_copyToken = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace Lexecon::Ui
