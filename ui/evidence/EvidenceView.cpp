#include "EvidenceView.h"

#include "EvidenceContentDialog.h"

#include "evidence/EvidenceStore.h"
#include "widgets/AsyncLoader.h"
#include "widgets/BackgroundJob.h"
#include "widgets/DetailHtml.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace Lexecon::Ui {

namespace {
enum Column { Integrity, Artifact, Type, Title, Decision, Media, Size, Created, ColumnCount };
}

EvidenceView::EvidenceView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Artifact type filter"));
    m_type->addItem(tr("All types"), QString());
    for (EvidenceType t : EvidenceTypes::all())
        m_type->addItem(EvidenceTypes::name(t), EvidenceTypes::name(t));
    m_decision = new QLineEdit(this);
    m_decision->setPlaceholderText(tr("Decision id (dec_…), Ctrl+F"));
    m_decision->setAccessibleName(tr("Decision filter"));
    m_decision->setClearButtonEnabled(true);
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_decision, [this] { m_decision->setFocus(Qt::ShortcutFocusReason); });
    m_count = new QLabel(this);
    m_more = new QPushButton(tr("Load &more"), this);

    m_checkOne = new QPushButton(tr("Check &integrity (Ctrl+I)"), this);
    m_checkOne->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_checkOne->setToolTip(tr("Re-hash the selected artifact's content against its recorded SHA-256"));
    m_checkAll = new QPushButton(tr("Check &all (Ctrl+Shift+I)"), this);
    m_checkAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_checkAll->setToolTip(tr("Re-hash every stored artifact in the background"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Integrity check progress"));
    m_progress->setFormat(tr("%v of %m artifacts"));
    m_cancel = new QPushButton(tr("Ca&ncel (Esc)"), this);
    auto *escape = new QShortcut(Qt::Key_Escape, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_cancel, [this] {
        if (m_cancel->isVisible())
            m_cancel->click();
    });
    m_open = new QPushButton(tr("&Open content (Ctrl+Return)"), this);
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_save = new QPushButton(tr("&Save content as… (Ctrl+S)"), this);
    m_save->setShortcut(QKeySequence::Save);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setAccessibleName(tr("Integrity check result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setAccessibleName(tr("Evidence artifacts"));
    m_table->setHorizontalHeaderLabels({tr("Integrity"), tr("Artifact"), tr("Type"), tr("Title"), tr("Decision"),
                                        tr("Media type"), tr("Size"), tr("Stored at")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_detail = new QTextBrowser(this);
    m_detail->setAccessibleName(tr("Artifact details"));
    m_detail->setOpenLinks(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_decision, 1);
    filters->addWidget(m_count);
    filters->addWidget(m_more);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_checkOne);
    actions->addWidget(m_checkAll);
    actions->addWidget(m_progress);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    actions->addWidget(m_open);
    actions->addWidget(m_save);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({860, 340});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_result);
    layout->addWidget(split, 1);

    m_loader = new AsyncLoader(this);
    connect(m_loader, &AsyncLoader::loadingChanged, this, &EvidenceView::loadingChanged);
    m_checker = new AsyncLoader(this);
    m_job = new BackgroundJob(this);
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_job, &BackgroundJob::finished, this, &EvidenceView::allChecked);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EvidenceView::reload);
    connect(m_decision, &QLineEdit::editingFinished, this, &EvidenceView::reload);
    connect(m_decision, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            reload();
    });
    connect(m_more, &QPushButton::clicked, this, &EvidenceView::loadMore);
    connect(m_checkOne, &QPushButton::clicked, this, &EvidenceView::checkSelected);
    connect(m_checkAll, &QPushButton::clicked, this, &EvidenceView::checkAll);
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (selectedId().isEmpty())
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save artifact content"), selectedId());
        if (!path.isEmpty())
            saveSelectedTo(path);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EvidenceView::showSelected);
    connect(m_table, &QTableWidget::itemActivated, this, [this] { openSelected(); });
    setChecking(false);
    reload();
}

