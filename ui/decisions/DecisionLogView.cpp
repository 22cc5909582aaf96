#include "DecisionLogView.h"

#include "DecisionDetailPane.h"
#include "OverrideDialog.h"

#include "common/Clock.h"
#include "decision/DecisionCsvWriter.h"
#include "decision/DecisionLogModel.h"
#include "decision/DecisionService.h"
#include "decision/DecisionStore.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr int kExportPage = 1000;

} // namespace

DecisionLogView::DecisionLogView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_store(workspace.decisionStore())
{
    m_model = new DecisionLogModel(m_store, this);

    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome filter"));
    m_outcome->addItem(tr("All outcomes"), QString());
    m_outcome->addItem(tr("Approved"), QStringLiteral("approved"));
    m_outcome->addItem(tr("Denied"), QStringLiteral("denied"));
    m_outcome->addItem(tr("Pending review"), QStringLiteral("pending"));
    m_outcome->addItem(tr("Escalated"), QStringLiteral("escalated"));
    m_outcome->addItem(tr("Overridden"), QStringLiteral("overridden"));

    m_actor = new QComboBox(this);
    m_actor->setAccessibleName(tr("Actor filter"));
    m_action = new QComboBox(this);
    m_action->setAccessibleName(tr("Action filter"));
    fillChoices();

    m_risk = new QComboBox(this);
    m_risk->setAccessibleName(tr("Risk level filter"));
    m_risk->addItem(tr("All risk levels"), QString());
    for (const char *level : {"low", "medium", "high", "critical"})
        m_risk->addItem(DecisionLogModel::riskLevelName(QString::fromLatin1(level)), QString::fromLatin1(level));

    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Period filter"));
    m_period->addItem(tr("All time"), int(AllTime));
    m_period->addItem(tr("Last 24 hours"), int(Last24Hours));
    m_period->addItem(tr("Last 7 days"), int(Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Last30Days));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search id, actor, action or resource"));
    m_search->setAccessibleName(tr("Search decisions"));
    m_search->setClearButtonEnabled(true);

    m_count = new QLabel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_outcome);
    filters->addWidget(m_actor);
    filters->addWidget(m_action);
    filters->addWidget(m_risk);
    filters->addWidget(m_period);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Decision log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The id goes last: the detail pane shows it in full, and what an auditor scans is who did what.
    m_table->horizontalHeader()->moveSection(DecisionLogModel::Decision, DecisionLogModel::ColumnCount - 1);
    m_table->setColumnWidth(DecisionLogModel::Time, 135);
    m_table->setColumnWidth(DecisionLogModel::Actor, 110);
    m_table->setColumnWidth(DecisionLogModel::Action, 120);
    m_table->setColumnWidth(DecisionLogModel::Outcome, 170);
    m_table->setColumnWidth(DecisionLogModel::Risk, 95);
    m_table->setColumnWidth(DecisionLogModel::Policy, 55);
    m_table->setColumnWidth(DecisionLogModel::Decision, 275);

    m_detail = new DecisionDetailPane(workspace, this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 440});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    m_export = new QAction(tr("&Export decisions…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Export the selected decisions, or all the filters show, to a CSV file"));
    connect(m_export, &QAction::triggered, this, &DecisionLogView::exportWithDialog);

    m_override = new QAction(tr("&Override…"), this);
    m_override->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_override->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_override, &QAction::triggered, this, &DecisionLogView::overrideSelected);
    addAction(m_override);
    m_table->addAction(m_override);
    m_detail->addButtonFor(m_override);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    for (QComboBox *box : {m_outcome, m_actor, m_action, m_risk, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &DecisionLogView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &DecisionLogView::applyFilter);
    // A model reset (a new filter, a reload) clears the selection; the pane follows it.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DecisionLogView::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DecisionLogView::showCurrent);
    applyFilter();
    updateOverrideAction();
}

void DecisionLogView::setActingUser(const Principal &user)
{
    m_actingUser = user;
    updateOverrideAction();
}

void DecisionLogView::updateOverrideAction()
{
    const bool selected = !m_detail->decisionId().isEmpty();
    // The core's own sentence says who lacks which permission (a viewer, an auditor).
    const auto allowed = m_actingUser ? m_actingUser->require(Permission::CreateOverride) : Result<void>();
    m_override->setEnabled(selected && m_actingUser && allowed.ok());
    if (!m_actingUser)
        m_override->setToolTip(tr("Sign in to override a decision; the log is read-only until then"));
    else if (!allowed)
        m_override->setToolTip(allowed.error().message);
    else if (!selected)
        m_override->setToolTip(tr("Select a decision to override it"));
    else
        m_override->setToolTip(tr("Override the selected decision's outcome with a justification"));
}

