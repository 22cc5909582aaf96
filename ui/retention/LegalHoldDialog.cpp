#include "LegalHoldDialog.h"

#include "retention/LegalHoldStore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lexecon::Ui {

LegalHoldDialog::LegalHoldDialog(Mode mode, const QString &holdId, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_holdId(holdId)
{
    setWindowTitle(mode == Mode::Place ? tr("Place legal hold") : tr("Release legal hold %1").arg(holdId));
    auto *form = new QFormLayout;
    if (mode == Mode::Place) {
        m_scope = new QComboBox(this);
        m_scope->addItem(tr("One decision"), QStringLiteral("decision"));
        m_scope->addItem(tr("A data subject (request actor or context.subject_id)"), QStringLiteral("subject"));
        m_scope->addItem(tr("Decisions in a date range"), QStringLiteral("date_range"));
        m_scope->setAccessibleName(tr("Scope"));
        form->addRow(tr("&Scope:"), m_scope);
        m_target = new QLineEdit(this);
        m_target->setAccessibleName(tr("Decision id or subject"));
        m_targetLabel = new QLabel(tr("&Decision id:"), this);
        m_targetLabel->setBuddy(m_target);
        form->addRow(m_targetLabel, m_target);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_from = new QDateTimeEdit(now.addDays(-30), this);
        m_to = new QDateTimeEdit(now, this);
        for (QDateTimeEdit *edit : {m_from, m_to}) {
            edit->setTimeSpec(Qt::UTC);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
            edit->setCalendarPopup(true);
        }
        m_from->setAccessibleName(tr("From"));
        m_to->setAccessibleName(tr("To"));
        form->addRow(tr("&From:"), m_from);
        form->addRow(tr("&To:"), m_to);
        connect(m_scope, &QComboBox::currentIndexChanged, this, &LegalHoldDialog::updateState);
        connect(m_target, &QLineEdit::textChanged, this, &LegalHoldDialog::updateState);
    }
    m_reason = new QPlainTextEdit(this);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(mode == Mode::Place ? tr("The case, the authority or the investigation that requires "
                                                          "these records to be kept.")
                                                     : tr("Why the records may now follow their retention period."));
    form->addRow(tr("&Reason:"), m_reason);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Place ? tr("Place hold") : tr("Release hold"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &LegalHoldDialog::updateState);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    updateState();
}

LegalHold LegalHoldDialog::terms() const
{
    LegalHold h;
    h.reason = reason();
    if (m_mode != Mode::Place)
        return h;
    LegalHold::scopeFromName(m_scope->currentData().toString(), h.scope);
    if (h.scope == LegalHold::Scope::Decision)
        h.decisionId = m_target->text().trimmed();
    if (h.scope == LegalHold::Scope::Subject)
        h.subject = m_target->text().trimmed();
    if (h.scope == LegalHold::Scope::DateRange) {
        h.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        h.toMs = m_to->dateTime().toMSecsSinceEpoch();
    }
    return h;
}

QString LegalHoldDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool LegalHoldDialog::canAccept() const
{
    if (reason().size() < LegalHoldStore::MinReasonLength)
        return false;
    if (m_mode == Mode::Place && m_scope->currentData().toString() != QLatin1String("date_range"))
        return !m_target->text().trimmed().isEmpty();
    return true;
}

void LegalHoldDialog::updateState()
{
    if (m_mode == Mode::Place) {
        const QString scope = m_scope->currentData().toString();
        const bool range = scope == QLatin1String("date_range");
        m_target->setEnabled(!range);
        m_targetLabel->setText(scope == QLatin1String("subject") ? tr("&Subject:") : tr("&Decision id:"));
        m_from->setEnabled(range);
        m_to->setEnabled(range);
    }
    const int missing = LegalHoldStore::MinReasonLength - int(reason().size());
    if (missing > 0)
        m_hint->setText(tr("A reason is required: write at least %n more character(s).", nullptr, missing));
    else if (m_mode == Mode::Place && !canAccept())
        m_hint->setText(tr("Enter the decision id or the subject the hold covers."));
    else
        m_hint->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

} // namespace Lexecon::Ui
