#pragma once

#include "auth/Principal.h"
#include "override/Override.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Lexecon {
class Workspace;
} // namespace Lexecon

namespace Lexecon::Ui {

// Overrides one decision's outcome on the acting user's authority: type, scope, new outcome, a
// justification of at least OverrideService::MinJustificationLength characters and an optional
// expiry, with a live summary of what will change. OK calls OverrideService::create; a refusal
// is shown in the core's words and the dialog stays open so the user can correct it.
class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(Workspace &workspace, const QString &decisionId, const Principal &by, QWidget *parent = nullptr);

    QComboBox *typeBox() const { return m_type; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QPlainTextEdit *justificationEdit() const { return m_justification; }
    QLabel *countLabel() const { return m_count; }
    QCheckBox *expiryCheck() const { return m_expires; }
    QDateTimeEdit *expiryEdit() const { return m_expiry; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const { return m_ok; }

    // The override made, once OK succeeded.
    std::optional<Override> created() const { return m_created; }

public Q_SLOTS:
    void accept() override;

private:
    void fillTypes();
    void updateState();
    QString summaryText() const;
    static QString typeTitle(OverrideType type);

    Workspace &m_workspace;
    QString m_decisionId;
    Principal m_by;
    QString m_currentOutcome; // the outcome in effect when the dialog opened
    bool m_hasToken = false;
    std::optional<Override> m_created;

    QComboBox *m_type = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_expires = nullptr;
    QDateTimeEdit *m_expiry = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Lexecon::Ui
