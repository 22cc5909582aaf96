#include "PacketOpenPane.h"

#include "PacketFilesModel.h"

#include "widgets/BackgroundJob.h"

#include "audit/PacketReader.h"
#include "audit/PacketVerifier.h"
#include "InlineSvgCharts.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

constexpr qint64 kMaxShownBytes = 4 << 20; // larger files are named, not shown

bool isText(const QString &name)
{
    static const QStringList suffixes{QStringLiteral("txt"),        QStringLiteral("json"), QStringLiteral("jsonl"),
                                      QStringLiteral("csv"),        QStringLiteral("md"),   QStringLiteral("pem"),
                                      QStringLiteral("tlog-proof"), QStringLiteral("html"), QStringLiteral("ndjson")};
    const QString suffix = QFileInfo(name).completeSuffix().section(QLatin1Char('.'), -1).toLower();
    return suffixes.contains(suffix) || name.endsWith(QLatin1String("SHA256SUMS")) ||
           name.endsWith(QLatin1String("checkpoint")) || name.endsWith(QLatin1String(".tlog-proof"));
}

} // namespace

PacketOpenPane::PacketOpenPane(QWidget *parent)
    : QWidget(parent)
    , m_job(new BackgroundJob(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *pathRow = new QHBoxLayout;
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("No packet opened"));
    m_pathEdit->setAccessibleName(tr("Packet file"));
    m_open = new QPushButton(tr("&Open packet…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Open a packet received from elsewhere (%1)")
                           .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_open->setAccessibleName(tr("Open packet"));
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_open);
    form->addRow(tr("Packet:"), pathRow);

    auto *keyRow = new QHBoxLayout;
    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setPlaceholderText(tr("Optional: SHA-256 fingerprint of the key you expect (hex, colons allowed)"));
    m_fingerprint->setAccessibleName(tr("Trusted key fingerprint"));
    m_again = new QPushButton(tr("&Verify again"), this);
    m_again->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_again->setToolTip(tr("Verify the packet again, with the fingerprint (Ctrl+R)"));
    m_again->setAccessibleName(tr("Verify again"));
    m_again->setEnabled(false);
    keyRow->addWidget(m_fingerprint, 1);
    keyRow->addWidget(m_again);
    auto *keyLabel = new QLabel(tr("Trusted &key:"), this);
    keyLabel->setBuddy(m_fingerprint);
    form->addRow(keyLabel, keyRow);
    layout->addLayout(form);

    auto *verdict = new QHBoxLayout;
    m_summaryIcon = new QLabel(this);
    m_summary = new QLabel(tr("Open a packet to check it."), this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Verification result"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Verification progress"));
    m_progress->setMaximumWidth(200);
    // The verdict can take two lines (a long fingerprint, what was not checked): room for both,
    // so a wrapped verdict is never cut, and the icon stays beside its first line.
    m_summary->setMinimumHeight(2 * m_summary->fontMetrics().lineSpacing());
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_summaryIcon->setFixedSize(style()->pixelMetric(QStyle::PM_SmallIconSize), style()->pixelMetric(QStyle::PM_SmallIconSize));
    verdict->addWidget(m_summaryIcon, 0, Qt::AlignVCenter);
    verdict->addWidget(m_summary, 1);
    verdict->addWidget(m_progress, 0, Qt::AlignVCenter);
    layout->addLayout(verdict);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_checks = new QTreeWidget(split);
    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({tr("Check"), tr("Result"), tr("Reason")});
    m_checks->setAccessibleName(tr("Checks"));
    m_checks->setRootIsDecorated(true);
    m_checks->header()->setStretchLastSection(true);

    auto *browse = new QSplitter(Qt::Horizontal, split);
    m_files = new QListView(browse);
    m_files->setAccessibleName(tr("Files in the packet"));
    m_fileModel = new PacketFilesModel(this);
    m_files->setModel(m_fileModel);
    // A packet lists 100,000 proofs: with uniform sizes the view measures one row, not all.
    m_files->setUniformItemSizes(true);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_content = new QStackedWidget(browse);
    m_text = new QPlainTextEdit(m_content);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("File content"));
    m_html = new QTextBrowser(m_content);
    m_html->setOpenLinks(false);
    m_html->setAccessibleName(tr("Rendered report"));
    m_content->addWidget(m_text);
    m_content->addWidget(m_html);
    browse->setStretchFactor(1, 3);
    // Wide enough for a proof's name and size, the longest kind of row.
    m_files->setMinimumWidth(m_files->fontMetrics().horizontalAdvance(tr("%1 (%2 bytes)").arg(QStringLiteral("ledger/proofs/1000000.tlog-proof")).arg(1234))
                             + 2 * m_files->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_open, &QPushButton::clicked, this, &PacketOpenPane::chooseFile);
    connect(m_again, &QPushButton::clicked, this, &PacketOpenPane::verifyAgain);
    connect(m_fingerprint, &QLineEdit::returnPressed, this, &PacketOpenPane::verifyAgain);
    connect(m_files->selectionModel(), &QItemSelectionModel::currentChanged, this, &PacketOpenPane::showSelectedFile);
    connect(m_job, &BackgroundJob::progressed, this,
            [this](qint64 done, qint64 total) { m_progress->setValue(total > 0 ? int(1000 * done / total) : 0); });
    connect(m_job, &BackgroundJob::finished, this, &PacketOpenPane::verificationFinished);
}

PacketOpenPane::~PacketOpenPane() = default;

QString PacketOpenPane::summary() const
{
    return m_summary->text();
}

