#include "ResolveDialog.h"

#include "escalation/EscalationQueueModel.h"
#include "escalation/EscalationService.h"
#include "widgets/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lexecon::Ui {

ResolveDialog::ResolveDialog(const Escalation &escalation, const QString &outcome, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_outcome(outcome)
    , m_submit(std::move(submit))
{
    setWindowTitle(actionTitle(outcome));

    auto *what = new QLabel(this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    what->setText(tr("%1 escalation %2 (%3 priority): %4")
                      .arg(actionTitle(outcome), escalation.escalationId,
                           EscalationQueueModel::priorityName(escalation.priority), escalation.summary));

    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why: what you checked and what it showed (at least %n characters).", nullptr,
                                    EscalationService::kMinReasonLength));
    m_reason->setTabChangesFocus(true); // Tab reaches the buttons: the dialog works without a mouse
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Reason length"));
    m_error = new ErrorLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(actionTitle(outcome));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResolveDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ResolveDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ResolveDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, 320);
    m_reason->setFocus();
    updateState();
}

QPushButton *ResolveDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ResolveDialog::errorText() const
{
    return m_error->text();
}

QString ResolveDialog::actionTitle(const QString &outcome)
{
    if (outcome == Escalation::approved())
        return tr("Approve");
    if (outcome == Escalation::denied())
        return tr("Deny");
    if (outcome == Escalation::deferred())
        return tr("Defer");
    if (outcome == Escalation::escalatedUp())
        return tr("Escalate up");
    return outcome;
}

void ResolveDialog::updateState()
{
    const int length = int(m_reason->toPlainText().trimmed().size());
    const int needed = EscalationService::kMinReasonLength;
    m_count->setText(length < needed ? tr("%1 characters; at least %2 needed.").arg(length).arg(needed)
                                     : tr("%1 characters.").arg(length));
    okButton()->setEnabled(length >= needed);
}

void ResolveDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    auto done = m_submit(m_reason->toPlainText());
    if (!done) {
        m_error->showError(tr("The escalation was not changed: %1").arg(done.error().message));
        return;
    }
    m_result = *done;
    QDialog::accept();
}

} // namespace Lexecon::Ui
