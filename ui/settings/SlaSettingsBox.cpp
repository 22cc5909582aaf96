#include "SlaSettingsBox.h"

#include "escalation/EscalationService.h"
#include "escalation/SlaPolicy.h"
#include "risk/RiskLevel.h"
#include "widgets/PermissionNotice.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace Lexecon::Ui {

const QString SlaSettingsBox::SettingKey = QStringLiteral("sla");

SlaSettingsBox::SlaSettingsBox(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Escalation SLA"), parent)
    , m_workspace(workspace)
{
    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("Priority"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Time to resolve"), this), 0, 1);
    grid->addWidget(new QLabel(tr("When breached"), this), 0, 2);
    QStringList priorities = RiskLevel::all();
    std::reverse(priorities.begin(), priorities.end()); // critical first, as the queue sorts
    int row = 1;
    for (const QString &priority : std::as_const(priorities)) {
        auto *label = new QLabel(priority, this);
        auto *hours = new QSpinBox(this);
        hours->setRange(1, 24 * 365);
        hours->setSuffix(tr(" h"));
        hours->setAccessibleName(tr("SLA hours for %1 escalations").arg(priority));
        label->setBuddy(hours);
        auto *action = new QComboBox(this);
        action->setAccessibleName(tr("Breach action for %1 escalations").arg(priority));
        action->addItem(tr("Notify the reviewers"), SlaPolicy::actionName(BreachAction::Notify));
        action->addItem(tr("Escalate up"), SlaPolicy::actionName(BreachAction::EscalateUp));
        action->addItem(tr("Deny automatically"), SlaPolicy::actionName(BreachAction::AutoDeny));
        grid->addWidget(label, row, 0);
        grid->addWidget(hours, row, 1);
        grid->addWidget(action, row, 2);
        m_hours.insert(priority, hours);
        m_actions.insert(priority, action);
        ++row;
    }
    m_warning = new QSpinBox(this);
    m_warning->setRange(0, 24 * 60);
    m_warning->setSuffix(tr(" min before the deadline"));
    m_warning->setAccessibleName(tr("SLA warning lead time in minutes"));
    auto *warningLabel = new QLabel(tr("&Warn"), this);
    warningLabel->setBuddy(m_warning);
    grid->addWidget(warningLabel, row, 0);
    grid->addWidget(m_warning, row, 1, 1, 2);
    ++row;
    auto *note = new QLabel(
        tr("A breached SLA never approves. New escalations get these deadlines; open ones keep theirs."), this);
    note->setWordWrap(true);
    grid->addWidget(note, row++, 0, 1, 4);
    m_save = new QPushButton(tr("Save S&LA settings"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("SLA settings message"));
    grid->addWidget(m_save, row, 0);
    grid->addWidget(m_message, row, 1, 1, 3);
    grid->setColumnStretch(3, 1); // controls keep their natural width

    connect(m_save, &QPushButton::clicked, this, &SlaSettingsBox::save);
    load();
    setActingUser(std::nullopt);
}

void SlaSettingsBox::setActingUser(const std::optional<Principal> &user)
{
    m_user = user;
    const QString refusal = PermissionNotice::refusal(m_user, Permission::ManageSettings, tr("change the SLA"));
    m_save->setEnabled(refusal.isEmpty());
    m_save->setToolTip(refusal);
}

void SlaSettingsBox::load()
{
    // The stored setting when there is one (it is what the next start applies), else what runs now.
    SlaPolicy policy = m_workspace.escalations().slaPolicy();
    const QString stored = m_workspace.settings().value(SettingKey);
    if (!stored.isEmpty()) {
        if (auto parsed = SlaPolicy::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object()))
            policy = *parsed;
    }
    for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it) {
        it.value()->setValue(int(policy.durationMs(it.key()) / (3600 * 1000)));
        QComboBox *action = m_actions.value(it.key());
        action->setCurrentIndex(action->findData(SlaPolicy::actionName(policy.breachAction(it.key()))));
    }
    m_warning->setValue(int(policy.warningMs() / (60 * 1000)));
}

bool SlaSettingsBox::save()
{
    if (const QString why = PermissionNotice::refusal(m_user, Permission::ManageSettings, tr("change the SLA"));
        !why.isEmpty()) {
        m_message->setText(tr("⚠ Not saved: %1").arg(why));
        return false;
    }
    QJsonObject hours, actions;
    for (auto it = m_hours.cbegin(); it != m_hours.cend(); ++it) {
        hours.insert(it.key(), it.value()->value());
        actions.insert(it.key(), m_actions.value(it.key())->currentData().toString());
    }
    const QJsonObject json{{QStringLiteral("hours"), hours},
                           {QStringLiteral("warning_minutes"), m_warning->value()},
                           {QStringLiteral("breach_actions"), actions}};
    auto policy = SlaPolicy::fromJson(json);
    qint64 shortestMs = std::numeric_limits<qint64>::max();
    for (const QString &level : RiskLevel::all())
        shortestMs = policy ? std::min(shortestMs, policy->durationMs(level)) : shortestMs;
    if (policy && policy->warningMs() >= shortestMs)
        policy = Error::invalid(QStringLiteral("sla.warning_minutes"),
                                tr("the warning must come before the shortest SLA (%1 h) runs out; send fewer minutes")
                                    .arg(shortestMs / (3600 * 1000)));
    if (!policy) {
        m_message->setText(tr("⚠ Not saved: %1").arg(policy.error().message));
        return false;
    }
    const QString text = QString::fromUtf8(QJsonDocument(policy->toJson()).toJson(QJsonDocument::Compact));
    if (auto saved = m_workspace.settings().setValue(SettingKey, text, *m_user); !saved) {
        m_message->setText(tr("⚠ Not saved: %1").arg(saved.error().message));
        return false;
    }
    m_workspace.escalations().setSlaPolicy(*policy);
    m_message->setText(tr("Saved; new escalations get these deadlines."));
    return true;
}

QString SlaSettingsBox::messageText() const
{
    return m_message->text();
}

} // namespace Lexecon::Ui
