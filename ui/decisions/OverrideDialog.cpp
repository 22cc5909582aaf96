#include "OverrideDialog.h"

#include "common/Clock.h"
#include "decision/DecisionService.h"
#include "override/OverrideService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Lexecon::Ui {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

QString outcomeWord(const QString &outcome)
{
    if (outcome == QLatin1String("approved"))
        return OverrideDialog::tr("approved");
    if (outcome == QLatin1String("denied"))
        return OverrideDialog::tr("denied");
    if (outcome == QLatin1String("pending") || outcome == QLatin1String("escalated"))
        return OverrideDialog::tr("pending review");
    return outcome;
}

} // namespace

OverrideDialog::OverrideDialog(Workspace &workspace, const QString &decisionId, const Principal &by, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_decisionId(decisionId)
    , m_by(by)
{
    setWindowTitle(tr("Override decision %1").arg(decisionId));
    if (auto record = workspace.decisions().get(decisionId)) {
        m_currentOutcome = workspace.decisions().effectiveOutcome(*record);
        m_hasToken = !record->capabilityToken.isEmpty();
    }

    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Override type"));
    fillTypes();

    m_scope = new QComboBox(this);
    m_scope->setAccessibleName(tr("Override scope"));
    m_scope->addItem(tr("This decision only"), Overrides::scopeName(OverrideScope::SingleDecision));
    m_scope->addItem(tr("Multiple decisions"), Overrides::scopeName(OverrideScope::MultipleDecisions));
    m_scope->addItem(tr("Permanent policy change"), Overrides::scopeName(OverrideScope::PermanentPolicyChange));

    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("New outcome"));
    m_outcome->addItem(tr("Approved"), QStringLiteral("approved"));
    m_outcome->addItem(tr("Denied"), QStringLiteral("denied"));
    // The opposite of what holds now: that is what an override is for.
    m_outcome->setCurrentIndex(m_currentOutcome == QLatin1String("approved") ? 1 : 0);

    m_justification = new QPlainTextEdit(this);
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setPlaceholderText(
        tr("Why this decision must change, in at least %1 characters").arg(OverrideService::MinJustificationLength));
    m_justification->setTabChangesFocus(true); // keyboard users leave the field with Tab
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Justification length"));

    m_expires = new QCheckBox(tr("E&xpires"), this);
    m_expiry = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(workspace.clock().nowMs() + kDayMs), this);
    m_expiry->setAccessibleName(tr("Expiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiry->setEnabled(false);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Summary of the change"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setAccessibleName(tr("Refusal"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Decision:"), new QLabel(tr("%1 (now %2)").arg(decisionId, outcomeWord(m_currentOutcome)), this));
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("&New outcome:"), m_outcome);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(QString(), m_count);
    form->addRow(tr("Expiry:"), expiryRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Override"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OverrideDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QComboBox *box : {m_type, m_scope, m_outcome})
        connect(box, &QComboBox::currentIndexChanged, this, &OverrideDialog::updateState);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateState);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_expires, &QCheckBox::toggled, this, &OverrideDialog::updateState);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &OverrideDialog::updateState);
    updateState();
    m_justification->setFocus();
}

QString OverrideDialog::typeTitle(OverrideType type)
{
    switch (type) {
    case OverrideType::PolicyException: return tr("Policy exception");
    case OverrideType::TechnicalEmergency: return tr("Technical emergency");
    case OverrideType::BusinessException: return tr("Business exception");
    case OverrideType::HumanReview: return tr("Human review");
    case OverrideType::ExecutiveOverride: return tr("Executive override");
    case OverrideType::EmergencyBypass: return tr("Emergency bypass");
    }
    return Overrides::typeName(type);
}

void OverrideDialog::fillTypes()
{
    // Every type is listed; those the user may not use are disabled and say why in the core's words.
    auto *model = qobject_cast<QStandardItemModel *>(m_type->model());
    int firstAllowed = -1;
    for (OverrideType type : Overrides::types()) {
        m_type->addItem(typeTitle(type), Overrides::typeName(type));
        const int row = m_type->count() - 1;
        if (auto allowed = m_by.require(Overrides::requiredPermission(type)); !allowed) {
            model->item(row)->setEnabled(false);
            m_type->setItemData(row, allowed.error().message, Qt::ToolTipRole);
        } else if (firstAllowed < 0) {
            firstAllowed = row;
        }
    }
    m_type->setCurrentIndex(std::max(0, firstAllowed));
}

void OverrideDialog::updateState()
{
    const qsizetype length = m_justification->toPlainText().trimmed().size();
    const qsizetype missing = OverrideService::MinJustificationLength - length;
    if (missing > 0)
        m_count->setText(tr("%1 characters; %2 more needed (at least %3).")
                             .arg(length)
                             .arg(missing)
                             .arg(OverrideService::MinJustificationLength));
    else if (length > OverrideService::MaxJustificationLength)
        m_count->setText(
            tr("%1 characters; at most %2 are accepted.").arg(length).arg(OverrideService::MaxJustificationLength));
    else
        m_count->setText(tr("%1 characters.").arg(length));
    // Checked again by the core on OK: time passes while the dialog is open.
    const bool expiryPast =
        m_expires->isChecked() && m_expiry->dateTime().toMSecsSinceEpoch() <= m_workspace.clock().nowMs();
    m_ok->setEnabled(missing <= 0 && length <= OverrideService::MaxJustificationLength && !expiryPast);
    QString summary = summaryText();
    if (expiryPast)
        summary += QLatin1Char('\n') + tr("The expiry is in the past; choose a later time or clear Expires.");
    m_summary->setText(summary);
}

QString OverrideDialog::summaryText() const
{
    const QString next = m_outcome->currentData().toString();
    QStringList lines;
    lines << tr("Final outcome: %1 → %2.").arg(outcomeWord(m_currentOutcome), outcomeWord(next));
    if (next == QLatin1String("approved") && !m_hasToken)
        lines << tr("A capability token will be issued.");
    if (m_expires->isChecked())
        lines << tr("Expires %1; then the outcome falls back to %2.")
                     .arg(QLocale().toString(m_expiry->dateTime(), QLocale::ShortFormat),
                          outcomeWord(m_currentOutcome));
    else
        lines << tr("Does not expire.");
    lines << tr("Recorded in the ledger as %1, who takes responsibility for it.").arg(m_by.ledgerActor());
    return lines.join(QLatin1Char('\n'));
}

void OverrideDialog::accept()
{
    const auto type = Overrides::typeFromName(m_type->currentData().toString());
    const auto scope = Overrides::scopeFromName(m_scope->currentData().toString());
    std::optional<qint64> expiresAt;
    if (m_expires->isChecked())
        expiresAt = m_expiry->dateTime().toMSecsSinceEpoch();
    auto made = m_workspace.overrides().create(
        m_decisionId, type.value_or(OverrideType::HumanReview), scope.value_or(OverrideScope::SingleDecision),
        m_justification->toPlainText(), m_outcome->currentData().toString(), expiresAt, m_by);
    if (!made) {
        // The core's own sentence: it names who lacks which permission or which field to fix.
        m_error->setText(made.error().message);
        m_error->show();
        return;
    }
    m_created = *made;
    QDialog::accept();
}

} // namespace Lexecon::Ui
