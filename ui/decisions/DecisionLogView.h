#pragma once

#include "auth/Principal.h"
#include "common/Result.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;

namespace Lexecon {
class DecisionLogModel;
class DecisionStore;
class Workspace;
struct DecisionFilter;
} // namespace Lexecon

namespace Lexecon::Ui {

class DecisionDetailPane;

// The decision log: every decision, newest first, with filters on outcome, actor, action, risk
// level, period and text; the selected decision's full history beside it; and the selection
// (or everything the filters show) exported to CSV.
class DecisionLogView : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionLogView(Workspace &workspace, QWidget *parent = nullptr);

    DecisionLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DecisionDetailPane *detail() const { return m_detail; }
    // File > Export decisions… (Ctrl+E): asks for a file, then exportTo.
    QAction *exportAction() const { return m_export; }
    // Decision > Override… (Ctrl+Shift+O, also the log's context menu): enabled while a decision
    // is selected and someone is signed in.
    QAction *overrideAction() const { return m_override; }
    // The signed-in user overrides act for; until set, the log is read-only.
    void setActingUser(const Principal &user);

    // The period box's choices, in hours back from now; 0 means all time.
    enum Period { AllTime = 0, Last24Hours = 24, Last7Days = 24 * 7, Last30Days = 24 * 30 };

    QStringList selectedDecisionIds() const;
    // Writes the selected decisions, or with none selected every decision the filters show, as
    // CSV to path (atomically: a temporary file renamed over it). Returns the rows written.
    // progress(done, total) is asked after each page; false cancels and leaves path untouched.
    Result<qint64> exportTo(const QString &path, const std::function<bool(qint64, qint64)> &progress = {});

public Q_SLOTS:
    void reload();
    void exportWithDialog();
    // Opens the override dialog for the selected decision; on success reloads the log and pane.
    void overrideSelected();

Q_SIGNALS:
    void decisionOverridden(const QString &decisionId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    DecisionFilter currentFilter() const;
    void applyFilter();
    void fillChoices();
    void showCurrent();
    void updateOverrideAction();

    Workspace &m_workspace;
    std::shared_ptr<DecisionStore> m_store;
    DecisionLogModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    DecisionDetailPane *m_detail = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_period = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_export = nullptr;
    QAction *m_override = nullptr;
    std::optional<Principal> m_actingUser;
    bool m_reloading = false;
};

} // namespace Lexecon::Ui
