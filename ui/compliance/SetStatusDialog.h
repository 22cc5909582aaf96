#pragma once

#include "auth/Principal.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Lexecon {
class ComplianceService;
}

namespace Lexecon::Ui {

class ErrorLabel;

// "Set status…": an officer records a control's status by hand with a mandatory justification
// (at least ControlStatusService::kMinJustificationLength characters, counted live). The core
// checks the permission and the text; whatever it refuses is shown in a sentence and the dialog
// stays open.
class SetStatusDialog : public QDialog
{
    Q_OBJECT
public:
    SetStatusDialog(ComplianceService &compliance, const Principal &user, const QString &framework,
                    const QString &controlId, const QString &controlTitle, QWidget *parent = nullptr);

    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *justificationEdit() const { return m_justification; }
    ErrorLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    // Sends the status to the core; closes on success.
    void submit();

private:
    void updateCount();

    ComplianceService &m_compliance;
    Principal m_user;
    QString m_framework;
    QString m_controlId;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QLabel *m_count = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lexecon::Ui
