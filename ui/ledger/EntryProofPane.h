#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Lexecon {
class CheckpointService;
struct LedgerEntry;
} // namespace Lexecon

namespace Lexecon::Ui {

// The selected ledger entry: its canonical JSON (the bytes its hash covers) and its inclusion
// proof against the latest signed checkpoint, as the C2SP tlog-proof text an outsider checks
// with `lexecon-cli ledger verify-proof FILE --key VKEY`, ready to export or copy.
class EntryProofPane : public QWidget
{
    Q_OBJECT
public:
    explicit EntryProofPane(CheckpointService &checkpoints, QWidget *parent = nullptr);

    // Shows entry (null: nothing selected). Proves it only against a checkpoint already signed:
    // selecting a row never signs one.
    void showEntry(const LedgerEntry *entry);
    // Proves the shown entry again (after a new checkpoint).
    void refreshProof();
    qint64 entryIndex() const { return m_index; }
    // The proof's exact bytes; empty when the entry has none yet.
    QByteArray proof() const { return m_proof; }
    // Writes the proof to path; an empty string, or a sentence saying what went wrong.
    QString exportProof(const QString &path);

Q_SIGNALS:
    void message(const QString &text);

private:
    void chooseExportFile();
    void copyProof();

    CheckpointService &m_checkpoints;
    qint64 m_index = -1;
    QByteArray m_proof;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_proofStatus = nullptr;
    QPlainTextEdit *m_proofText = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Lexecon::Ui