EvidenceView::~EvidenceView() = default;

bool EvidenceView::isLoading() const
{
    return m_loader->isLoading();
}

bool EvidenceView::isCheckingOne() const
{
    return m_checker->isLoading();
}

void EvidenceView::reload()
{
    m_artifacts.clear();
    m_table->setRowCount(0);
    m_exhausted = false;
    fetch(0);
}

void EvidenceView::loadMore()
{
    if (!isLoading())
        fetch(int(m_artifacts.size()));
}

void EvidenceView::fetch(int offset)
{
    EvidenceFilter filter;
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        filter.type = EvidenceTypes::fromName(type);
    filter.decisionId = m_decision->text().trimmed();
    filter.limit = PageSize;
    filter.offset = offset;
    m_more->setEnabled(false);
    m_count->setText(tr("Loading…"));
    if (m_artifacts.isEmpty())
        m_detail->setHtml(htmlParagraph(tr("Loading the artifacts…")));
    // A newer fetch (the filters changed) drops this one's page when it arrives.
    EvidenceStore *store = &m_workspace.evidence();
    m_loader->load<Result<QList<EvidenceArtifact>>>([store, filter] { return store->list(filter); },
                                                    [this](Result<QList<EvidenceArtifact>> &page) { showPage(page); });
}

void EvidenceView::showPage(const Result<QList<EvidenceArtifact>> &page)
{
    if (!page) {
        m_count->clear();
        m_more->setEnabled(!m_exhausted);
        showResult(tr("The artifacts cannot be read: %1").arg(page.error().message), false);
        return;
    }
    m_exhausted = page->size() < PageSize;
    appendRows(*page);
    m_more->setEnabled(!m_exhausted);
    m_count->setText(m_exhausted ? tr("%n artifacts", nullptr, int(m_artifacts.size()))
                                 : tr("first %n artifacts", nullptr, int(m_artifacts.size())));
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
}

void EvidenceView::appendRows(const QList<EvidenceArtifact> &artifacts)
{
    const QLocale locale;
    for (const EvidenceArtifact &a : artifacts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_artifacts.append(a);
        const QStringList cells{
            QString(),    a.artifactId, EvidenceTypes::name(a.type),      a.title,
            a.decisionId, a.mediaType,  locale.formattedDataSize(a.size), localTimeText(timestampMs(a.createdAt))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c)); // columns elide; the whole value stays one hover away
            m_table->setItem(row, c, item);
        }
        m_table->item(row, Size)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        showIntegrity(row);
    }
    // Fit the text, but no column may crowd out the title.
    const int cap = m_table->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 11;
    for (int c = 0; c < ColumnCount; ++c) {
        if (c == Title)
            continue;
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), cap));
    }
}

void EvidenceView::showIntegrity(int row)
{
    QTableWidgetItem *item = m_table->item(row, Integrity);
    const QString id = m_artifacts.at(row).artifactId;
    const auto found = m_integrity.constFind(id);
    if (found == m_integrity.constEnd()) {
        item->setText(tr("Not checked"));
        item->setIcon({});
        item->setToolTip(tr("Use Check integrity to re-hash this artifact"));
    } else if (found->isEmpty()) {
        item->setText(tr("✔ Intact"));
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setToolTip(tr("The content matches its recorded SHA-256"));
    } else {
        item->setText(tr("✖ Altered"));
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setToolTip(*found);
    }
}

QString EvidenceView::integrityOf(const QString &artifactId) const
{
    const auto found = m_integrity.constFind(artifactId);
    if (found == m_integrity.constEnd())
        return QStringLiteral("unchecked");
    return found->isEmpty() ? QStringLiteral("intact") : QStringLiteral("altered");
}

