#include "MainWindow.h"

#include "admin/ListenerController.h"
#include "admin/ListenerSettingsDialog.h"
#include "admin/ListenerStatusWidget.h"
#include "admin/AdministrationView.h"
#include "auth/AccountActions.h"
#include "auth/AuthSettings.h"
#include "auth/OidcSignInButtons.h"
#include "auth/SessionController.h"
#include "auth/SignInDialog.h"
#include "audit/AuditPacketsView.h"
#include "compliance/ComplianceView.h"
#include "dashboard/RiskDashboardView.h"
#include "decisions/DecisionLogView.h"
#include "escalation/EscalationService.h"
#include "evidence/EvidenceView.h"
#include "ledger/CheckpointService.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerView.h"
#include "policy/PolicyView.h"
#include "queue/OversightQueueView.h"
#include "queue/QueueNotifier.h"
#include "settings/SettingsView.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace Lexecon::Ui {

MainWindow::MainWindow(Workspace &workspace, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    if (!settings) {
        m_ownSettings = std::make_unique<QSettings>();
        settings = m_ownSettings.get();
    }
    m_listener = new ListenerController(workspace, *settings, this);
    setWindowTitle(tr("Lexecon Workstation — %1").arg(workspace.dataDir()));
    resize(1280, 800);

    m_nav = new QListWidget(this);
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setMaximumWidth(200);
    m_pages = new QStackedWidget(this);

    // The queue first: it is where a compliance officer's day starts.
    m_queue = new OversightQueueView(workspace, this);
    addPage(QStringLiteral("queue"), tr("Oversight queue"), m_queue);
    m_decisions = new DecisionLogView(workspace, this);
    addPage(QStringLiteral("decisions"), tr("Decisions"), m_decisions);
    addPage(QStringLiteral("dashboard"), tr("Risk dashboard"), new RiskDashboardView(workspace, this));
    m_policy = new PolicyView(workspace, this);
    addPage(QStringLiteral("policy"), tr("Policies"), m_policy);
    // Evidence, the ledger and compliance read across the whole workspace when they open (seconds
    // with a million decisions), so each is made when first shown, not at the window's start.
    addLazyPage(QStringLiteral("evidence"), tr("Evidence"), [this, &workspace]() -> QWidget * {
        m_evidence = new EvidenceView(workspace, this);
        return m_evidence;
    });
    addLazyPage(QStringLiteral("ledger"), tr("Ledger"), [this, &workspace]() -> QWidget * {
        m_ledger = new LedgerView(workspace, this);
        if (m_actingUser)
            m_ledger->setActingUser(*m_actingUser);
        return m_ledger;
    });
    addLazyPage(QStringLiteral("compliance"), tr("Compliance"), [this, &workspace]() -> QWidget * {
        m_compliance = new ComplianceView(workspace, this);
        if (m_actingUser)
            m_compliance->setActingUser(*m_actingUser);
        return m_compliance;
    });
    m_audit = new AuditPacketsView(workspace, this);
    addPage(QStringLiteral("audit"), tr("Audit packets"), m_audit);
    m_admin = new AdministrationView(workspace, this);
    addPage(QStringLiteral("admin"), tr("Administration"), m_admin);
    m_settingsView = new SettingsView(workspace, *m_listener, *settings, this);
    addPage(QStringLiteral("settings"), tr("Settings"), m_settingsView);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({m_nav->maximumWidth(), width() - m_nav->maximumWidth()}); // no gap beside the navigation
    setCentralWidget(splitter);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (auto make = m_lazyPages.take(row)) {
            QWidget *placeholder = m_pages->widget(row);
            m_pages->insertWidget(row, make());
            m_pages->removeWidget(placeholder);
            placeholder->deleteLater();
        }
        m_pages->setCurrentIndex(row);
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_decisions->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("&Reload"), this, [this] {
        m_decisions->reload();
        m_queue->refresh();
        refreshStatus();
    });
    reload->setShortcut(QKeySequence::Refresh);
    for (int i = 0; i < m_viewNames.size(); ++i) {
        QAction *go = view->addAction(m_nav->item(i)->text(), this, [this, i] { m_nav->setCurrentRow(i); });
        // Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth view.
        if (i < 10)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(i < 9 ? Qt::Key_1 + i : Qt::Key_0)));
    }

    QMenu *escalation = menuBar()->addMenu(tr("&Escalation"));
    escalation->addActions(m_queue->queueActions());
    // The queue's shortcuts work while it has the focus; choosing one from the menu shows the queue.
    connect(escalation, &QMenu::aboutToShow, this, [this] { showView(QStringLiteral("queue")); });

    QMenu *decision = menuBar()->addMenu(tr("&Decision"));
    decision->addAction(m_decisions->overrideAction());
    connect(decision, &QMenu::aboutToShow, this, [this] { showView(QStringLiteral("decisions")); });
    connect(m_decisions, &DecisionLogView::decisionOverridden, this, &MainWindow::refreshStatus);
    connect(m_policy, &PolicyView::policyActivated, this, &MainWindow::refreshStatus);

    QMenu *listener = menuBar()->addMenu(tr("&Listener"));
    QAction *start = listener->addAction(tr("&Start"), this, [this] {
        if (const QString why = m_listener->start(); !why.isEmpty())
            QMessageBox::warning(this, tr("Listener"), tr("The listener cannot start: %1").arg(why));
    });
    QAction *stop = listener->addAction(tr("S&top"), m_listener, &ListenerController::stop);
    listener->addSeparator();
    listener->addAction(tr("S&ettings…"), this, [this] {
        ListenerSettingsDialog dialog(*m_listener, this);
        dialog.exec();
    });
    auto updateActions = [this, start, stop] {
        start->setEnabled(!m_listener->isRunning());
        stop->setEnabled(m_listener->isRunning());
    };
    connect(m_listener, &ListenerController::stateChanged, this, updateActions);
    updateActions();

    m_session = new SessionController(workspace.clock(), AuthSettings(workspace.database()).idleLockMs(), this);
    m_account = new AccountActions(workspace, *m_session, this);
    m_oidc = new OidcSignInButtons(workspace, this);
    menuBar()->addMenu(m_account->menu());
    connect(m_session, &SessionController::locked, this, [this] {
        const auto user = m_session->guard().principal();
        promptSignIn(user ? user->name() : QString());
    });
    connect(m_session, &SessionController::signedOut, this, [this] {
        m_userStatus->setText(tr("Nobody signed in (read-only)"));
        promptSignIn(QString());
    });

    m_listenerStatus = new ListenerStatusWidget(*m_listener, this);
    connect(m_listenerStatus, &ListenerStatusWidget::startFailed, this, [this](const QString &why) {
        QMessageBox::warning(this, tr("Listener"), tr("The listener cannot start: %1").arg(why));
    });
    statusBar()->addPermanentWidget(m_listenerStatus);
    m_slaStatus = new QLabel(this);
    m_slaStatus->setAccessibleName(tr("Escalations and SLA"));
    statusBar()->addPermanentWidget(m_slaStatus);
    m_userStatus = new QLabel(tr("Nobody signed in (read-only)"), this);
    m_userStatus->setAccessibleName(tr("Signed-in user"));
    statusBar()->addPermanentWidget(m_userStatus);
    m_ledgerStatus = new QLabel(this);
    m_ledgerStatus->setAccessibleName(tr("Ledger and last checkpoint"));
    statusBar()->addPermanentWidget(m_ledgerStatus);
    // New critical escalations and SLA events reach the officer even when the window is hidden.
    m_notifier = new QueueNotifier(workspace.escalations(), workspace.slaMonitor(), workspace.clock(), this);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/queue/icons/sla-warning.svg")), this);
        tray->setToolTip(tr("Lexecon Workstation"));
        connect(tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            activateWindow();
            showView(QStringLiteral("queue"));
        });
        tray->show();
        m_notifier->setTrayIcon(tray);
    }
    connect(m_notifier, &QueueNotifier::notified, this, [this](const QString &title, const QString &message) {
        statusBar()->showMessage(tr("%1: %2").arg(title, message), 15000);
    });

    m_nav->setCurrentRow(0);
    refreshStatus();

    // Decisions made elsewhere (the CLI, another desk) appear without a manual reload.
    auto *poll = new QTimer(this);
    poll->setInterval(5000);
    connect(poll, &QTimer::timeout, this, &MainWindow::refreshStatus);
    poll->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreListener()
{
    if (const QString why = m_listener->restore(); !why.isEmpty())
        statusBar()->showMessage(tr("The listener was on when this desk closed but cannot start: %1").arg(why));
}

