#pragma once

#include "auth/Principal.h"
#include "retention/RetentionService.h"

#include <QMutex>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

class BackgroundJob;
class LegalHoldDialog;

// EU AI Act Art. 12 record keeping at a glance (standalone; the Compliance screen hosts it):
// decisions by retention class and status, the legal holds in force with Place/Release (each
// asks for a mandatory reason), and "Run retention now", which runs the job on a pool thread.
// Counts load off the GUI thread too (a GROUP BY over a million decisions takes a moment).
class RetentionView : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionView(Workspace &workspace, QWidget *parent = nullptr);
    ~RetentionView() override;

    // Who places holds and runs the job; without one (or without manage_compliance) the
    // buttons that change state are disabled and say why.
    void setActingUser(const Principal &user);

    RetentionService &service() { return *m_service; }
    QTableWidget *countsTable() const { return m_counts; }
    QTableWidget *holdsTable() const { return m_holds; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *placeButton() const { return m_place; }
    QPushButton *releaseButton() const { return m_release; }
    QLabel *statusLabel() const { return m_status; }
    BackgroundJob *runJob() const { return m_runJob; }
    BackgroundJob *loadJob() const { return m_loadJob; }

public Q_SLOTS:
    void refresh();
    void runRetentionNow();
    // Open the dialogs (non-modal, so tests and screen readers can reach them); on OK the hold is
    // placed or released and the lists reload.
    LegalHoldDialog *openPlaceDialog();
    LegalHoldDialog *openReleaseDialog();

Q_SIGNALS:
    void refreshed();
    void retentionRan(const QString &summary);

private:
    void showReport(const RetentionStatusReport &report);
    void updateButtons();
    void applyDialog(LegalHoldDialog *dialog);
    QString selectedHoldId() const;

    Workspace &m_workspace;
    std::unique_ptr<RetentionService> m_service;
    std::optional<Principal> m_user;
    QTableWidget *m_counts = nullptr;
    QLabel *m_heldLabel = nullptr;
    QTableWidget *m_holds = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    BackgroundJob *m_runJob = nullptr;
    BackgroundJob *m_loadJob = nullptr;
    // Results handed back from the pool threads; read on the GUI thread in finished().
    QMutex m_resultLock;
    std::optional<Result<RetentionRunReport>> m_runResult;
    std::optional<Result<RetentionStatusReport>> m_loadResult;
};

} // namespace Lexecon::Ui
