#include "LedgerView.h"

#include "CheckpointsPane.h"
#include "EntryProofPane.h"
#include "LedgerVerifyRunner.h"
#include "auth/Principal.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerEntriesModel.h"
#include "widgets/AsyncLoader.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace Lexecon::Ui {

LedgerView::LedgerView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_model = new LedgerEntriesModel(workspace.database(), this);

    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Entry type filter"));
    m_type->addItem(tr("All types"), QString());
    m_loader = new AsyncLoader(this);
    connect(m_loader, &AsyncLoader::loadingChanged, this, &LedgerView::loadingChanged);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search type, actor or payload"));
    m_search->setAccessibleName(tr("Search the ledger"));
    m_search->setClearButtonEnabled(true);
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    m_count = new QLabel(this);

    m_verify = new QPushButton(tr("Ve&rify ledger"), this);
    m_verify->setToolTip(tr("Re-hash every entry and check the chain, the Merkle tree and every signed checkpoint"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Verification progress"));
    m_progress->setFormat(tr("%v of %m entries"));
    m_progress->setMinimumWidth(220);
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setToolTip(tr("Stop the verification (Esc)"));
    auto *escape = new QShortcut(Qt::Key_Escape, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_cancel, [this] {
        if (m_cancel->isVisible())
            m_cancel->click();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_type);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_verify);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);

    m_resultIcon = new QLabel(this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAccessibleName(tr("Verification result"));
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultIcon);
    resultRow->addWidget(m_result, 1);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Ledger entries"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(LedgerEntriesModel::Summary, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Widths from the text they hold, so the payload column gets what is left at any font size.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&metrics](const char *sample) { return metrics.horizontalAdvance(QLatin1String(sample)) + 14; };
    m_table->setColumnWidth(LedgerEntriesModel::Index, fit("0000000"));
    m_table->setColumnWidth(LedgerEntriesModel::Time, fit("2026-11-22 00:00:00"));
    m_table->setColumnWidth(LedgerEntriesModel::Type, fit("escalation_claim"));
    m_table->setColumnWidth(LedgerEntriesModel::Actor, fit("apikey:support_b"));
    m_table->setColumnWidth(LedgerEntriesModel::Hash, fit("0123456789abc…"));

    m_proof = new EntryProofPane(workspace.checkpoints(), this);
    m_checkpoints = new CheckpointsPane(workspace.database(), workspace.checkpoints(), this);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_proof);
    side->addWidget(m_checkpoints);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({760, 340});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(resultRow);
    layout->addWidget(split, 1);

    m_verifier = new LedgerVerifyRunner(workspace.database(), this);
    connect(m_verify, &QPushButton::clicked, this, &LedgerView::startVerification);
    connect(m_cancel, &QPushButton::clicked, m_verifier, &LedgerVerifyRunner::cancel);
    connect(m_verifier, &LedgerVerifyRunner::started, this, [this](qint64 total) {
        m_progress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        m_progress->setValue(0);
        m_result->setText(tr("Verifying %n entries…", nullptr, int(total)));
        m_resultIcon->clear();
    });
    connect(m_verifier, &LedgerVerifyRunner::progressed, this,
            [this](qint64 done, qint64) { m_progress->setValue(int(std::min<qint64>(done, m_progress->maximum()))); });
    connect(m_verifier, &LedgerVerifyRunner::verified, this, &LedgerView::showVerification);
    connect(m_verifier, &LedgerVerifyRunner::failed, this, [this](const QString &why) {
        setVerifying(false);
        showResult(tr("The ledger could not be verified: %1").arg(why), false);
    });
    connect(m_verifier, &LedgerVerifyRunner::cancelled, this, [this](qint64 done) {
        setVerifying(false);
        m_result->setText(tr("Verification cancelled after %n entries; nothing was concluded.", nullptr, int(done)));
        m_resultIcon->clear();
    });

    connect(m_type, &QComboBox::currentIndexChanged, this, &LedgerView::applyFilter);
    // A text search may scan much of a large ledger: run it once typing pauses, not per key.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &LedgerView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LedgerView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LedgerView::showSelected);
    connect(m_model, &LedgerEntriesModel::ledgerSizeChanged, this, &LedgerView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerView::showSelected);
    connect(m_checkpoints, &CheckpointsPane::checkpointsChanged, m_proof, &EntryProofPane::refreshProof);
    // Messages of the panes share the result line, without a verdict icon.
    const auto showMessage = [this](const QString &text) {
        m_result->setText(text);
        m_resultIcon->clear();
    };
    connect(m_checkpoints, &CheckpointsPane::message, this, showMessage);
    connect(m_proof, &EntryProofPane::message, this, showMessage);

    // Appends by the intake, the CLI or another desk show up without a reload: a MAX(idx) query
    // every two seconds while the screen is visible.
    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_poll->start();

    setVerifying(false);
    reload();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