void MainWindow::setActingUser(const Principal &user)
{
    m_userStatus->setText(tr("Signed in as %1 (%2)").arg(user.name(), Roles::name(user.role())));
    m_queue->setActingUser(user);
    m_decisions->setActingUser(user);
    if (m_ledger)
        m_ledger->setActingUser(user);
    m_admin->setActingUser(user);
    m_policy->setActingUser(user);
    m_actingUser = user;
    if (m_compliance)
        m_compliance->setActingUser(user);
    m_audit->setActingUser(user);
    m_settingsView->setActingUser(user);
    // The workspace's idle time as it is now (the Settings screen may have changed it).
    m_session->guard().setIdleTimeoutMs(AuthSettings(m_workspace.database()).idleLockMs());
    m_session->begin(user);
    m_account->updateState();
    centralWidget()->show();
}

void MainWindow::promptSignIn(const QString &fixedUser)
{
    // Nothing of the open work is closed; it is only out of sight until the sign-in succeeds.
    centralWidget()->hide();
    auto *dialog = new SignInDialog(m_workspace.auth(), m_workspace.mfa(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!fixedUser.isEmpty())
        dialog->setFixedUser(fixedUser);
    else
        m_oidc->attach(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fixedUser] {
        const Principal user = *dialog->principal();
        if (!fixedUser.isEmpty()) {
            if (auto unlocked = m_session->unlock(user); !unlocked) {
                QMessageBox::warning(this, tr("Workstation locked"), unlocked.error().message);
                m_session->signOut();
                return;
            }
            centralWidget()->show();
            return;
        }
        setActingUser(user);
    });
    connect(dialog, &QDialog::rejected, this, [this, fixedUser] {
        if (!fixedUser.isEmpty())
            m_session->signOut();
        else
            close();
    });
    dialog->open();
}

