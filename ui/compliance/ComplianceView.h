#pragma once

#include "auth/Principal.h"
#include "common/Result.h"
#include "compliance/GapAnalysis.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace Lexecon {
class ComplianceService;
class Workspace;
} // namespace Lexecon

namespace Lexecon::Ui {

class AsyncLoader;
class BackgroundJob;
class ControlDetailPane;
class ControlsModel;
class CoverageChart;
class OversightPane;
class RetentionView;
class SetStatusDialog;

// The Compliance screen (view "compliance"): the nine frameworks with their coverage, the
// selected framework's controls with derived and manual status and the source of each, the
// selected control's evidence, the gaps, a coverage chart across frameworks, the Art. 14
// oversight figures, officers setting a status with a justification, and the SOC 2 evidence map
// and Art. 11 technical documentation exports.
class ComplianceView : public QWidget
{
    Q_OBJECT
    // True while the evidence is collected (off the GUI thread; seconds with a million decisions).
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    explicit ComplianceView(Workspace &workspace, QWidget *parent = nullptr);
    ~ComplianceView() override;

    void setActingUser(const Principal &user);

    QListWidget *frameworkList() const { return m_frameworks; }
    ControlsModel *controlsModel() const { return m_model; }
    QTableView *controlsTable() const { return m_table; }
    ControlDetailPane *detailPane() const { return m_detail; }
    QTableWidget *gapsTable() const { return m_gaps; }
    QLabel *coverageLabel() const { return m_coverage; }
    CoverageChart *coverageChart() const { return m_chart; }
    OversightPane *oversightPane() const { return m_oversight; }
    // Art. 12 record keeping; made when its tab is first shown (it loads counts over every
    // decision), so nullptr before.
    RetentionView *retentionView() const { return m_retention; }
    void showRecordKeeping();
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *setStatusButton() const { return m_setStatus; }
    // The sentence telling the signed-in user what they may not do here; empty when nothing.
    QString permissionText() const;
    QString currentFramework() const;
    QList<GapReport> reports() const { return m_reports; }
    bool isLoading() const;
    QLabel *loadingLabel() const { return m_loading; }
    // The export started from a button (off the GUI thread: it collects the evidence again).
    BackgroundJob *exportJob() const { return m_exportJob; }
    // Writes the export to path on a worker and reports the outcome when done (the buttons use it).
    void exportInBackground(const QString &title, std::function<Result<void>()> work);

    // The dialog for the selected control (nullptr when none is selected); the caller runs it.
    SetStatusDialog *createSetStatusDialog();
    Result<void> exportSoc2EvidenceMap(const QString &path);
    // Markdown, HTML or PDF by the file's suffix (.md, .html, .pdf).
    Result<void> exportTechnicalDocumentation(const QString &path);

public Q_SLOTS:
    // Collects the evidence and assesses every framework on a worker thread; returns at once.
    void reload();
    void selectFramework(const QString &frameworkId);
    void selectControl(const QString &controlId);
    void setStatusOfSelected();
    void exportSoc2WithDialog();
    void exportTechnicalDocumentationWithDialog();

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    struct Loaded;
    void showLoaded(Loaded &loaded);
    QWidget *buildControlsTab();
    QWidget *buildGapsTab();
    void showFramework();
    void showSelectedControl();
    void showGaps(const GapReport &report);
    void updatePermissions();
    void showError(const QString &message);
    QString selectedControlId() const;

    Workspace &m_workspace;
    // Shared with the worker collecting evidence, which may still run when a reload starts.
    std::shared_ptr<ComplianceService> m_service;
    AsyncLoader *m_loader = nullptr;
    BackgroundJob *m_exportJob = nullptr;
    QString m_pendingControl; // selected before the controls arrived
    std::optional<Principal> m_user;
    QHash<QString, QList<ControlAssessment>> m_assessed;
    QList<GapReport> m_reports;

    QListWidget *m_frameworks = nullptr;
    QTabWidget *m_tabs = nullptr;
    ControlsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ControlDetailPane *m_detail = nullptr;
    QTableWidget *m_gaps = nullptr;
    QLabel *m_coverage = nullptr;
    CoverageChart *m_chart = nullptr;
    OversightPane *m_oversight = nullptr;
    QWidget *m_retentionTab = nullptr;
    RetentionView *m_retention = nullptr;
    QPushButton *m_setStatus = nullptr;
    QPushButton *m_exportSoc2 = nullptr;
    QPushButton *m_exportDoc = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_loading = nullptr;
};

} // namespace Lexecon::Ui
