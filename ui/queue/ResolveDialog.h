#pragma once

#include "common/Result.h"
#include "escalation/Escalation.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Lexecon::Ui {

class ErrorLabel;

// Asks for the reason of one resolution (approve, deny, defer, escalate up). OK stays disabled
// until the reason is long enough; on OK the dialog calls submit, and if the core refuses it
// shows the core's message and stays open, so nothing typed is lost.
class ResolveDialog : public QDialog
{
    Q_OBJECT
public:
    using Submit = std::function<Result<Escalation>(const QString &reason)>;

    ResolveDialog(const Escalation &escalation, const QString &outcome, Submit submit, QWidget *parent = nullptr);

    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const;
    // The core's last refusal, empty when there was none.
    QString errorText() const;
    // The escalation as the core returned it after an accepted resolution.
    const Escalation &result() const { return m_result; }

    static QString actionTitle(const QString &outcome);

public Q_SLOTS:
    void accept() override;

private:
    void updateState();

    QString m_outcome;
    Submit m_submit;
    Escalation m_result;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_count = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lexecon::Ui
