#include "MainWindow.h"

#include "decisions/DecisionLogView.h"
#include "admin/ListenerController.h"
#include "admin/ListenerSettingsDialog.h"
#include "admin/ListenerStatusWidget.h"
#include "ledger/LedgerStore.h"
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
#include <QTimer>

namespace Lexecon::Ui {

MainWindow::MainWindow(Workspace &workspace, QSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace)
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

    m_decisions = new DecisionLogView(workspace.decisionStore(), this);
    addPage(QStringLiteral("decisions"), tr("Decisions"), m_decisions);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *reload = view->addAction(tr("&Reload"), this, [this] {
        m_decisions->reload();
        refreshStatus();
    });
    reload->setShortcut(QKeySequence::Refresh);
    for (int i = 0; i < m_viewNames.size(); ++i) {
        QAction *go = view->addAction(m_nav->item(i)->text(), this, [this, i] { m_nav->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

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

    m_listenerStatus = new ListenerStatusWidget(*m_listener, this);
    connect(m_listenerStatus, &ListenerStatusWidget::startFailed, this, [this](const QString &why) {
        QMessageBox::warning(this, tr("Listener"), tr("The listener cannot start: %1").arg(why));
    });
    statusBar()->addPermanentWidget(m_listenerStatus);
    m_ledgerStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_ledgerStatus);
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

void MainWindow::refreshStatus()
{
    LedgerStore ledger(m_workspace.database());
    const auto size = ledger.size();
    const qint64 entries = size ? *size : 0;
    const QString text = tr("Node %1 · ledger %n entries", nullptr, int(entries)).arg(m_workspace.nodeId());
    if (text != m_ledgerStatus->text()) {
        if (!m_ledgerStatus->text().isEmpty())
            m_decisions->reload();
        m_ledgerStatus->setText(text);
    }
}

} // namespace Lexecon::Ui
