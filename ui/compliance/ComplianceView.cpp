#include "ComplianceView.h"

#include "ControlDetailPane.h"
#include "ControlsModel.h"
#include "CoverageChart.h"
#include "OversightPane.h"
#include "retention/RetentionView.h"
#include "SetStatusDialog.h"
#include "widgets/AsyncLoader.h"
#include "widgets/BackgroundJob.h"
#include "widgets/PermissionNotice.h"

#include "HtmlPdfRenderer.h"
#include "compliance/ComplianceService.h"
#include "compliance/OversightReport.h"
#include "compliance/Soc2EvidenceMap.h"
#include "compliance/TechnicalDocumentation.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace Lexecon::Ui {

namespace {

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::invalid(QStringLiteral("file"),
                              QCoreApplication::translate("Lexecon::Ui::ComplianceView",
                                                          "%1 could not be written: %2; choose another file.")
                                  .arg(path, file.errorString()));
    return {};
}

QPushButton *button(const QString &text, const QKeySequence &shortcut, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    if (!shortcut.isEmpty())
        b->setShortcut(shortcut); // Refresh has none: F5 is the main window's View > Reload
    const QString plain = QString(text).remove(QLatin1Char('&'));
    b->setToolTip(
        shortcut.isEmpty() ? plain : QStringLiteral("%1 (%2)").arg(plain, shortcut.toString(QKeySequence::NativeText)));
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    return b;
}

} // namespace

// What the worker hands back: every framework assessed from one evidence collection, and the
// Art. 14 figures.
struct ComplianceView::Loaded
{
    QString error;
    QHash<QString, QList<ControlAssessment>> assessed;
    QList<GapReport> reports;
    QJsonObject oversight;
    QString oversightError;
};

ComplianceView::ComplianceView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *actions = new QHBoxLayout;
    m_setStatus = button(tr("&Set status…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    m_exportSoc2 = button(tr("Export SOC 2 evidence &map…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this);
    m_exportDoc =
        button(tr("&Technical documentation (Art. 11)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this);
    auto *refresh = button(tr("&Refresh"), QKeySequence(), this);
    for (QPushButton *b : {m_setStatus, m_exportSoc2, m_exportDoc, refresh})
        actions->addWidget(b);
    actions->addStretch();
    layout->addLayout(actions);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Permission notice"));
    m_notice->hide();
    layout->addWidget(m_notice);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);
    m_loading = new QLabel(tr("Loading the compliance evidence…"), this);
    m_loading->setAccessibleName(tr("Loading"));
    m_loading->hide();
    layout->addWidget(m_loading);
    m_loader = new AsyncLoader(this);
    m_exportJob = new BackgroundJob(this);
    connect(m_loader, &AsyncLoader::loadingChanged, this, [this](bool loading) {
        m_loading->setVisible(loading || m_exportJob->isRunning());
        Q_EMIT loadingChanged(loading);
    });

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_frameworks = new QListWidget(split);
    m_frameworks->setAccessibleName(tr("Frameworks"));
    m_frameworks->setMinimumWidth(220);
    m_frameworks->setSpacing(3);
    m_tabs = new QTabWidget(split);
    m_tabs->addTab(buildControlsTab(), tr("Controls"));
    m_tabs->addTab(buildGapsTab(), tr("Gaps"));
    m_chart = new CoverageChart(m_tabs);
    m_tabs->addTab(m_chart, tr("Coverage"));
    m_oversight = new OversightPane(m_tabs);
    m_tabs->addTab(m_oversight, tr("Oversight (Art. 14)"));
    m_retentionTab = new QWidget(m_tabs);
    m_retentionTab->setLayout(new QVBoxLayout);
    m_retentionTab->layout()->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_retentionTab, tr("Record keeping (Art. 12)"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_retentionTab)
            showRecordKeeping();
    });
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_frameworks, &QListWidget::currentRowChanged, this, &ComplianceView::showFramework);
    connect(m_setStatus, &QPushButton::clicked, this, &ComplianceView::setStatusOfSelected);
    connect(m_exportSoc2, &QPushButton::clicked, this, &ComplianceView::exportSoc2WithDialog);
    connect(m_exportDoc, &QPushButton::clicked, this, &ComplianceView::exportTechnicalDocumentationWithDialog);
    connect(refresh, &QPushButton::clicked, this, &ComplianceView::reload);

    auto service = ComplianceService::open(workspace);
    if (!service) {
        showError(service.error().message);
    } else {
        m_service = std::move(service).value();
        for (const ComplianceFramework &f : m_service->catalog().frameworks()) {
            auto *item = new QListWidgetItem(f.name, m_frameworks);
            item->setData(Qt::UserRole, f.id);
        }
        reload();
        if (m_frameworks->count() > 0)
            m_frameworks->setCurrentRow(0);
    }
    updatePermissions();
}

