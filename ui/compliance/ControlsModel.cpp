#include "ControlsModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Lexecon::Ui {

ControlsModel::ControlsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ControlsModel::setControls(const QList<ControlAssessment> &controls)
{
    beginResetModel();
    m_controls = controls;
    endResetModel();
}

const ControlAssessment *ControlsModel::at(int row) const
{
    return row >= 0 && row < m_controls.size() ? &m_controls[row] : nullptr;
}

int ControlsModel::rowOf(const QString &controlId) const
{
    for (int i = 0; i < m_controls.size(); ++i)
        if (m_controls[i].control.id == controlId)
            return i;
    return -1;
}

int ControlsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controls.size());
}

int ControlsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ControlsModel::statusText(ControlStatus status)
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

QIcon ControlsModel::statusIcon(ControlStatus status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case ControlStatus::Verified:
    case ControlStatus::Implemented: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ControlStatus::PartiallyImplemented: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ControlStatus::NonCompliant: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ControlStatus::NotImplemented: return style->standardIcon(QStyle::SP_DialogCancelButton);
    }
    return {};
}

QString ControlsModel::sourceText(const ControlAssessment &control)
{
    if (control.source == QLatin1String("manual") && control.manual) {
        QString who = control.manual->setBy;
        if (who.startsWith(QLatin1String("user:")))
            who = who.mid(5);
        const QString when = control.manual->setAt.left(10); // the UTC date, as the ledger records it
        return tr("Set by %1 on %2: %3").arg(who, when, control.manual->justification);
    }
    if (control.source == QLatin1String("derived"))
        return tr("Derived from live evidence");
    return tr("No evidence and no status set");
}

QVariant ControlsModel::data(const QModelIndex &index, int role) const
{
    const ControlAssessment *c = at(index.row());
    if (!c)
        return {};
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case IdColumn: return c->control.id;
        case TitleColumn: return c->control.title;
        case StatusColumn: return statusText(c->effective);
        case DerivedColumn: return c->derived ? statusText(*c->derived) : tr("No evidence mapped");
        case ManualColumn: return c->manual ? statusText(c->manual->status) : tr("Not set");
        case SourceColumn: return sourceText(*c);
        }
    }
    if (role == Qt::DecorationRole) {
        if (column == StatusColumn)
            return statusIcon(c->effective);
        if (column == DerivedColumn && c->derived)
            return statusIcon(*c->derived);
        if (column == ManualColumn && c->manual)
            return statusIcon(c->manual->status);
    }
    if (role == Qt::UserRole)
        return c->control.id;
    return {};
}

QVariant ControlsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Control");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case DerivedColumn: return tr("Derived");
    case ManualColumn: return tr("Set by officer");
    case SourceColumn: return tr("Source");
    }
    return {};
}

} // namespace Lexecon::Ui
