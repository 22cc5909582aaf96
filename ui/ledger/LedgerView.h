#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Lexecon {
class LedgerEntriesModel;
class Principal;
class Workspace;
struct LedgerVerification;
} // namespace Lexecon

namespace Lexecon::Ui {

class AsyncLoader;
class CheckpointsPane;
class EntryProofPane;
class LedgerVerifyRunner;

// The ledger screen: every entry, newest first, with filters; the selected entry's canonical JSON
// and inclusion proof (export, copy); the signed checkpoints; and a full verification that runs off
// the GUI thread with a progress bar and Cancel, then says in a sentence whether the ledger holds.
class LedgerView : public QWidget
{
    Q_OBJECT
    // True while the entry types for the filter are read (a scan of the whole ledger, off the GUI
    // thread); the entries themselves come a page at a time and show at once.
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    explicit LedgerView(Workspace &workspace, QWidget *parent = nullptr);
    ~LedgerView() override;

    void setActingUser(const Principal &user);

    LedgerEntriesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    EntryProofPane *proofPane() const { return m_proof; }
    CheckpointsPane *checkpointsPane() const { return m_checkpoints; }
    LedgerVerifyRunner *verifier() const { return m_verifier; }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    // The last verification's outcome as shown (a sentence).
    QString verificationText() const;
    QComboBox *typeFilter() const { return m_type; }
    bool isLoading() const;

public Q_SLOTS:
    void reload();
    // Picks up new entries and checkpoints (cheap; the view's timer calls it while visible).
    void refresh();
    void startVerification();

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void loadTypes();
    void showTypes(const QStringList &types);
    void applyFilter();
    void showSelected();
    void updateCount();
    void showVerification(const LedgerVerification &report);
    void showResult(const QString &text, bool good);
    void setVerifying(bool running);

    Workspace &m_workspace;
    LedgerEntriesModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_result = nullptr;
    EntryProofPane *m_proof = nullptr;
    CheckpointsPane *m_checkpoints = nullptr;
    LedgerVerifyRunner *m_verifier = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_searchDelay = nullptr;
    AsyncLoader *m_loader = nullptr;
};

} // namespace Lexecon::Ui
