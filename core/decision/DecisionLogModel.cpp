#include "DecisionLogModel.h"

#include <QDateTime>

namespace Lexecon {

DecisionLogModel::DecisionLogModel(std::shared_ptr<DecisionStore> store, QObject *parent)
    : QAbstractTableModel(parent), m_store(std::move(store))
{
    reload();
}

void DecisionLogModel::setFilter(const DecisionFilter &filter)
{
    m_filter = filter;
    reload();
}

void DecisionLogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

const DecisionRecord *DecisionLogModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DecisionLogModel::rowOf(const QString &decisionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).decisionId == decisionId)
            return row;
    }
    return -1;
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    const DecisionRecord *r = recordAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(r->createdMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Decision: return r->decisionId;
        case Actor: return r->request.actor;
        case Action: return r->request.action;
        case Outcome: {
            QString shown = r->finalOutcome == QLatin1String("pending")    ? tr("escalated (pending)")
                            : r->finalOutcome == QLatin1String("approved") ? tr("approved")
                                                                           : tr("denied");
            if (r->overridden)
                shown += tr(" (overridden)");
            else if (r->outcome == QLatin1String("escalated") && r->finalOutcome != QLatin1String("pending"))
                shown += tr(" (by a reviewer)");
            return shown;
        }
        case Risk: return QStringLiteral("%1 (%2)").arg(riskLevelName(r->riskLevel)).arg(r->riskScore);
        case Policy: return r->policyHash.isEmpty() ? tr("none") : QStringLiteral("v%1").arg(r->policyVersion);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Outcome) {
        QStringList reasons;
        for (const auto &v : r->reasons)
            reasons << v.toObject().value(QStringLiteral("relation_id")).toString();
        return reasons.join(QLatin1Char('\n'));
    } else if (role == Qt::UserRole) {
        return r->decisionId;
    }
    return {};
}

QString DecisionLogModel::riskLevelName(const QString &level)
{
    if (level == QLatin1String("low"))
        return tr("low");
    if (level == QLatin1String("medium"))
        return tr("medium");
    if (level == QLatin1String("high"))
        return tr("high");
    if (level == QLatin1String("critical"))
        return tr("critical");
    return level;
}

QVariant DecisionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Decision: return tr("Decision");
    case Actor: return tr("Actor");
    case Action: return tr("Action");
    case Outcome: return tr("Outcome");
    case Risk: return tr("Risk");
    case Policy: return tr("Policy");
    }
    return {};
}

bool DecisionLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void DecisionLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    DecisionFilter page = m_filter;
    page.limit = kPage;
    if (!m_rows.isEmpty()) {
        page.beforeMs = m_rows.last().createdMs;
        page.beforeId = m_rows.last().decisionId;
    }
    auto rows = m_store->list(page);
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

} // namespace Lexecon
