#include "SetStatusDialog.h"

#include "ControlsModel.h"
#include "widgets/ErrorLabel.h"

#include "compliance/ComplianceService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lexecon::Ui {

SetStatusDialog::SetStatusDialog(ComplianceService &compliance, const Principal &user, const QString &framework,
                                 const QString &controlId, const QString &controlTitle, QWidget *parent)
    : QDialog(parent)
    , m_compliance(compliance)
    , m_user(user)
    , m_framework(framework)
    , m_controlId(controlId)
{
    setWindowTitle(tr("Set status of %1").arg(controlId));
    auto *layout = new QVBoxLayout(this);
    const ComplianceFramework *known = compliance.catalog().framework(framework);
    auto *heading = new QLabel(tr("%1 %2: %3").arg(known ? known->name : framework, controlId, controlTitle), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_status = new QComboBox(this);
    for (ControlStatus s : ControlStatuses::all())
        m_status->addItem(ControlsModel::statusIcon(s), ControlsModel::statusText(s), ControlStatuses::name(s));
    m_status->setAccessibleName(tr("Status"));
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, m_status);

    m_justification = new QPlainTextEdit(this);
    m_justification->setTabChangesFocus(true);
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setPlaceholderText(tr("Why this status holds: the audit, test or document behind it."));
    auto *justLabel = new QLabel(tr("&Justification:"), this);
    justLabel->setBuddy(m_justification);
    form->addRow(justLabel, m_justification);
    m_count = new QLabel(this);
    form->addRow(QString(), m_count);
    layout->addLayout(form);

    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set status"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetStatusDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &SetStatusDialog::updateCount);
    updateCount();
    resize(480, 320);
}

void SetStatusDialog::updateCount()
{
    const int length = int(m_justification->toPlainText().trimmed().size());
    const int needed = ControlStatusService::kMinJustificationLength;
    m_count->setText(length < needed ? tr("%1 characters; at least %2 needed.").arg(length).arg(needed)
                                     : tr("%1 characters.").arg(length));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(length >= needed);
}

void SetStatusDialog::submit()
{
    const auto status = ControlStatuses::fromName(m_status->currentData().toString());
    auto set = m_compliance.setStatus(m_framework, m_controlId, status.value_or(ControlStatus::NotImplemented),
                                      m_justification->toPlainText().trimmed(), m_user);
    if (!set) {
        m_error->showError(set.error().message);
        return;
    }
    m_error->clearError();
    accept();
}

} // namespace Lexecon::Ui
