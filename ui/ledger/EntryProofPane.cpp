#include "EntryProofPane.h"

#include "ledger/CheckpointService.h"
#include "ledger/LedgerEntry.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

QPlainTextEdit *monospaceViewer(const QString &name, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setAccessibleName(name);
    // Keyboard users can move through and select the text to copy parts of it.
    text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    return text;
}

} // namespace

EntryProofPane::EntryProofPane(CheckpointService &checkpoints, QWidget *parent)
    : QWidget(parent)
    , m_checkpoints(checkpoints)
{
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_json = monospaceViewer(tr("Canonical JSON of the entry"), this);
    m_json->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_json->setWordWrapMode(QTextOption::WrapAnywhere);

    auto *proofLabel = new QLabel(tr("Inclusion proof against the latest checkpoint"), this);
    proofLabel->setFont(bold);
    m_proofStatus = new QLabel(this);
    m_proofStatus->setWordWrap(true);
    m_proofText = monospaceViewer(tr("Inclusion proof"), this);
    m_proofText->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_export = new QPushButton(tr("Export &proof…"), this);
    m_export->setToolTip(tr("Save the proof as a .tlog-proof file that anyone can check with the node's key"));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setToolTip(tr("Copy the proof text to the clipboard"));
    connect(m_export, &QPushButton::clicked, this, &EntryProofPane::chooseExportFile);
    connect(m_copy, &QPushButton::clicked, this, &EntryProofPane::copyProof);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_json, 2);
    layout->addWidget(proofLabel);
    layout->addWidget(m_proofStatus);
    layout->addWidget(m_proofText, 3);
    layout->addLayout(buttons);
    showEntry(nullptr);
}

void EntryProofPane::showEntry(const LedgerEntry *entry)
{
    m_index = entry ? entry->index : -1;
    if (!entry) {
        m_title->setText(tr("No entry selected"));
        m_json->setPlainText(tr("Select an entry in the table to see its canonical JSON and its proof."));
    } else {
        m_title->setText(tr("Entry %1 · %2").arg(entry->index).arg(entry->type));
        m_json->setPlainText(QString::fromUtf8(entry->canonical));
    }
    refreshProof();
}

void EntryProofPane::refreshProof()
{
    m_proof.clear();
    QString status;
    if (m_index >= 0) {
        auto latest = m_checkpoints.latest();
        if (!latest) {
            status = tr("The checkpoints cannot be read: %1").arg(latest.error().message);
        } else if (!latest->has_value()) {
            status = tr("No checkpoint is signed yet. Sign a checkpoint to prove this entry.");
        } else if ((*latest)->treeSize <= m_index) {
            status = tr("The latest checkpoint covers entries 0 to %1, not this one yet. Sign a checkpoint "
                        "now to prove it.")
                         .arg((*latest)->treeSize - 1);
        } else if (auto proof = m_checkpoints.inclusionProof(m_index); !proof) {
            status = tr("The proof cannot be made: %1").arg(proof.error().message);
        } else {
            m_proof = proof->toText();
            status = tr("Entry %1 is in the signed tree of %2 entries.").arg(m_index).arg((*latest)->treeSize);
        }
    }
    m_proofStatus->setText(status);
    m_proofStatus->setVisible(!status.isEmpty());
    m_proofText->setPlainText(QString::fromUtf8(m_proof));
    m_export->setEnabled(!m_proof.isEmpty());
    m_copy->setEnabled(!m_proof.isEmpty());
}

QString EntryProofPane::exportProof(const QString &path)
{
    if (m_proof.isEmpty())
        return tr("The selected entry has no proof yet; sign a checkpoint first.");
    QSaveFile file(path);
    // The exact bytes: the signature covers the note inside, and verifiers read it verbatim.
    if (!file.open(QIODevice::WriteOnly) || file.write(m_proof) != m_proof.size() || !file.commit())
        return tr("The proof cannot be written to %1: %2. Choose another folder.").arg(path, file.errorString());
    return {};
}

void EntryProofPane::chooseExportFile()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("ledger-entry-%1.tlog-proof").arg(m_index));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export proof"), suggested,
                                                      tr("Transparency log proofs (*.tlog-proof);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString problem = exportProof(path);
    Q_EMIT message(problem.isEmpty() ? tr("The proof of entry %1 was saved to %2.").arg(m_index).arg(path) : problem);
}

void EntryProofPane::copyProof()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_proof));
    Q_EMIT message(tr("The proof of entry %1 is on the clipboard.").arg(m_index));
}

} // namespace Lexecon::Ui
