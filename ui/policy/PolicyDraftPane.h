#pragma once

#include "auth/Principal.h"
#include "policy/Policy.h"
#include "policy/PolicySimulator.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

class BackgroundJob;
class PolicyDiffTree;
class PolicyFindingsList;

// Loading a new policy file: its `policy check` findings, its differences from the active policy,
// and the what-if simulation over recent decisions (off the GUI thread, with progress and Cancel).
// Only once the simulation has run does it offer Activate (needs manage_policies).
class PolicyDraftPane : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyDraftPane(Workspace &workspace, QWidget *parent = nullptr);
    ~PolicyDraftPane() override;

    void setActingUser(const std::optional<Principal> &user);

    PolicyFindingsList *findings() const { return m_findings; }
    PolicyDiffTree *diffTree() const { return m_diff; }
    QTableWidget *changesTable() const { return m_changes; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QSpinBox *replayCount() const { return m_last; }
    BackgroundJob *simulation() const { return m_job; }
    bool hasSimulated() const { return m_simulated; }
    QString statusText() const;
    QString messageText() const;

public Q_SLOTS:
    // Asks for a file (Ctrl+O) and loads it.
    void chooseFile();
    // Reads and checks the file, shows its findings and differences, and starts the simulation.
    // Returns false (with the reason shown) when the file cannot be read or is not a valid policy.
    bool loadFile(const QString &path);
    void startSimulation();
    // Stores and activates the draft as the acting user; refused without manage_policies.
    void activateDraft();

Q_SIGNALS:
    void activated(int version);

private:
    void simulationFinished();
    void updateButtons();
    void showMessage(const QString &text, bool isError);

    Workspace &m_workspace;
    std::optional<Principal> m_user;
    QByteArray m_bytes;
    std::optional<Policy> m_draft;
    bool m_simulated = false;
    std::shared_ptr<Result<QList<SimulationChange>>> m_result;

    QPushButton *m_load = nullptr;
    QSpinBox *m_last = nullptr;
    QPushButton *m_simulate = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_activate = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    PolicyFindingsList *m_findings = nullptr;
    QTableWidget *m_changes = nullptr;
    PolicyDiffTree *m_diff = nullptr;
    BackgroundJob *m_job = nullptr;
};

} // namespace Lexecon::Ui