QStringList EvidenceView::shownIds() const
{
    QStringList ids;
    for (const EvidenceArtifact &a : m_artifacts)
        ids << a.artifactId;
    return ids;
}

void EvidenceView::selectArtifact(const QString &artifactId)
{
    const int row = int(shownIds().indexOf(artifactId));
    if (row >= 0)
        m_table->selectRow(row);
}

QString EvidenceView::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_artifacts.size() && m_table->selectionModel()->hasSelection()
               ? m_artifacts.at(row).artifactId
               : QString();
}

void EvidenceView::showSelected()
{
    const int row = m_table->currentRow();
    const bool any = !selectedId().isEmpty();
    m_checkOne->setEnabled(any && !m_job->isRunning() && !m_checker->isLoading());
    m_open->setEnabled(any);
    m_save->setEnabled(any);
    if (!any) {
        m_detail->setHtml(htmlParagraph(m_artifacts.isEmpty() ? tr("No evidence matches the filters.")
                                                              : tr("Select an artifact to see its details.")));
        return;
    }
    const EvidenceArtifact &a = m_artifacts.at(row);
    QString html = htmlHeading(a.title.isEmpty() ? a.artifactId : a.title);
    html += QStringLiteral("<table>");
    html += htmlRow(tr("Artifact"), a.artifactId);
    html += htmlRow(tr("Type"), EvidenceTypes::name(a.type));
    html += htmlRow(tr("Decision"), a.decisionId.isEmpty() ? tr("none") : a.decisionId);
    html += htmlRow(tr("Media type"), a.mediaType);
    html += htmlRow(tr("Size"), tr("%1 (%n bytes)", nullptr, int(a.size)).arg(QLocale().formattedDataSize(a.size)));
    html += htmlRow(tr("SHA-256"), a.sha256);
    html +=
        htmlRow(tr("Stored"), a.storedInline ? tr("in the database row") : m_workspace.evidence().pathFor(a.sha256));
    html += htmlRow(tr("Stored at"), localTimeText(timestampMs(a.createdAt)));
    html += htmlRow(tr("Stored by"), a.createdBy);
    html += htmlRow(tr("Keep until"), localTimeText(timestampMs(a.retentionUntil)));
    html += htmlRow(tr("Ledger entry"), a.ledgerIndex >= 0 ? QString::number(a.ledgerIndex) : tr("unknown"));
    html += htmlRow(tr("Integrity"), m_table->item(row, Integrity)->text());
    html += QStringLiteral("</table>");
    if (const QString problem = m_integrity.value(a.artifactId); !problem.isEmpty())
        html += htmlParagraph(problem);
    m_detail->setHtml(html);
}

void EvidenceView::checkSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || isCheckingOne())
        return;
    m_checkOne->setEnabled(false);
    showResult(tr("Checking artifact %1…").arg(id), true);
    // Re-hashing reads the content (a file may be large): off the GUI thread.
    EvidenceStore *store = &m_workspace.evidence();
    m_checker->load<Result<void>>([store, id] { return store->verify(id); },
                                  [this, id](Result<void> &verified) { showChecked(id, verified); });
}

void EvidenceView::showChecked(const QString &id, const Result<void> &verified)
{
    showSelected(); // enables Check again
    if (!verified && verified.error().code != Error::Code::Integrity) {
        showResult(tr("Artifact %1 could not be checked: %2").arg(id, verified.error().message), false);
        return;
    }
    m_integrity.insert(id, verified ? QString() : verified.error().message);
    // The table may have been reloaded meanwhile: the row is found by id.
    if (const int row = int(shownIds().indexOf(id)); row >= 0) {
        showIntegrity(row);
        m_table->resizeColumnToContents(Integrity);
    }
    showSelected();
    showResult(verified ? tr("Artifact %1 is intact: its content matches the recorded SHA-256.").arg(id)
                        : tr("Artifact %1 failed the check: %2").arg(id, verified.error().message),
               verified.ok());
}

