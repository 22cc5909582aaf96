#pragma once

#include "compliance/ComplianceMapper.h"

#include <QAbstractTableModel>
#include <QList>

namespace Lexecon::Ui {

// The assessed controls of one framework as a table: id, title, the status in effect, the status
// derived from live evidence, the officer's status, and where the status in effect came from.
// Status cells carry text and an icon, so colour is never the only signal.
class ControlsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, TitleColumn, StatusColumn, DerivedColumn, ManualColumn, SourceColumn, ColumnCount };

    explicit ControlsModel(QObject *parent = nullptr);

    void setControls(const QList<ControlAssessment> &controls);
    const QList<ControlAssessment> &controls() const { return m_controls; }
    const ControlAssessment *at(int row) const;
    int rowOf(const QString &controlId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Implemented", "Non-compliant", ... for the screen (the wire names stay in the core).
    static QString statusText(ControlStatus status);
    // An icon that differs by shape per kind of status (met, partial, missing, failing).
    static QIcon statusIcon(ControlStatus status);
    // "Derived from live evidence", "Set by olivia on 2026-11-22: …", "No evidence and no status set".
    static QString sourceText(const ControlAssessment &control);

private:
    QList<ControlAssessment> m_controls;
};

} // namespace Lexecon::Ui
