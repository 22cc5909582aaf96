#pragma once

#include "auth/Principal.h"

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Lexecon {
class EscalationQueueModel;
class Workspace;
struct Escalation;
} // namespace Lexecon

namespace Lexecon::Ui {

class EscalationDetailPane;
class ResolveDialog;

// The oversight queue: open escalations with live SLA countdowns, filters, a detail pane, and the
// reviewer's actions (claim, approve, deny, defer, escalate up) taken as the signed-in user.
// Without a user the queue is read-only and says so; a user without the permission is told
// which one is missing. The core checks again whatever the view allows.
class OversightQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit OversightQueueView(Workspace &workspace, QWidget *parent = nullptr);

    // The signed-in user the actions act as.
    void setActingUser(const Principal &user);
    std::optional<Principal> actingUser() const { return m_user; }

    EscalationQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EscalationDetailPane *detail() const { return m_detail; }
    // Claim, approve, deny, defer, escalate up: for the window's menu, with their shortcuts.
    QList<QAction *> queueActions() const;
    QAction *claimAction() const { return m_claim; }
    QAction *resolveAction(const QString &outcome) const;
    // Why the queue is read-only (no user, missing permission); empty when the user may act.
    QString noticeText() const;
    // The last action's result or refusal.
    QString messageText() const;
    const Escalation *selectedEscalation() const;

public Q_SLOTS:
    // Re-reads the loaded rows (changes by another process); keeps the selection.
    void refresh();
    void claimSelected();
    // Opens the ResolveDialog for the selected escalation (window-modal; returns at once).
    void resolveSelected(const QString &outcome);

private:
    QAction *makeAction(const QString &text, const QKeySequence &shortcut);
    void buildFilterBar(QLayout *into);
    void applyFilter();
    void selectionChanged();
    void updateActions();
    void updateCounts();
    void showMessage(const QString &text, bool isError);
    void selectEscalation(const QString &escalationId);

    Workspace &m_workspace;
    EscalationQueueModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    EscalationDetailPane *m_detail = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_mine = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_message = nullptr;
    QAction *m_claim = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_deny = nullptr;
    QAction *m_defer = nullptr;
    QAction *m_escalateUp = nullptr;
    QTimer *m_tick = nullptr;
    int m_ticks = 0;
    QString m_keepSelected; // the selected id across a model reset
    std::optional<Principal> m_user;
};

} // namespace Lexecon::Ui