void EvidenceView::checkAll()
{
    m_report = std::make_shared<Result<EvidenceVerification>>(Error::internal(QStringLiteral("not run")));
    const auto report = m_report;
    EvidenceStore &store = m_workspace.evidence();
    // verifyAll opens the pool thread's own connection; the report comes back by capture.
    if (!m_job->start(
            [report, &store](const BackgroundJob::Progress &progress) { *report = store.verifyAll(progress); }))
        return;
    m_progress->setRange(0, 0);
    setChecking(true);
    showResult(tr("Checking every artifact…"), true);
}

void EvidenceView::allChecked()
{
    setChecking(false);
    const auto report = m_report;
    if (!*report) {
        showResult(tr("The integrity check failed: %1").arg(report->error().message), false);
        return;
    }
    const EvidenceVerification &r = **report;
    QHash<QString, QString> bad;
    for (int i = 0; i < r.badArtifacts.size(); ++i)
        bad.insert(r.badArtifacts.at(i), r.problems.value(i));
    // A cancelled check vouches only for what it found wrong; a complete one for every artifact.
    for (const EvidenceArtifact &a : std::as_const(m_artifacts)) {
        if (bad.contains(a.artifactId))
            m_integrity.insert(a.artifactId, bad.value(a.artifactId));
        else if (!r.cancelled)
            m_integrity.insert(a.artifactId, QString());
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        showIntegrity(row);
    m_table->resizeColumnToContents(Integrity);
    showSelected();
    if (r.cancelled)
        showResult(
            tr("Cancelled after %n artifacts; %1 failed so far.", nullptr, int(r.checked)).arg(r.badArtifacts.size()),
            r.badArtifacts.isEmpty());
    else if (r.ok)
        showResult(tr("All %n artifacts are intact.", nullptr, int(r.checked)), true);
    else
        showResult(tr("%1 of %2 artifacts failed the check: %3")
                       .arg(r.badArtifacts.size())
                       .arg(r.checked)
                       .arg(r.problems.join(QStringLiteral("; "))),
                   false);
}

bool EvidenceView::isText(const QString &mediaType)
{
    return mediaType.startsWith(QLatin1String("text/")) || mediaType.endsWith(QLatin1String("json")) ||
           mediaType.endsWith(QLatin1String("xml"));
}

QDialog *EvidenceView::openSelected()
{
    const int row = m_table->currentRow();
    const QString id = selectedId();
    if (id.isEmpty())
        return nullptr;
    const EvidenceArtifact &a = m_artifacts.at(row);
    if (!isText(a.mediaType)) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save artifact content"), id);
        if (!path.isEmpty())
            saveSelectedTo(path);
        return nullptr;
    }
    auto content = m_workspace.evidence().content(id);
    if (!content) {
        showResult(tr("The content of %1 cannot be shown: %2").arg(id, content.error().message), false);
        return nullptr;
    }
    auto *dialog = new EvidenceContentDialog(id, a.mediaType, *content, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool EvidenceView::saveSelectedTo(const QString &path)
{
    const QString id = selectedId();
    auto content = m_workspace.evidence().content(id);
    if (!content) {
        showResult(tr("The content of %1 was not saved: %2").arg(id, content.error().message), false);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit()) {
        showResult(tr("%1 cannot be written: %2").arg(path, file.errorString()), false);
        return false;
    }
    showResult(tr("Saved the verified content of %1 to %2.").arg(id, path), true);
    return true;
}

void EvidenceView::setChecking(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_checkAll->setEnabled(!running);
    m_checkOne->setEnabled(!running && !selectedId().isEmpty());
}

void EvidenceView::showResult(const QString &text, bool good)
{
    m_result->setText(good ? text : tr("⚠ %1").arg(text));
}

QString EvidenceView::resultText() const
{
    return m_result->text();
}

} // namespace Lexecon::Ui
