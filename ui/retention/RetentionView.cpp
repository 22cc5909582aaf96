#include "RetentionView.h"

#include "LegalHoldDialog.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "widgets/BackgroundJob.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMutexLocker>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

const QStringList kClasses{QStringLiteral("high_risk"), QStringLiteral("standard"), QStringLiteral("gdpr_intersect"),
                           QStringLiteral("unclassified")};
const QStringList kStatuses{QStringLiteral("active"), QStringLiteral("expiring"), QStringLiteral("anonymized"),
                            QStringLiteral("archived")};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

RetentionView::RetentionView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_service(std::make_unique<RetentionService>(workspace.database(), workspace.ledger(), workspace.clock(),
                                                   workspace.evidence()))
{
    auto *title = new QLabel(tr("<b>Record keeping (EU AI Act Art. 12)</b>"), this);
    m_counts = new QTableWidget(kClasses.size(), kStatuses.size() + 1, this);
    m_counts->setAccessibleName(tr("Decisions by retention class and status"));
    QStringList columns{tr("Active"), tr("Expiring"), tr("Anonymized"), tr("Archived"), tr("Total")};
    m_counts->setHorizontalHeaderLabels(columns);
    m_counts->setVerticalHeaderLabels({tr("High risk (10 years)"), tr("Standard (6 months)"),
                                       tr("GDPR intersect (90 days)"), tr("Not yet classified")});
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heldLabel = new QLabel(this);

    m_holds = new QTableWidget(0, 6, this);
    m_holds->setAccessibleName(tr("Legal holds in force"));
    m_holds->setHorizontalHeaderLabels(
        {tr("Hold"), tr("Scope"), tr("Covers"), tr("Placed by"), tr("Placed at"), tr("Reason")});
    m_holds->horizontalHeader()->setStretchLastSection(true);
    m_holds->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holds->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holds->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_place = new QPushButton(tr("&Place hold…"), this);
    m_release = new QPushButton(tr("Re&lease hold…"), this);
    m_run = new QPushButton(tr("&Run retention now"), this);
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_place);
    buttons->addWidget(m_release);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_counts);
    layout->addWidget(m_heldLabel);
    layout->addWidget(new QLabel(tr("Legal holds in force:"), this));
    layout->addWidget(m_holds, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    m_runJob = new BackgroundJob(this);
    m_loadJob = new BackgroundJob(this);
    connect(m_place, &QPushButton::clicked, this, &RetentionView::openPlaceDialog);
    connect(m_release, &QPushButton::clicked, this, &RetentionView::openReleaseDialog);
    connect(m_run, &QPushButton::clicked, this, &RetentionView::runRetentionNow);
    connect(m_refresh, &QPushButton::clicked, this, &RetentionView::refresh);
    connect(m_holds, &QTableWidget::itemSelectionChanged, this, &RetentionView::updateButtons);
    connect(m_runJob, &BackgroundJob::progressed, this, [this](qint64 done, qint64) {
        m_status->setText(tr("Retention running: %n record(s) handled…", nullptr, int(qMin<qint64>(done, INT_MAX))));
    });
    connect(m_runJob, &BackgroundJob::finished, this, [this] {
        std::optional<Result<RetentionRunReport>> result;
        {
            QMutexLocker lock(&m_resultLock);
            result.swap(m_runResult);
        }
        QString summary;
        if (!result)
            summary = tr("Retention did not run.");
        else if (!*result)
            summary = tr("Retention failed: %1").arg((*result).error().message);
        else
            summary = tr("Retention run %1: %2 classified, %3 expiring, %4 anonymized, %5 archived, %6 kept by a "
                         "legal hold.%7")
                          .arg((*result)->runId)
                          .arg((*result)->classified)
                          .arg((*result)->expiring)
                          .arg((*result)->anonymized)
                          .arg((*result)->archived)
                          .arg((*result)->held)
                          .arg((*result)->ledgerIndex < 0 ? tr(" Nothing changed; no ledger entry was written.")
                                                          : tr(" Ledger entry %1.").arg((*result)->ledgerIndex));
        m_status->setText(summary);
        updateButtons();
        Q_EMIT retentionRan(summary);
        refresh();
    });
    connect(m_loadJob, &BackgroundJob::finished, this, [this] {
        std::optional<Result<RetentionStatusReport>> result;
        {
            QMutexLocker lock(&m_resultLock);
            result.swap(m_loadResult);
        }
        if (result && *result)
            showReport(**result);
        else if (result)
            m_status->setText(tr("The retention status cannot be read: %1").arg((*result).error().message));
        Q_EMIT refreshed();
    });
    updateButtons();
}

RetentionView::~RetentionView()
{
    // The jobs capture this view; they must end before its members go.
    m_runJob->cancel();
    m_runJob->waitForFinished();
    m_loadJob->waitForFinished();
}