ComplianceView::~ComplianceView()
{
    // An export uses this view's service; it must end before the members go.
    m_exportJob->waitForFinished();
}

bool ComplianceView::isLoading() const
{
    return m_loader->isLoading();
}

QWidget *ComplianceView::buildControlsTab()
{
    auto *split = new QSplitter(Qt::Vertical);
    m_model = new ControlsModel(this);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Controls"));
    m_table->setWordWrap(false);
    m_detail = new ControlDetailPane(split);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplianceView::showSelectedControl);
    connect(m_table, &QTableView::activated, this, &ComplianceView::setStatusOfSelected);
    return split;
}

QWidget *ComplianceView::buildGapsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_coverage = new QLabel(page);
    m_coverage->setWordWrap(true);
    m_coverage->setAccessibleName(tr("Coverage"));
    layout->addWidget(m_coverage);
    m_gaps = new QTableWidget(0, 4, page);
    m_gaps->setHorizontalHeaderLabels({tr("Control"), tr("Title"), tr("Status"), tr("Why it is a gap")});
    m_gaps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gaps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gaps->verticalHeader()->hide();
    m_gaps->horizontalHeader()->setStretchLastSection(true);
    m_gaps->setAccessibleName(tr("Gaps"));
    layout->addWidget(m_gaps, 1);
    return page;
}

void ComplianceView::setActingUser(const Principal &user)
{
    m_user = user;
    if (m_retention)
        m_retention->setActingUser(user);
    updatePermissions();
}

void ComplianceView::showRecordKeeping()
{
    if (!m_retention) {
        m_retention = new RetentionView(m_workspace, m_retentionTab);
        if (m_user)
            m_retention->setActingUser(*m_user);
        m_retentionTab->layout()->addWidget(m_retention);
    }
    m_tabs->setCurrentWidget(m_retentionTab);
}

QString ComplianceView::permissionText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void ComplianceView::updatePermissions()
{
    const QString setRefusal =
        PermissionNotice::refusal(m_user, Permission::ManageCompliance, tr("set a control's status"));
    const QString exportRefusal =
        PermissionNotice::refusal(m_user, Permission::ExportData, tr("export compliance documents"));
    m_setStatus->setEnabled(m_service && setRefusal.isEmpty());
    m_exportSoc2->setEnabled(m_service && exportRefusal.isEmpty());
    m_exportDoc->setEnabled(m_service && exportRefusal.isEmpty());
    QStringList lines;
    for (const QString &s : {setRefusal, exportRefusal})
        if (!s.isEmpty())
            lines << s;
    m_notice->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!lines.isEmpty());
    m_setStatus->setToolTip(setRefusal.isEmpty() ? tr("Set the selected control's status (Ctrl+Shift+S)") : setRefusal);
}