void PacketOpenPane::setSummary(const QString &text, bool good)
{
    m_summary->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_summaryIcon->setPixmap(
        style()->standardIcon(good ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical).pixmap(size, size));
    m_summaryIcon->setAccessibleName(good ? tr("Passed") : tr("Failed"));
}

void PacketOpenPane::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open audit packet"), QString(),
                                                      tr("Audit packet (*.zip);;All files (*)"));
    if (!path.isEmpty())
        openPacket(path);
}

void PacketOpenPane::openPacket(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(path);
    verifyAgain();
}

void PacketOpenPane::verifyAgain()
{
    if (m_path.isEmpty() || m_job->isRunning())
        return;
    m_checks->clear();
    m_fileModel->setReader(nullptr);
    m_text->clear();
    m_html->clear();
    m_progress->setValue(0);
    m_summaryIcon->clear();
    m_summary->setText(tr("Checking %1…").arg(QFileInfo(m_path).fileName()));
    auto outcome = std::make_shared<Result<PacketVerification>>(Error::internal(tr("The check was cancelled.")));
    auto opened = std::make_shared<std::unique_ptr<PacketReader>>();
    m_outcome = outcome;
    m_opened = opened;
    const QString path = m_path;
    const QString trusted = m_fingerprint->text().trimmed();
    m_open->setEnabled(false);
    m_again->setEnabled(false);
    m_job->start([outcome, opened, path, trusted](const BackgroundJob::Progress &progress) {
        *outcome = PacketVerifier::verify(path, trusted, [&progress](double f) { progress(qint64(f * 1000), 1000); });
        if (*outcome)
            if (auto reader = PacketReader::open(path))
                *opened = std::move(reader).value();
    });
}

void PacketOpenPane::verificationFinished()
{
    m_open->setEnabled(true);
    m_again->setEnabled(!m_path.isEmpty());
    m_progress->setValue(1000);
    if (!m_outcome || !*m_outcome) {
        m_result = {};
        setSummary(m_outcome ? m_outcome->error().message : tr("The check did not run."), false);
        return;
    }
    m_result = m_outcome->value();
    showChecks();
    listFiles();
}

void PacketOpenPane::showChecks()
{
    const QStringList failed = m_result.failedChecks();
    int ran = 0;
    QStringList skipped;
    for (const PacketCheck &c : m_result.checks) {
        ran += c.skipped ? 0 : 1;
        if (c.skipped)
            skipped << c.name;
    }
    if (failed.isEmpty())
        setSummary(tr("All %1 checks passed: the packet is intact and signed by the key with fingerprint %2.%3")
                       .arg(ran)
                       .arg(m_result.fingerprint,
                            skipped.isEmpty() ? QString()
                                              : tr(" Not checked: %1 (enter the fingerprint you expect to check it).")
                                                    .arg(skipped.join(QStringLiteral(", ")))),
                   true);
    else
        setSummary(tr("%1 of %2 checks failed: %3. Do not rely on this packet.")
                       .arg(failed.size())
                       .arg(ran)
                       .arg(failed.join(QStringLiteral(", "))),
                   false);
    for (const PacketCheck &c : m_result.checks) {
        auto *item = new QTreeWidgetItem(m_checks);
        item->setText(0, c.name);
        item->setText(1, c.skipped ? tr("Skipped") : c.ok ? tr("Passed") : tr("Failed"));
        item->setIcon(1, style()->standardIcon(c.skipped ? QStyle::SP_MessageBoxInformation
                                               : c.ok    ? QStyle::SP_DialogApplyButton
                                                         : QStyle::SP_MessageBoxCritical));
        item->setText(2, c.detail);
        item->setToolTip(2, c.detail);
        for (const QString &p : c.problems) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(2, p);
            child->setToolTip(2, p);
        }
        item->setExpanded(!c.ok);
    }
    m_checks->resizeColumnToContents(0);
    m_checks->resizeColumnToContents(1);
}

void PacketOpenPane::listFiles()
{
    if (m_opened)
        m_fileModel->setReader(std::move(*m_opened));
    m_opened.reset();
    selectFile(QStringLiteral("report.html"));
}

void PacketOpenPane::selectFile(const QString &name)
{
    const int row = m_fileModel->rowOf(name);
    if (row >= 0)
        m_files->setCurrentIndex(m_fileModel->index(row));
}

void PacketOpenPane::showSelectedFile()
{
    const QModelIndex current = m_files->currentIndex();
    const PacketReader *reader = m_fileModel->reader();
    if (!current.isValid() || !reader)
        return;
    const QString name = current.data(PacketFilesModel::NameRole).toString();
    if (!isText(name)) {
        m_text->setPlainText(
            tr("%1 is not a text file; extract the packet to open it with another program.").arg(name));
        m_content->setCurrentWidget(m_text);
        return;
    }
    auto bytes = reader->readIndex(current.data(PacketFilesModel::IndexRole).toLongLong(), kMaxShownBytes);
    if (!bytes) {
        m_text->setPlainText(bytes.error().message);
        m_content->setCurrentWidget(m_text);
        return;
    }
    if (name.endsWith(QLatin1String(".html"))) {
        // The report's charts are inline SVG, which the text browser cannot draw: pictures
        // drawn with Qt SVG take their place (registered before the HTML that names them).
        m_html->clear();
        QTextDocument *doc = m_html->document();
        doc->setHtml(InlineSvgCharts::toImages(QString::fromUtf8(*bytes), *doc, m_html->devicePixelRatioF()));
        m_html->moveCursor(QTextCursor::Start);
        m_content->setCurrentWidget(m_html);
    } else {
        m_text->setPlainText(QString::fromUtf8(*bytes));
        m_content->setCurrentWidget(m_text);
    }
}

} // namespace Lexecon::Ui