void MainWindow::addLazyPage(const QString &name, const QString &title, std::function<QWidget *()> make)
{
    addPage(name, title, new QWidget(this));
    m_lazyPages.insert(int(m_viewNames.size()) - 1, std::move(make));
}

void MainWindow::addPage(const QString &name, const QString &title, QWidget *page)
{
    m_viewNames << name;
    m_nav->addItem(title);
    m_pages->addWidget(page);
}

bool MainWindow::showView(const QString &name)
{
    const qsizetype at = m_viewNames.indexOf(name);
    if (at < 0)
        return false;
    m_nav->setCurrentRow(int(at));
    return true;
}

QStringList MainWindow::viewNames() const
{
    return m_viewNames;
}

bool MainWindow::isViewLoading() const
{
    const QWidget *page = m_pages->currentWidget();
    return page && page->property("loading").toBool();
}

void MainWindow::refreshStatus()
{
    if (auto counts = m_workspace.escalations().counts()) {
        m_slaStatus->setText(tr("Escalations: %1 open, %2 warning, %3 breached")
                                 .arg(counts->open)
                                 .arg(counts->warning)
                                 .arg(counts->breached));
        m_notifier->observeCounts(*counts);
    }
    LedgerStore ledger(m_workspace.database());
    const auto size = ledger.size();
    const qint64 entries = size ? *size : 0;
    QString text = tr("Node %1 · ledger %n entries", nullptr, int(entries)).arg(m_workspace.nodeId());
    // The last signed checkpoint: what an auditor's proofs are checked against.
    if (auto checkpoint = m_workspace.checkpoints().latest(); checkpoint && *checkpoint)
        text += tr(" · checkpoint at %1 (%2)").arg((*checkpoint)->treeSize).arg((*checkpoint)->createdAt.left(16));
    else
        text += tr(" · no checkpoint yet");
    if (text != m_ledgerStatus->text()) {
        // Every change (a decision, a claim, an SLA record by another process) is a ledger entry.
        if (!m_ledgerStatus->text().isEmpty()) {
            m_decisions->reload();
            m_queue->refresh();
        }
        m_ledgerStatus->setText(text);
    }
}

} // namespace Lexecon::Ui
