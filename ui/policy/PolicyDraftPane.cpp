#include "PolicyDraftPane.h"

#include "PolicyDiffTree.h"
#include "PolicyFindingsList.h"
#include "decision/DecisionService.h"
#include "policy/PolicyAnalyzer.h"
#include "policy/PolicyDiff.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicyService.h"
#include "widgets/BackgroundJob.h"
#include "widgets/PermissionNotice.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

PolicyDraftPane::PolicyDraftPane(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_load = new QPushButton(tr("&Load policy file… (Ctrl+O)"), this);
    m_load->setShortcut(QKeySequence::Open);
    m_load->setToolTip(tr("Check a policy file and simulate it over recent decisions before activating it"));
    m_last = new QSpinBox(this);
    m_last->setRange(1, 100000);
    m_last->setValue(1000);
    m_last->setPrefix(tr("Replay the last "));
    m_last->setSuffix(tr(" decisions"));
    m_last->setAccessibleName(tr("Number of recent decisions to replay"));
    m_simulate = new QPushButton(tr("&Simulate"), this);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Simulation progress"));
    m_progress->setFormat(tr("%v of %m decisions"));
    m_progress->setMinimumWidth(200);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Ca&ncel (Esc)"), this);
    m_cancel->hide();
    auto *escape = new QShortcut(Qt::Key_Escape, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_cancel, [this] {
        if (m_cancel->isVisible())
            m_cancel->click();
    });
    m_activate = new QPushButton(tr("&Activate this policy"), this);

    m_status = new QLabel(tr("No file loaded. Load a policy file to check it and see what it would change."), this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Draft policy"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Draft policy message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_findings = new PolicyFindingsList(this);
    m_changes = new QTableWidget(0, 4, this);
    m_changes->setAccessibleName(tr("Decisions whose outcome would change"));
    m_changes->setHorizontalHeaderLabels({tr("Decision"), tr("Now"), tr("Under the draft"), tr("Why")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setAlternatingRowColors(true);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_changes->verticalHeader()->setDefaultSectionSize(m_changes->fontMetrics().height() + 8);
    m_changes->setWordWrap(false);
    m_diff = new PolicyDiffTree(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_changes, tr("Changed outcomes"));
    m_tabs->addTab(m_findings, tr("Check findings"));
    m_tabs->addTab(m_diff, tr("Differences from the active policy"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_load);
    bar->addWidget(m_last);
    bar->addWidget(m_simulate);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    bar->addWidget(m_activate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    m_job = new BackgroundJob(this);
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_job, &BackgroundJob::finished, this, &PolicyDraftPane::simulationFinished);
    connect(m_load, &QPushButton::clicked, this, &PolicyDraftPane::chooseFile);
    connect(m_simulate, &QPushButton::clicked, this, &PolicyDraftPane::startSimulation);
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_activate, &QPushButton::clicked, this, &PolicyDraftPane::activateDraft);
    updateButtons();
}

PolicyDraftPane::~PolicyDraftPane() = default;

void PolicyDraftPane::setActingUser(const std::optional<Principal> &user)
{
    m_user = user;
    updateButtons();
}

void PolicyDraftPane::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load policy file"), QString(),
                                                      tr("Policy files (*.json);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool PolicyDraftPane::loadFile(const QString &path)
{
    if (m_job->isRunning())
        return false;
    m_draft.reset();
    m_simulated = false;
    m_changes->setRowCount(0);
    m_findings->clear();
    m_diff->clearDiff();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("No file loaded."));
        showMessage(tr("%1 cannot be read: %2").arg(path, file.errorString()), true);
        updateButtons();
        return false;
    }
    m_bytes = file.readAll();
    auto policy = PolicyLoader::load(m_bytes);
    if (!policy) {
        m_status->setText(tr("No file loaded."));
        showMessage(tr("%1 is not a valid policy: %2").arg(QFileInfo(path).fileName(), policy.error().message), true);
        updateButtons();
        return false;
    }
    m_draft = *policy;
    m_findings->setFindings(PolicyAnalyzer::check(*m_draft));
    if (auto active = m_workspace.policies().activeInfo()) {
        if (auto current = m_workspace.policies().content(active->version))
            m_diff->setDiff(PolicyDiff::between(*current, *m_draft));
    }
    m_status->setText(tr("Draft %1 (%2, mode %3): %4 terms, %5 relations, SHA-256 %6…; %7")
                          .arg(QFileInfo(path).fileName(), m_draft->name.isEmpty() ? tr("unnamed") : m_draft->name,
                               Policy::modeName(m_draft->mode))
                          .arg(m_draft->terms.size())
                          .arg(m_draft->relations.size())
                          .arg(m_draft->hash.left(12), m_findings->summary()));
    showMessage(QString(), false);
    startSimulation();
    return true;
}

void PolicyDraftPane::startSimulation()
{
    if (!m_draft)
        return;
    m_simulated = false;
    m_changes->setRowCount(0);
    m_result = std::make_shared<Result<QList<SimulationChange>>>(Error::internal(QStringLiteral("not run")));
    const auto result = m_result;
    const QByteArray bytes = m_bytes;
    const int last = m_last->value();
    DecisionService &decisions = m_workspace.decisions();
    // The pool thread gets its own database connection through the store; the result comes back by capture.
    m_job->start([result, bytes, last, &decisions](const BackgroundJob::Progress &progress) {
        *result = decisions.simulate(bytes, last, progress);
    });
    m_progress->setRange(0, 0); // busy until the first report
    showMessage(tr("Replaying recent decisions under the draft…"), false);
    updateButtons();
}

void PolicyDraftPane::simulationFinished()
{
    const auto result = m_result;
    if (m_job->wasCancelled()) {
        showMessage(tr("The simulation was cancelled; run it again to activate this policy."), true);
    } else if (!*result) {
        showMessage(tr("The simulation failed: %1").arg(result->error().message), true);
    } else {
        const QList<SimulationChange> &changes = **result;
        m_changes->setRowCount(int(changes.size()));
        for (int row = 0; row < changes.size(); ++row) {
            const SimulationChange &c = changes.at(row);
            const QStringList cells{c.decisionId, c.before, c.after, c.reason};
            for (int col = 0; col < cells.size(); ++col) {
                auto *item = new QTableWidgetItem(cells.at(col));
                item->setToolTip(cells.at(col));
                m_changes->setItem(row, col, item);
            }
        }
        for (int col = 0; col < 3; ++col)
            m_changes->resizeColumnToContents(col);
        m_simulated = true;
        m_tabs->setCurrentWidget(m_changes);
        showMessage(changes.isEmpty() ? tr("No recent decision would change under this policy.")
                                      : tr("%n recent decisions would have a different outcome under this policy.",
                                           nullptr, int(changes.size())),
                    false);
    }
    updateButtons();
}

void PolicyDraftPane::activateDraft()
{
    if (!m_draft || !m_simulated) {
        showMessage(tr("Load a policy file and let the simulation finish before activating it."), true);
        return;
    }
    if (const QString why = PermissionNotice::refusal(m_user, Permission::ManagePolicies, tr("activate a policy"));
        !why.isEmpty()) {
        showMessage(why, true);
        return;
    }
    auto version = m_workspace.policies().load(m_bytes, *m_user);
    if (!version) {
        showMessage(tr("The policy was not activated: %1").arg(version.error().message), true);
        return;
    }
    showMessage(tr("Version %1 (%2) is now the active policy.").arg(version->version).arg(version->name), false);
    Q_EMIT activated(version->version);
}

void PolicyDraftPane::updateButtons()
{
    const bool running = m_job->isRunning();
    m_load->setEnabled(!running);
    m_simulate->setEnabled(!running && m_draft.has_value());
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    const QString refusal = PermissionNotice::refusal(m_user, Permission::ManagePolicies, tr("activate a policy"));
    m_activate->setEnabled(!running && m_simulated && refusal.isEmpty());
    m_activate->setToolTip(!refusal.isEmpty() ? refusal
                           : m_simulated      ? tr("Store this file as a new version and make it the active policy")
                                              : tr("Available once the simulation has run"));
}

void PolicyDraftPane::showMessage(const QString &text, bool isError)
{
    m_message->setText(isError ? tr("⚠ %1").arg(text) : text);
}

QString PolicyDraftPane::statusText() const
{
    return m_status->text();
}

QString PolicyDraftPane::messageText() const
{
    return m_message->text();
}

} // namespace Lexecon::Ui
