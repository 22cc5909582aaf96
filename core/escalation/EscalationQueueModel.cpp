#include "EscalationQueueModel.h"

#include "EscalationService.h"
#include "common/Clock.h"
#include "risk/RiskLevel.h"

#include <QDateTime>

namespace Lexecon {

namespace {

QString twoDigits(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString clockText(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 rest = seconds % 86400;
    const QString hms =
        QStringLiteral("%1:%2:%3").arg(twoDigits(rest / 3600), twoDigits(rest % 3600 / 60), twoDigits(rest % 60));
    return days > 0 ? EscalationQueueModel::tr("%1 d %2").arg(days).arg(hms) : hms;
}

bool sameState(const Escalation &a, const Escalation &b)
{
    return a.status == b.status && a.claimedBy == b.claimedBy && a.outcome == b.outcome &&
           a.warnedAtMs == b.warnedAtMs && a.breachedAtMs == b.breachedAtMs && a.resolvedAtMs == b.resolvedAtMs &&
           a.childEscalationId == b.childEscalationId;
}

} // namespace

EscalationQueueModel::EscalationQueueModel(EscalationService &service, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_clock(clock)
{
    m_filter.statuses = Escalation::openStatuses();
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(kRefreshDelayMs);
    connect(&m_refreshSoon, &QTimer::timeout, this, &EscalationQueueModel::refresh);
    // Changes by this process arrive as signals (queued when another thread resolved or created it).
    connect(&m_service, &EscalationService::escalationChanged, this, &EscalationQueueModel::onEscalationChanged);
    reload();
}

void EscalationQueueModel::setFilter(const EscalationFilter &filter)
{
    const EscalationFilter::SortKey key = m_filter.sortKey;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sortKey = key;
    m_filter.descending = descending;
    reload();
}

Result<QList<Escalation>> EscalationQueueModel::query(int offset, int limit) const
{
    EscalationFilter page = m_filter;
    page.offset = offset;
    page.limit = limit;
    return m_service.list(page);
}

void EscalationQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

void EscalationQueueModel::refresh()
{
    // Asks for the rows already shown (at least a page), so a long scroll keeps its place.
    const int limit = m_exhausted ? int(m_rows.size()) + kPage : qMax(kPage, int(m_rows.size()));
    auto rows = query(0, limit);
    if (!rows)
        return; // keep showing what we have; the next change or poll tries again
    bool sameOrder = rows->size() == m_rows.size();
    for (qsizetype i = 0; sameOrder && i < rows->size(); ++i)
        sameOrder = rows->at(i).escalationId == m_rows.at(i).escalationId;
    if (!sameOrder) {
        beginResetModel();
        m_rows = *rows;
        m_exhausted = rows->size() < limit;
        endResetModel();
        return;
    }
    for (int i = 0; i < int(rows->size()); ++i) {
        if (sameState(rows->at(i), m_rows.at(i)))
            continue;
        m_rows[i] = rows->at(i);
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

void EscalationQueueModel::onEscalationChanged(const QString &escalationId)
{
    const int row = rowOf(escalationId);
    if (row < 0) {
        // A new escalation (or one that now matches): its place depends on the sort.
        if (!m_refreshSoon.isActive())
            m_refreshSoon.start();
        return;
    }
    auto current = m_service.get(escalationId);
    if (!current)
        return;
    if (!matchesFilter(*current)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    m_rows[row] = *current;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool EscalationQueueModel::matchesFilter(const Escalation &e) const
{
    if (!m_filter.statuses.isEmpty() && !m_filter.statuses.contains(e.status))
        return false;
    if (!m_filter.priority.isEmpty() && e.priority != m_filter.priority)
        return false;
    if (!m_filter.assignee.isEmpty() && e.claimedBy != m_filter.assignee)
        return false;
    if (m_filter.text.isEmpty())
        return true;
    for (const QString &field : {e.escalationId, e.decisionId, e.summary, e.actor, e.action, e.claimedBy}) {
        if (field.contains(m_filter.text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void EscalationQueueModel::tick()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeLeft), index(int(m_rows.size()) - 1, TimeLeft),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, SlaStateRole, TimeLeftMsRole});
}

const Escalation *EscalationQueueModel::escalationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EscalationQueueModel::rowOf(const QString &escalationId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).escalationId == escalationId)
            return i;
    }
    return -1;
}

SlaState EscalationQueueModel::slaStateAt(int row) const
{
    const Escalation *e = escalationAt(row);
    return e ? m_service.slaPolicy().stateAt(*e, m_clock.nowMs()) : SlaState::Ok;
}

int EscalationQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EscalationQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EscalationQueueModel::timeLeftText(const Escalation &e) const
{
    const SlaState state = m_service.slaPolicy().stateAt(e, m_clock.nowMs());
    if (!e.isOpen())
        return state == SlaState::Breached ? tr("Closed after the deadline") : tr("Closed in time");
    const qint64 left = SlaPolicy::timeLeftMs(e, m_clock.nowMs());
    switch (state) {
    case SlaState::Ok: return countdownText(left);
    case SlaState::Warning: return tr("Warning: %1").arg(countdownText(left));
    case SlaState::Breached: return tr("Breached: %1").arg(countdownText(left));
    }
    return countdownText(left);
}

QVariant EscalationQueueModel::data(const QModelIndex &index, int role) const
{
    const Escalation *e = escalationAt(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Priority:
            return e->tier > 1 ? tr("%1 (tier %2)").arg(priorityName(e->priority)).arg(e->tier)
                               : priorityName(e->priority);
        case Summary: return e->summary;
        case ActorAction: return tr("%1 → %2").arg(e->actor, e->action);
        case Risk:
            return QStringLiteral("%1 (%2)").arg(priorityName(RiskLevel::levelFor(e->riskScore))).arg(e->riskScore);
        case TimeLeft: return timeLeftText(*e);
        case Status:
            return e->status == Escalation::resolved()
                       ? tr("%1: %2").arg(statusName(e->status), outcomeName(e->outcome))
                       : statusName(e->status);
        case Assignee:
            return e->claimedBy.isEmpty() ? tr("unassigned") : QString(e->claimedBy).remove(QStringLiteral("user:"));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeLeft) {
            const QString deadline = QDateTime::fromMSecsSinceEpoch(e->slaDeadlineMs)
                                         .toLocalTime()
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            return tr("SLA %1; deadline %2").arg(slaStateName(slaStateAt(index.row())), deadline);
        }
        if (index.column() == Summary)
            return e->summary;
        break;
    case EscalationIdRole: return e->escalationId;
    case SlaStateRole: return int(slaStateAt(index.row()));
    case TimeLeftMsRole: return SlaPolicy::timeLeftMs(*e, m_clock.nowMs());
    case PriorityRole: return e->priority;
    case Qt::TextAlignmentRole:
        if (index.column() == TimeLeft)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant EscalationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority: return tr("Priority");
    case Summary: return tr("Summary");
    case ActorAction: return tr("Actor → action");
    case Risk: return tr("Risk");
    case TimeLeft: return tr("Time left");
    case Status: return tr("Status");
    case Assignee: return tr("Assignee");
    }
    return {};
}

void EscalationQueueModel::sort(int column, Qt::SortOrder order)
{
    using Key = EscalationFilter::SortKey;
    static const Key keys[ColumnCount] = {Key::Priority, Key::Summary, Key::Actor,   Key::RiskScore,
                                          Key::Deadline, Key::Status,  Key::Assignee};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sortKey = keys[column];
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

bool EscalationQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void EscalationQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    auto rows = query(int(m_rows.size()), kPage);
    if (!rows || rows->isEmpty()) {
        m_exhausted = true;
        return;
    }
    if (rows->size() < kPage)
        m_exhausted = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
}

QString EscalationQueueModel::priorityName(const QString &priority)
{
    if (priority == QLatin1String("low"))
        return tr("low");
    if (priority == QLatin1String("medium"))
        return tr("medium");
    if (priority == QLatin1String("high"))
        return tr("high");
    if (priority == QLatin1String("critical"))
        return tr("critical");
    return priority;
}

QString EscalationQueueModel::statusName(const QString &status)
{
    if (status == Escalation::pending())
        return tr("pending");
    if (status == Escalation::inReview())
        return tr("in review");
    if (status == Escalation::deferred())
        return tr("deferred");
    if (status == Escalation::resolved())
        return tr("resolved");
    return status;
}

QString EscalationQueueModel::outcomeName(const QString &outcome)
{
    if (outcome == Escalation::approved())
        return tr("approved");
    if (outcome == Escalation::denied())
        return tr("denied");
    if (outcome == Escalation::deferred())
        return tr("deferred");
    if (outcome == Escalation::escalatedUp())
        return tr("escalated up");
    return outcome;
}

QString EscalationQueueModel::slaStateName(SlaState state)
{
    switch (state) {
    case SlaState::Ok: return tr("on time");
    case SlaState::Warning: return tr("warning");
    case SlaState::Breached: return tr("breached");
    }
    return {};
}

QString EscalationQueueModel::countdownText(qint64 leftMs)
{
    if (leftMs > 0)
        return tr("%1 left").arg(clockText((leftMs + 999) / 1000)); // 0.5 s left still shows a second
    return tr("overdue by %1").arg(clockText((-leftMs + 999) / 1000));
}

} // namespace Lexecon
