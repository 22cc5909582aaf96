#include "PolicyView.h"

#include "PolicyBrowser.h"
#include "PolicyDraftPane.h"
#include "PolicyFindingsList.h"
#include "PolicyVersionsPane.h"
#include "policy/PolicyAnalyzer.h"
#include "policy/PolicyService.h"
#include "widgets/PermissionNotice.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Lexecon::Ui {

PolicyView::PolicyView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_active = new QLabel(this);
    m_active->setWordWrap(true);
    m_active->setAccessibleName(tr("Active policy"));
    m_active->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Policy permissions notice"));

    m_browser = new PolicyBrowser(this);
    m_versions = new PolicyVersionsPane(workspace.policies(), this);
    m_findingsSummary = new QLabel(this);
    m_findingsSummary->setWordWrap(true);
    m_findings = new PolicyFindingsList(this);
    auto *check = new QWidget(this);
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_findingsSummary);
    checkLayout->addWidget(m_findings, 1);
    m_draft = new PolicyDraftPane(workspace, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Policy sections"));
    m_tabs->addTab(m_browser, tr("&Terms and relations"));
    m_tabs->addTab(m_versions, tr("&Versions"));
    m_tabs->addTab(check, tr("C&heck"));
    m_tabs->addTab(m_draft, tr("&Load and simulate"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_active);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);

    const auto onActivated = [this](int version) {
        reload();
        Q_EMIT policyActivated(version);
    };
    connect(m_versions, &PolicyVersionsPane::activated, this, onActivated);
    connect(m_draft, &PolicyDraftPane::activated, this, onActivated);
    // Another desk or the CLI may activate a version: follow it when the service notices.
    connect(&workspace.policies(), &PolicyService::activated, this, [this] { reload(); });
    reload();
    updateNotice();
}

void PolicyView::setActingUser(const Principal &user)
{
    m_user = user;
    m_versions->setActingUser(m_user);
    m_draft->setActingUser(m_user);
    updateNotice();
}

void PolicyView::reload()
{
    PolicyService &policies = m_workspace.policies();
    const auto info = policies.activeInfo();
    m_versions->reload();
    if (!info) {
        m_active->setText(tr("No policy is active: every decision is denied until one is loaded. "
                             "Use Load and simulate to load one."));
        m_browser->clearPolicy(tr("No policy is active."));
        m_findings->setFindings({});
        m_findingsSummary->setText(tr("No policy is active."));
        return;
    }
    m_active->setText(tr("Active policy: %1, version %2 (mode %3), %4 terms and %5 relations; SHA-256 %6…")
                          .arg(info->name)
                          .arg(info->version)
                          .arg(info->mode)
                          .arg(info->termCount)
                          .arg(info->relationCount)
                          .arg(info->hash.left(16)));
    auto policy = policies.content(info->version);
    if (!policy) {
        m_browser->clearPolicy(tr("The active policy cannot be read: %1").arg(policy.error().message));
        return;
    }
    m_browser->setPolicy(*policy);
    m_findings->setFindings(PolicyAnalyzer::check(*policy));
    m_findingsSummary->setText(tr("Findings of the active policy: %1").arg(m_findings->summary()));
}

void PolicyView::updateNotice()
{
    const QString why = PermissionNotice::refusal(m_user, Permission::ManagePolicies, tr("activate a policy"));
    m_notice->setText(why.isEmpty() ? QString() : tr("Read-only: %1").arg(why));
    m_notice->setVisible(!why.isEmpty());
}

QString PolicyView::activeText() const
{
    return m_active->text();
}

QString PolicyView::noticeText() const
{
    return m_notice->text();
}

} // namespace Lexecon::Ui