void ComplianceView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ComplianceView::currentFramework() const
{
    const QListWidgetItem *item = m_frameworks->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ComplianceView::selectedControlId() const
{
    const ControlAssessment *c = m_model->at(m_table->currentIndex().row());
    return c ? c->control.id : QString();
}

void ComplianceView::reload()
{
    if (!m_service)
        return;
    Workspace *workspace = &m_workspace; // outlives the window and so every load
    m_loader->load<Loaded>(
        [service = m_service, workspace] {
            Loaded out;
            // One evidence collection serves all nine frameworks.
            auto evidence = service->evidence();
            if (!evidence) {
                out.error = evidence.error().message;
                return out;
            }
            for (const ComplianceFramework &f : service->catalog().frameworks()) {
                auto controls = service->assess(f.id, *evidence);
                if (!controls) {
                    out.error = controls.error().message;
                    return out;
                }
                out.assessed.insert(f.id, *controls);
                out.reports << GapAnalysis::analyze(f, *controls);
            }
            auto oversight = OversightReport::build(*workspace);
            if (oversight)
                out.oversight = *oversight;
            else
                out.oversightError = oversight.error().message;
            return out;
        },
        [this](Loaded &loaded) { showLoaded(loaded); });
}

void ComplianceView::showLoaded(Loaded &loaded)
{
    if (!loaded.error.isEmpty()) {
        showError(loaded.error);
        return;
    }
    m_assessed = std::move(loaded.assessed);
    m_reports = std::move(loaded.reports);
    showError({});
    for (int i = 0; i < m_frameworks->count() && i < m_reports.size(); ++i) {
        const GapReport &r = m_reports[i];
        QListWidgetItem *item = m_frameworks->item(i);
        item->setText(tr("%1\n%2 % covered, %3 gaps")
                          .arg(r.frameworkName)
                          .arg(r.coveragePercent(), 0, 'f', 0)
                          .arg(r.gaps.size()));
        item->setToolTip(
            tr("%1: %2 of %3 controls implemented or verified").arg(r.frameworkName).arg(r.met).arg(r.total));
    }
    m_chart->setReports(m_reports);
    if (loaded.oversightError.isEmpty())
        m_oversight->setReport(loaded.oversight);
    else
        m_oversight->showProblem(loaded.oversightError);
    showFramework();
    if (!m_pendingControl.isEmpty())
        selectControl(std::exchange(m_pendingControl, QString()));
}

void ComplianceView::selectFramework(const QString &frameworkId)
{
    for (int i = 0; i < m_frameworks->count(); ++i)
        if (m_frameworks->item(i)->data(Qt::UserRole).toString() == frameworkId)
            m_frameworks->setCurrentRow(i);
}

void ComplianceView::selectControl(const QString &controlId)
{
    if (isLoading()) {
        m_pendingControl = controlId; // chosen once the controls arrive
        return;
    }
    const int row = m_model->rowOf(controlId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, ControlsModel::IdColumn));
}

void ComplianceView::showFramework()
{
    const QString framework = currentFramework();
    const QString keep = selectedControlId();
    m_model->setControls(m_assessed.value(framework));
    m_table->resizeColumnToContents(ControlsModel::IdColumn);
    m_table->setColumnWidth(ControlsModel::TitleColumn, 260);
    for (int c : {ControlsModel::StatusColumn, ControlsModel::DerivedColumn, ControlsModel::ManualColumn})
        m_table->resizeColumnToContents(c);
    m_detail->clear();
    const int row = m_frameworks->currentRow();
    if (row >= 0 && row < m_reports.size())
        showGaps(m_reports[row]);
    if (!keep.isEmpty())
        selectControl(keep);
}

void ComplianceView::showSelectedControl()
{
    const ControlAssessment *c = m_model->at(m_table->currentIndex().row());
    if (!c) {
        m_detail->clear();
        return;
    }
    auto history = m_service->statuses().history(c->framework, c->control.id);
    m_detail->showControl(*c, history ? *history : QList<ManualControlStatus>{});
}

void ComplianceView::showGaps(const GapReport &report)
{
    m_coverage->setText(tr("%1: %2 % covered (%3 of %4 controls implemented or verified); evidence behind %5 %; "
                           "%6 gaps.")
                            .arg(report.frameworkName)
                            .arg(report.coveragePercent(), 0, 'f', 1)
                            .arg(report.met)
                            .arg(report.total)
                            .arg(report.evidencePercent(), 0, 'f', 1)
                            .arg(report.gaps.size()));
    m_gaps->setRowCount(int(report.gaps.size()));
    for (int i = 0; i < report.gaps.size(); ++i) {
        const ComplianceGap &g = report.gaps[i];
        QStringList reasons;
        for (const QString &r : g.reasons) {
            if (r == QLatin1String("no_evidence"))
                reasons << tr("no evidence");
            else if (auto s = ControlStatuses::fromName(r))
                reasons << ControlsModel::statusText(*s).toLower();
            else
                reasons << r;
        }
        m_gaps->setItem(i, 0, new QTableWidgetItem(g.controlId));
        m_gaps->setItem(i, 1, new QTableWidgetItem(g.title));
        m_gaps->setItem(i, 2,
                        new QTableWidgetItem(ControlsModel::statusIcon(g.status), ControlsModel::statusText(g.status)));
        m_gaps->setItem(i, 3, new QTableWidgetItem(reasons.join(QStringLiteral(", "))));
    }
    m_gaps->resizeColumnToContents(0);
    m_gaps->setColumnWidth(1, 280);
    m_gaps->resizeColumnToContents(2);
}