void RetentionView::setActingUser(const Principal &user)
{
    m_user = user;
    updateButtons();
}

void RetentionView::updateButtons()
{
    const bool allowed = m_user && m_user->can(Permission::ManageCompliance);
    const QString why =
        allowed ? QString() : tr("Placing holds and running retention need the manage_compliance permission.");
    for (QPushButton *b : {m_place, m_run})
        b->setToolTip(why);
    m_place->setEnabled(allowed);
    m_run->setEnabled(allowed && !m_runJob->isRunning());
    m_release->setEnabled(allowed && !selectedHoldId().isEmpty());
    m_release->setToolTip(allowed ? tr("Select a hold to release it.") : why);
}

void RetentionView::refresh()
{
    if (m_loadJob->isRunning())
        return;
    RetentionService *service = m_service.get();
    m_loadJob->start([this, service](const BackgroundJob::Progress &) {
        auto report = service->status();
        QMutexLocker lock(&m_resultLock);
        m_loadResult = std::move(report);
    });
}

void RetentionView::showReport(const RetentionStatusReport &report)
{
    for (int row = 0; row < kClasses.size(); ++row) {
        const QMap<QString, qint64> byStatus = report.counts.value(kClasses.at(row));
        qint64 total = 0;
        for (int col = 0; col < kStatuses.size(); ++col) {
            const qint64 n = byStatus.value(kStatuses.at(col));
            total += n;
            m_counts->setItem(row, col, cell(QString::number(n)));
        }
        m_counts->setItem(row, kStatuses.size(), cell(QString::number(total)));
    }
    m_heldLabel->setText(tr("%n of %1 decision(s) under legal hold (by decision, actor or date range).", nullptr,
                            int(qMin<qint64>(report.onLegalHold, INT_MAX)))
                             .arg(report.total));
    const QString selected = selectedHoldId();
    m_holds->setRowCount(0);
    for (const LegalHold &h : report.holds) {
        const int row = m_holds->rowCount();
        m_holds->insertRow(row);
        QString covers = h.decisionId;
        if (h.scope == LegalHold::Scope::Subject)
            covers = h.subject;
        if (h.scope == LegalHold::Scope::DateRange)
            covers = tr("%1 to %2").arg(Timestamp::format(h.fromMs), Timestamp::format(h.toMs));
        const QStringList values{h.holdId, LegalHold::scopeName(h.scope), covers, h.placedBy, h.placedAt, h.reason};
        for (int col = 0; col < values.size(); ++col)
            m_holds->setItem(row, col, cell(values.at(col)));
        if (h.holdId == selected)
            m_holds->selectRow(row);
    }
    updateButtons();
}

QString RetentionView::selectedHoldId() const
{
    const auto rows = m_holds->selectionModel() ? m_holds->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_holds->item(rows.first().row(), 0);
    return item ? item->text() : QString();
}

void RetentionView::runRetentionNow()
{
    if (!m_user || m_runJob->isRunning())
        return;
    const Principal by = *m_user;
    const qint64 now = m_workspace.clock().nowMs();
    RetentionService *service = m_service.get();
    m_status->setText(tr("Retention running…"));
    m_runJob->start([this, service, by, now](const BackgroundJob::Progress &progress) {
        auto report = service->runRetention(by, now, [&](qint64 done) { return progress(done, done + 1); });
        QMutexLocker lock(&m_resultLock);
        m_runResult = std::move(report);
    });
    updateButtons();
}

LegalHoldDialog *RetentionView::openPlaceDialog()
{
    auto *dialog = new LegalHoldDialog(LegalHoldDialog::Mode::Place, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyDialog(dialog); });
    dialog->open();
    return dialog;
}

LegalHoldDialog *RetentionView::openReleaseDialog()
{
    const QString holdId = selectedHoldId();
    if (holdId.isEmpty())
        return nullptr;
    auto *dialog = new LegalHoldDialog(LegalHoldDialog::Mode::Release, holdId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyDialog(dialog); });
    dialog->open();
    return dialog;
}

void RetentionView::applyDialog(LegalHoldDialog *dialog)
{
    if (!m_user)
        return;
    // Placing or releasing is one small ledger append: quick enough for the GUI thread.
    if (dialog->mode() == LegalHoldDialog::Mode::Place) {
        auto placed = m_service->holds().place(dialog->terms(), *m_user);
        m_status->setText(placed ? tr("Legal hold %1 placed.").arg(placed->holdId)
                                 : tr("The hold was not placed: %1").arg(placed.error().message));
    } else {
        auto released = m_service->holds().release(dialog->holdId(), dialog->reason(), *m_user);
        m_status->setText(released ? tr("Legal hold %1 released.").arg(released->holdId)
                                   : tr("The hold was not released: %1").arg(released.error().message));
    }
    refresh();
}

} // namespace Lexecon::Ui
