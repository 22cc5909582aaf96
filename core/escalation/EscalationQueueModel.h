#pragma once

#include "Escalation.h"
#include "EscalationStore.h"
#include "SlaPolicy.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Lexecon {

class Clock;
class EscalationService;

// The oversight queue as a table model that fetches pages as the view scrolls, so a queue of
// 100,000 escalations opens at once. Time left is computed from the stored deadline and the
// injected clock: tick() repaints the countdown column without asking the database again.
// Lives in core (QtCore only); views add icons and colours from SlaStateRole.
class EscalationQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Priority, Summary, ActorAction, Risk, TimeLeft, Status, Assignee, ColumnCount };
    enum Role {
        EscalationIdRole = Qt::UserRole, // QString esc_...
        SlaStateRole,                    // int(SlaState)
        TimeLeftMsRole,                  // qint64, negative once breached
        PriorityRole,                    // the priority word (low..critical)
    };

    EscalationQueueModel(EscalationService &service, const Clock &clock, QObject *parent = nullptr);

    // Sorting and paging are the model's own; statuses, priority and text are kept.
    void setFilter(const EscalationFilter &filter);
    EscalationFilter filter() const { return m_filter; }
    const Escalation *escalationAt(int row) const;
    int rowOf(const QString &escalationId) const;
    SlaState slaStateAt(int row) const;

    // Re-reads from the first page (a new filter or sort).
    void reload();
    // Re-reads the rows loaded so far and changes only what differs: rows whose state changed
    // get dataChanged, and the rows are replaced only if the set or order changed (modelReset;
    // views re-select by EscalationIdRole).
    void refresh();
    // The countdowns moved: dataChanged for the time-left column only, no query.
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Words as the user's language says them.
    static QString priorityName(const QString &priority);
    static QString statusName(const QString &status);
    static QString outcomeName(const QString &outcome);
    static QString slaStateName(SlaState state);
    // "01:23:45 left", "2 d 03:00:00 left", "overdue by 00:12:34" (rounded to whole seconds).
    static QString countdownText(qint64 leftMs);

private Q_SLOTS:
    void onEscalationChanged(const QString &escalationId);

private:
    QString timeLeftText(const Escalation &e) const;
    bool matchesFilter(const Escalation &e) const;
    Result<QList<Escalation>> query(int offset, int limit) const;

    EscalationService &m_service;
    const Clock &m_clock;
    EscalationFilter m_filter;
    QList<Escalation> m_rows;
    bool m_exhausted = false;
    // New escalations arrive in bursts from the intake: one refresh serves a burst.
    QTimer m_refreshSoon;
    static constexpr int kPage = 200;
    static constexpr int kRefreshDelayMs = 250;
};

} // namespace Lexecon
