#pragma once

#include "auth/Principal.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <optional>

#include <memory>

class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

class AccountActions;
class AdministrationView;
class AuditPacketsView;
class ComplianceView;
class DecisionLogView;
class EvidenceView;
class LedgerView;
class ListenerController;
class ListenerStatusWidget;
class OidcSignInButtons;
class PolicyView;
class OversightQueueView;
class QueueNotifier;
class SessionController;
class SettingsView;

// The workstation's main window: navigation on the left, one page per screen, and a status
// bar with the workspace's node and ledger.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings: this desk's settings (the listener's address, whether it was on); null uses the
    // application's QSettings.
    explicit MainWindow(Workspace &workspace, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the named view (SPEC section 7 names: decisions, ...); false if unknown.
    bool showView(const QString &name);
    QStringList viewNames() const;
    // True while the shown view still loads its data off the GUI thread (its "loading" property).
    bool isViewLoading() const;
    ListenerController &listener() { return *m_listener; }
    // Starts the HTTP listener if it was on when the desk last closed.
    void restoreListener();
    // The user signed in at this desk (a principal AuthService returned, or --user for a
    // screenshot); starts their session and its idle lock. Without one every view is read-only.
    void setActingUser(const Principal &user);
    SessionController &session() { return *m_session; }
    AccountActions &account() { return *m_account; }
    OversightQueueView *queue() const { return m_queue; }
    QueueNotifier *notifier() const { return m_notifier; }

public Q_SLOTS:
    void refreshStatus();

private:
    // Hides the work and asks for a sign-in: the locked session's user again (fixedUser), or
    // anyone after a sign-out. Cancelling the re-authentication signs out; cancelling a fresh
    // sign-in closes the window.
    void promptSignIn(const QString &fixedUser);
    void addPage(const QString &name, const QString &title, QWidget *page);
    // A page made by make() when first shown; a placeholder until then.
    void addLazyPage(const QString &name, const QString &title, std::function<QWidget *()> make);

    Workspace &m_workspace;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_viewNames;
    DecisionLogView *m_decisions = nullptr;
    OversightQueueView *m_queue = nullptr;
    QueueNotifier *m_notifier = nullptr;
    QLabel *m_userStatus = nullptr;
    QLabel *m_slaStatus = nullptr;
    QLabel *m_ledgerStatus = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    ListenerController *m_listener = nullptr;
    ListenerStatusWidget *m_listenerStatus = nullptr;
    SessionController *m_session = nullptr;
    AccountActions *m_account = nullptr;
    AdministrationView *m_admin = nullptr;
    PolicyView *m_policy = nullptr;
    EvidenceView *m_evidence = nullptr;
    LedgerView *m_ledger = nullptr;
    ComplianceView *m_compliance = nullptr;
    AuditPacketsView *m_audit = nullptr;
    SettingsView *m_settingsView = nullptr;
    std::optional<Principal> m_actingUser;
    // Pages made when first shown (by navigation row).
    QHash<int, std::function<QWidget *()>> m_lazyPages;
    OidcSignInButtons *m_oidc = nullptr;
};

} // namespace Lexecon::Ui