void DecisionLogView::overrideSelected()
{
    const QString id = m_detail->decisionId();
    if (id.isEmpty() || !m_actingUser)
        return;
    OverrideDialog dialog(m_workspace, id, *m_actingUser, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT decisionOverridden(id);
}

void DecisionLogView::fillChoices()
{
    // The choices come from the log itself; kept across a reload so a chosen filter survives.
    const auto fill = [](QComboBox *box, const QString &all, const Result<QStringList> &values) {
        const QString chosen = box->currentData().toString();
        QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        if (values) {
            for (const QString &v : *values)
                box->addItem(v, v);
        }
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    fill(m_actor, tr("All actors"), m_store->actors());
    fill(m_action, tr("All actions"), m_store->actions());
}

DecisionFilter DecisionLogView::currentFilter() const
{
    DecisionFilter f;
    f.outcome = m_outcome->currentData().toString();
    f.actor = m_actor->currentData().toString();
    f.action = m_action->currentData().toString();
    f.riskLevel = m_risk->currentData().toString();
    if (const int hours = m_period->currentData().toInt(); hours > 0)
        f.fromMs = m_workspace.clock().nowMs() - hours * kHourMs;
    f.text = m_search->text().trimmed();
    return f;
}

void DecisionLogView::applyFilter()
{
    const DecisionFilter f = currentFilter();
    m_model->setFilter(f);
    const auto total = m_store->count(f);
    m_count->setText(total ? tr("%n decision(s)", nullptr, int(*total)) : QString());
}

void DecisionLogView::reload()
{
    // Keeps the decision the user is reading selected when new ones arrive.
    const QString current = m_detail->decisionId();
    m_reloading = true;
    fillChoices();
    applyFilter();
    m_reloading = false;
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    // Re-read even when the same decision stays selected: a reviewer may just have resolved it.
    m_detail->showDecision(row >= 0 ? current : QString());
    updateOverrideAction();
}

void DecisionLogView::showCurrent()
{
    if (m_reloading)
        return; // reload() restores the selection and refreshes the pane once
    const DecisionRecord *r = m_model->recordAt(m_table->currentIndex().row());
    const QString id = r ? r->decisionId : QString();
    if (id != m_detail->decisionId() || id.isEmpty())
        m_detail->showDecision(id);
    updateOverrideAction();
}

void DecisionLogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Opening the log with its newest decision's history already beside it.
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

QStringList DecisionLogView::selectedDecisionIds() const
{
    // In the log's order (newest first), whatever order the rows were picked in.
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const DecisionRecord *r = m_model->recordAt(index.row()))
            ids << r->decisionId;
    }
    return ids;
}

Result<qint64> DecisionLogView::exportTo(const QString &path, const std::function<bool(qint64, qint64)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::internal(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    DecisionCsvWriter writer(&file);
    writer.writeHeader();
    qint64 written = 0;
    // The outcome in effect now, so an expired or revoked override reads as what holds today.
    const auto write = [&](DecisionRecord record) {
        record.finalOutcome = m_workspace.decisions().effectiveOutcome(record);
        writer.writeRecord(record);
        ++written;
    };
    const auto cancelled = [&](qint64 total) {
        if (!progress || progress(written, total))
            return false;
        file.cancelWriting();
        return true;
    };
    const Error cancelledError =
        Error::conflict(tr("The export was cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path)));
    const QStringList ids = selectedDecisionIds();
    qint64 expected = ids.size();
    if (!ids.isEmpty()) {
        for (const QString &id : ids) {
            // Read again rather than from the model: the row may have changed since it was loaded.
            auto record = m_store->get(id);
            if (!record)
                return record.error();
            write(*record);
            if (written % kExportPage == 0 && cancelled(expected))
                return cancelledError;
        }
    } else {
        DecisionFilter page = m_model->filter();
        const auto total = m_store->count(page);
        if (!total)
            return total.error();
        expected = *total;
        page.limit = kExportPage;
        for (;;) {
            auto rows = m_store->list(page);
            if (!rows)
                return rows.error();
            for (const DecisionRecord &r : std::as_const(*rows))
                write(r);
            if (rows->size() < kExportPage)
                break;
            if (cancelled(expected))
                return cancelledError;
            page.beforeMs = rows->last().createdMs;
            page.beforeId = rows->last().decisionId;
        }
    }
    // Asked once more at the end: the last chance to cancel before the file replaces what was there.
    if (cancelled(expected))
        return cancelledError;
    if (!file.commit())
        return Error::internal(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return written;
}

void DecisionLogView::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export decisions"),
                                                      QDir::home().filePath(QStringLiteral("decisions.csv")),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    // A long export (the whole log of a busy node) shows progress and can be cancelled.
    QProgressDialog progress(tr("Exporting decisions…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto written = exportTo(path, [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written && written.error().code == Error::Code::Conflict)
        return; // cancelled by the user, who knows
    if (!written) {
        QMessageBox::warning(this, tr("Export decisions"),
                             tr("The decisions were not exported. %1").arg(written.error().message));
        return;
    }
    QMessageBox::information(
        this, tr("Export decisions"),
        tr("%n decision(s) exported to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)));
}

} // namespace Lexecon::Ui
