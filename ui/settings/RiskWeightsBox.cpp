#include "RiskWeightsBox.h"

#include "risk/RiskScorer.h"
#include "risk/RiskWeights.h"
#include "widgets/PermissionNotice.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace Lexecon::Ui {

const QString RiskWeightsBox::SettingKey = QStringLiteral("risk_weights");

RiskWeightsBox::RiskWeightsBox(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Risk weights"), parent)
    , m_workspace(workspace)
{
    auto *grid = new QGridLayout(this);
    int row = 0;
    for (const QString &dimension : RiskWeights::dimensions()) {
        auto *weight = new QSpinBox(this);
        weight->setRange(0, 100);
        weight->setSuffix(tr(" %"));
        weight->setAccessibleName(tr("Weight of the %1 dimension").arg(dimension));
        auto *label = new QLabel(dimension, this);
        label->setBuddy(weight);
        grid->addWidget(label, row / 2, (row % 2) * 2);
        grid->addWidget(weight, row / 2, (row % 2) * 2 + 1);
        m_weights.insert(dimension, weight);
        connect(weight, &QSpinBox::valueChanged, this, &RiskWeightsBox::updateSum);
        ++row;
    }
    const int next = (row + 1) / 2;
    m_sum = new QLabel(this);
    m_sum->setAccessibleName(tr("Sum of the risk weights"));
    grid->addWidget(m_sum, next, 0, 1, 5);
    auto *note = new QLabel(tr("Whole percent, summing to 100. The risk scorer takes saved weights at the next "
                               "start of the workstation or server."),
                            this);
    note->setWordWrap(true);
    grid->addWidget(note, next + 1, 0, 1, 5);
    m_save = new QPushButton(tr("Save risk &weights"), this);
    m_defaults = new QPushButton(tr("&Defaults"), this);
    m_defaults->setToolTip(tr("25, 20, 20, 15, 10, 10 (not saved until you save)"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Risk weights message"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_defaults);
    buttons->addWidget(m_message, 1);
    grid->addLayout(buttons, next + 2, 0, 1, 5);
    grid->setColumnStretch(4, 1); // spin boxes keep their natural width

    connect(m_save, &QPushButton::clicked, this, &RiskWeightsBox::save);
    connect(m_defaults, &QPushButton::clicked, this, &RiskWeightsBox::resetToDefaults);
    load();
    setActingUser(std::nullopt);
}

void RiskWeightsBox::setActingUser(const std::optional<Principal> &user)
{
    m_user = user;
    const QString refusal =
        PermissionNotice::refusal(m_user, Permission::ManageSettings, tr("change the risk weights"));
    m_save->setEnabled(refusal.isEmpty());
    m_save->setToolTip(refusal);
}

void RiskWeightsBox::load()
{
    RiskWeights weights = m_workspace.riskScorer().weights();
    const QString stored = m_workspace.settings().value(SettingKey);
    if (!stored.isEmpty()) {
        if (auto parsed = RiskWeights::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object()))
            weights = *parsed;
    }
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        it.value()->setValue(weights.weight(it.key()));
    updateSum();
}

void RiskWeightsBox::resetToDefaults()
{
    const RiskWeights defaults;
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        it.value()->setValue(defaults.weight(it.key()));
}

void RiskWeightsBox::updateSum()
{
    int sum = 0;
    for (const QSpinBox *weight : std::as_const(m_weights))
        sum += weight->value();
    // Words and a symbol, not colour: the sum rule is what the core enforces.
    m_sum->setText(sum == 100 ? tr("✔ Sum: 100 %") : tr("⚠ Sum: %1 % — the weights must sum to 100 %").arg(sum));
}

bool RiskWeightsBox::save()
{
    if (const QString why =
            PermissionNotice::refusal(m_user, Permission::ManageSettings, tr("change the risk weights"));
        !why.isEmpty()) {
        m_message->setText(tr("⚠ Not saved: %1").arg(why));
        return false;
    }
    QMap<QString, int> values;
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it)
        values.insert(it.key(), it.value()->value());
    auto weights = RiskWeights::fromMap(values);
    if (!weights) {
        m_message->setText(tr("⚠ Not saved: %1").arg(weights.error().message));
        return false;
    }
    const QString text = QString::fromUtf8(QJsonDocument(weights->toJson()).toJson(QJsonDocument::Compact));
    if (auto saved = m_workspace.settings().setValue(SettingKey, text, *m_user); !saved) {
        m_message->setText(tr("⚠ Not saved: %1").arg(saved.error().message));
        return false;
    }
    m_message->setText(tr("Saved; the risk scorer uses these weights from the next start."));
    return true;
}

QString RiskWeightsBox::messageText() const
{
    return m_message->text();
}

QString RiskWeightsBox::sumText() const
{
    return m_sum->text();
}

} // namespace Lexecon::Ui
