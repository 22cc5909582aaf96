#pragma once

#include "ComplianceMapper.h"
#include "common/Result.h"

#include <QAbstractTableModel>

namespace Lexecon {

class ComplianceService;

// One framework's assessed controls as a table for the Compliance screen. Lives in core
// (QtCore only) so the view and the tests share it; it asks ComplianceService, never the tables.
class ComplianceControlsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Control, Title, Group, Status, Source, Derived, Manual, Evidence, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // the status word ("non_compliant") of the column's status, for colouring
        ControlIdRole,                 // the control id of the row
    };

    explicit ComplianceControlsModel(ComplianceService &service, QObject *parent = nullptr);

    // Assesses the framework (collecting live evidence) and resets the model; on error the
    // model keeps what it showed.
    Result<void> load(const QString &framework, const EvidenceOptions &options = {});
    QString framework() const { return m_framework; }
    const ControlAssessment *assessmentAt(int row) const;
    int rowOf(const QString &controlId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The status as the user's language says it.
    static QString statusText(ControlStatus status);

private:
    QString evidenceText(const ControlAssessment &a) const;

    ComplianceService &m_service;
    QString m_framework;
    QList<ControlAssessment> m_rows;
};

} // namespace Lexecon
