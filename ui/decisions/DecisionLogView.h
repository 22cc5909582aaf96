#pragma once

#include "common/Result.h"

#include <QWidget>

#include <functional>
#include <memory>

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

protected:
    void showEvent(QShowEvent *event) override;

private:
    DecisionFilter currentFilter() const;
    void applyFilter();
    void fillChoices();
    void showCurrent();

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
    bool m_reloading = false;
};

} // namespace Lexecon::Ui
