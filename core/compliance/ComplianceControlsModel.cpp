#include "ComplianceControlsModel.h"

#include "ComplianceService.h"

namespace Lexecon {

ComplianceControlsModel::ComplianceControlsModel(ComplianceService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

Result<void> ComplianceControlsModel::load(const QString &framework, const EvidenceOptions &options)
{
    auto rows = m_service.assess(framework, options);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_framework = framework;
    m_rows = *rows;
    endResetModel();
    return {};
}

const ControlAssessment *ComplianceControlsModel::assessmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ComplianceControlsModel::rowOf(const QString &controlId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).control.id == controlId)
            return i;
    }
    return -1;
}

int ComplianceControlsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplianceControlsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplianceControlsModel::statusText(ControlStatus status)
{
    switch (status) {
    case ControlStatus::NotImplemented: return tr("Not implemented");
    case ControlStatus::PartiallyImplemented: return tr("Partially implemented");
    case ControlStatus::Implemented: return tr("Implemented");
    case ControlStatus::Verified: return tr("Verified");
    case ControlStatus::NonCompliant: return tr("Non-compliant");
    }
    return {};
}

QString ComplianceControlsModel::evidenceText(const ControlAssessment &a) const
{
    QStringList parts;
    for (const PrimitiveEvidence &e : a.evidence)
        parts << QStringLiteral("%1 (%2)").arg(e.primitive).arg(e.count);
    if (a.manual)
        parts << tr("attestation by %1").arg(a.manual->setBy);
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

QVariant ComplianceControlsModel::data(const QModelIndex &index, int role) const
{
    const ControlAssessment *a = assessmentAt(index.row());
    if (!a || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == ControlIdRole)
        return a->control.id;
    if (role == StatusRole) {
        if (index.column() == Derived)
            return a->derived ? ControlStatuses::name(*a->derived) : QString();
        if (index.column() == Manual)
            return a->manual ? ControlStatuses::name(a->manual->status) : QString();
        return ControlStatuses::name(a->effective);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Manual && a->manual)
            return tr("%1 on %2: %3").arg(a->manual->setBy, a->manual->setAt, a->manual->justification);
        QStringList lines;
        for (const PrimitiveEvidence &e : a->evidence)
            lines << QStringLiteral("%1: %2").arg(e.primitive, e.detail);
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Control: return a->control.id;
    case Title: return a->control.title;
    case Group: return a->control.group;
    case Status: return statusText(a->effective);
    case Source:
        return a->source == QLatin1String("manual")    ? tr("Officer")
               : a->source == QLatin1String("derived") ? tr("Evidence")
                                                       : tr("None");
    case Derived: return a->derived ? statusText(*a->derived) : QString();
    case Manual: return a->manual ? statusText(a->manual->status) : QString();
    case Evidence: return evidenceText(*a);
    }
    return {};
}

QVariant ComplianceControlsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Control: return tr("Control");
    case Title: return tr("Title");
    case Group: return tr("Group");
    case Status: return tr("Status");
    case Source: return tr("Source");
    case Derived: return tr("From evidence");
    case Manual: return tr("Set by officer");
    case Evidence: return tr("Evidence");
    }
    return {};
}

} // namespace Lexecon
