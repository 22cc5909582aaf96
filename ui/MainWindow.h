#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

class DecisionLogView;

// The workstation's main window: navigation on the left, one page per screen, and a status
// bar with the workspace's node and ledger.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the named view (SPEC section 7 names: decisions, ...); false if unknown.
    bool showView(const QString &name);
    QStringList viewNames() const;

public Q_SLOTS:
    void refreshStatus();

private:
    void addPage(const QString &name, const QString &title, QWidget *page);

    Workspace &m_workspace;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStringList m_viewNames;
    DecisionLogView *m_decisions = nullptr;
    QLabel *m_ledgerStatus = nullptr;
};

} // namespace Lexecon::Ui
