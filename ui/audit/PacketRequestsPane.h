#pragma once

#include "audit/PacketRequest.h"
#include "auth/Principal.h"
#include "common/Result.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Lexecon {
class PacketRequestService;
class Workspace;
} // namespace Lexecon

namespace Lexecon::Ui {

class BackgroundJob;

// The four-eyes flow of audit packets: an auditor requests one (scope, date range, formats); a
// compliance officer who is not the requester approves or rejects it with a reason; an approved
// request is built into a file the user picks, off the GUI thread with progress and Cancel.
// Buttons show only what the signed-in user may do; the core checks every step again.
class PacketRequestsPane : public QWidget
{
    Q_OBJECT
public:
    PacketRequestsPane(Workspace &workspace, PacketRequestService &requests, QWidget *parent = nullptr);

    void setActingUser(const Principal &user);

    QTableWidget *table() const { return m_table; }
    QComboBox *scopeBox() const { return m_scope; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QCheckBox *formatBox(const QString &format) const;
    QPushButton *requestButton() const { return m_request; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *buildButton() const { return m_build; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openBuiltButton() const { return m_openBuilt; }
    QProgressBar *progressBar() const { return m_progress; }
    BackgroundJob *buildJob() const { return m_job; }
    // The last outcome or refusal as shown, a sentence.
    QString message() const;
    QString selectedRequestId() const;
    // The last finished build's zip; empty until one succeeded.
    QString lastBuiltPath() const { return m_lastBuilt; }

    // Each returns what the core said, and shows it.
    Result<PacketRequest> requestPacket();
    Result<PacketRequest> approveSelected();
    Result<PacketRequest> rejectSelected(const QString &reason);
    // Starts the build of the selected approved request into path; false when it did not start.
    bool buildSelected(const QString &path);

public Q_SLOTS:
    void reload();
    void selectRequest(const QString &requestId);

Q_SIGNALS:
    // A packet was written.
    void packetBuilt(const QString &path);
    // The user asked to verify and browse the packet just built.
    void openRequested(const QString &path);

private:
    QWidget *buildForm();
    void askReject();
    void askBuild();
    void updateButtons();
    void showMessage(const QString &text, bool good);
    void buildFinished();
    std::optional<PacketRequest> selected() const;

    Workspace &m_workspace;
    PacketRequestService &m_requests;
    std::optional<Principal> m_user;
    QList<PacketRequest> m_rows;
    QComboBox *m_scope = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_wholeHistory = nullptr;
    QList<QCheckBox *> m_formats;
    QPushButton *m_request = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_build = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_openBuilt = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
    BackgroundJob *m_job = nullptr;
    std::shared_ptr<Result<QString>> m_buildOutcome;
    QString m_buildPath;
    QString m_lastBuilt;
};

} // namespace Lexecon::Ui
