#pragma once

#include "auth/Principal.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace Lexecon {
class Workspace;
}

namespace Lexecon::Ui {

class PolicyBrowser;
class PolicyDraftPane;
class PolicyFindingsList;
class PolicyVersionsPane;

// The policy screen: the active policy's terms and relations, its `policy check` findings, every
// stored version with diffs and roll back, and loading a new file with its what-if simulation
// before activation. Activating needs manage_policies; the view says so when the user lacks it.
class PolicyView : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyView(Workspace &workspace, QWidget *parent = nullptr);

    void setActingUser(const Principal &user);
    std::optional<Principal> actingUser() const { return m_user; }

    QTabWidget *tabs() const { return m_tabs; }
    PolicyBrowser *browser() const { return m_browser; }
    PolicyVersionsPane *versions() const { return m_versions; }
    PolicyFindingsList *activeFindings() const { return m_findings; }
    PolicyDraftPane *draft() const { return m_draft; }
    QString activeText() const;
    // Why activation is unavailable (no user, missing permission); empty when the user may activate.
    QString noticeText() const;

public Q_SLOTS:
    // Re-reads the active policy and the versions (after an activation here or elsewhere).
    void reload();

Q_SIGNALS:
    // A version became active through this view.
    void policyActivated(int version);

private:
    void updateNotice();

    Workspace &m_workspace;
    std::optional<Principal> m_user;
    QLabel *m_active = nullptr;
    QLabel *m_notice = nullptr;
    QTabWidget *m_tabs = nullptr;
    PolicyBrowser *m_browser = nullptr;
    PolicyVersionsPane *m_versions = nullptr;
    QLabel *m_findingsSummary = nullptr;
    PolicyFindingsList *m_findings = nullptr;
    PolicyDraftPane *m_draft = nullptr;
};

} // namespace Lexecon::Ui