LedgerView::~LedgerView() = default;

bool LedgerView::isLoading() const
{
    return m_loader->isLoading();
}

void LedgerView::setActingUser(const Principal &user)
{
    m_checkpoints->setActingUser(user);
}

QString LedgerView::verificationText() const
{
    return m_result->text();
}

void LedgerView::reload()
{
    m_model->reload();
    m_checkpoints->reload();
    updateCount();
    loadTypes();
}

void LedgerView::loadTypes()
{
    // Listing the types reads every entry (seconds over a million): never on the GUI thread.
    m_loader->load<Result<QStringList>>([db = m_workspace.database()] { return LedgerStore(db).types(); },
                                        [this](Result<QStringList> &types) {
                                            if (types)
                                                showTypes(*types);
                                        });
}

void LedgerView::showTypes(const QStringList &types)
{
    const QString current = m_type->currentData().toString();
    QSignalBlocker block(m_type);
    while (m_type->count() > 1)
        m_type->removeItem(1);
    for (const QString &type : types)
        m_type->addItem(type, type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
}

void LedgerView::refresh()
{
    const qint64 before = m_model->ledgerSize();
    const int added = m_model->refresh();
    if (m_model->ledgerSize() != before) {
        // A new type (the first API key, the first override) joins the filter list. Unfiltered and
        // with every new entry on top, the new rows say which; otherwise read the types again.
        const LedgerFilter f = m_model->filter();
        if (f.type.isEmpty() && f.text.isEmpty() && added == m_model->ledgerSize() - before) {
            QStringList known;
            for (int i = 1; i < m_type->count(); ++i)
                known << m_type->itemData(i).toString();
            bool grew = false;
            for (int row = 0; row < added; ++row) {
                const LedgerEntry *e = m_model->entryAt(row);
                if (e && !known.contains(e->type)) {
                    known << e->type;
                    grew = true;
                }
            }
            if (grew) {
                known.sort();
                showTypes(known);
            }
        } else {
            loadTypes();
        }
    }
    m_checkpoints->refresh();
}

void LedgerView::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter({m_type->currentData().toString(), m_search->text().trimmed()});
    updateCount();
}

void LedgerView::updateCount()
{
    const LedgerFilter f = m_model->filter();
    const qint64 size = m_model->ledgerSize();
    if (f.type.isEmpty() && f.text.isEmpty())
        m_count->setText(tr("%n entries", nullptr, int(size)));
    else
        m_count->setText(tr("filtered, of %n entries", nullptr, int(size)));
}

void LedgerView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_proof->showEntry(current.isValid() ? m_model->entryAt(current.row()) : nullptr);
}

void LedgerView::startVerification()
{
    if (m_verifier->isRunning())
        return;
    setVerifying(true);
    m_verifier->start();
}

void LedgerView::setVerifying(bool running)
{
    m_verify->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    if (running)
        m_cancel->setFocus(Qt::OtherFocusReason);
}

void LedgerView::showVerification(const LedgerVerification &report)
{
    setVerifying(false);
    if (report.ok) {
        showResult(tr("The ledger verifies: %n entries re-hashed and chained, the Merkle root recomputed, and "
                      "every signed checkpoint checked against it (%1).",
                      nullptr, int(report.entries))
                       .arg(report.checkpoints),
                   true);
        return;
    }
    if (report.firstBadIndex >= 0) {
        showResult(tr("The ledger does not verify from entry %1 on: %2").arg(report.firstBadIndex).arg(report.problem),
                   false);
        // Show the first bad entry when it is loaded (it is, unless filtered out or far down).
        if (const int row = m_model->rowOf(report.firstBadIndex); row >= 0)
            m_table->selectRow(row);
    } else {
        showResult(tr("The entries verify, but the checkpoint of tree size %1 does not: %2")
                       .arg(report.firstBadCheckpoint)
                       .arg(report.problem),
                   false);
    }
}

void LedgerView::showResult(const QString &text, bool good)
{
    m_result->setText(text);
    // Text and icon, never colour alone.
    const QString icon =
        good ? QStringLiteral(":/queue/icons/sla-ok.svg") : QStringLiteral(":/queue/icons/sla-breached.svg");
    m_resultIcon->setPixmap(QIcon(icon).pixmap(16, 16));
}

} // namespace Lexecon::Ui