SetStatusDialog *ComplianceView::createSetStatusDialog()
{
    const ControlAssessment *c = m_model->at(m_table->currentIndex().row());
    if (!c || !m_service)
        return nullptr;
    // Without a signed-in user the core refuses in the dialog, naming what is missing.
    const Principal user = m_user.value_or(Principal::user(QString(), Role::Viewer));
    auto *dialog = new SetStatusDialog(*m_service, user, c->framework, c->control.id, c->control.title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ComplianceView::reload);
    return dialog;
}

void ComplianceView::setStatusOfSelected()
{
    const QString refusal =
        PermissionNotice::refusal(m_user, Permission::ManageCompliance, tr("set a control's status"));
    if (!refusal.isEmpty()) {
        QMessageBox::information(this, tr("Set status"), refusal);
        return;
    }
    if (SetStatusDialog *dialog = createSetStatusDialog())
        dialog->open();
    else
        QMessageBox::information(this, tr("Set status"), tr("Select a control in the table first."));
}

Result<void> ComplianceView::exportSoc2EvidenceMap(const QString &path)
{
    if (!m_service)
        return Error::internal(tr("The compliance catalog is not loaded."));
    auto markdown = Soc2EvidenceMap::generateMarkdown(*m_service);
    if (!markdown)
        return markdown.error();
    return writeFile(path, markdown->toUtf8());
}

Result<void> ComplianceView::exportTechnicalDocumentation(const QString &path)
{
    auto document = TechnicalDocumentation::generate(m_workspace);
    if (!document)
        return document.error();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md"))
        return writeFile(path, document->toMarkdown().toUtf8());
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return writeFile(path, document->toHtml().toUtf8());
    if (suffix == QLatin1String("pdf")) {
        auto pdf = HtmlPdfRenderer::render(document->toHtml(), document->title);
        if (!pdf)
            return pdf.error();
        return writeFile(path, *pdf);
    }
    return Error::invalid(QStringLiteral("file"),
                          tr("%1 has no known ending; name the file .md, .html or .pdf.").arg(path));
}

void ComplianceView::exportInBackground(const QString &title, std::function<Result<void>()> work)
{
    auto result = std::make_shared<Result<void>>(Error::internal(tr("The export did not run.")));
    if (!m_exportJob->start([result, work = std::move(work)](const BackgroundJob::Progress &) { *result = work(); }))
        return; // one export at a time; the buttons are off meanwhile
    m_exportSoc2->setEnabled(false);
    m_exportDoc->setEnabled(false);
    m_loading->setText(tr("Exporting…"));
    m_loading->show();
    connect(
        m_exportJob, &BackgroundJob::finished, this,
        [this, title, result] {
            m_loading->setText(tr("Loading the compliance evidence…"));
            m_loading->setVisible(isLoading());
            updatePermissions();
            if (!*result)
                QMessageBox::warning(this, title, result->error().message);
        },
        Qt::SingleShotConnection);
}

void ComplianceView::exportSoc2WithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export SOC 2 evidence map"),
                                                      QStringLiteral("soc2-evidence-map.md"), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    exportInBackground(tr("Export SOC 2 evidence map"), [this, path] { return exportSoc2EvidenceMap(path); });
}

void ComplianceView::exportTechnicalDocumentationWithDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Technical documentation (Art. 11)"),
                                                      QStringLiteral("technical-documentation.html"),
                                                      tr("HTML (*.html);;Markdown (*.md);;PDF (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    exportInBackground(tr("Technical documentation (Art. 11)"),
                       [this, path] { return exportTechnicalDocumentation(path); });
}

} // namespace Lexecon::Ui
