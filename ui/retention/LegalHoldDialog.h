#pragma once

#include "retention/LegalHold.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Lexecon::Ui {

// Asks for a legal hold's terms (Place) or for the reason to lift one (Release). The reason is
// mandatory: OK stays disabled until it has LegalHoldStore::MinReasonLength characters, and the
// hint under it says why.
class LegalHoldDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Place, Release };

    explicit LegalHoldDialog(Mode mode, const QString &holdId = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString holdId() const { return m_holdId; }
    // The terms entered (Place), times in UTC.
    LegalHold terms() const;
    QString reason() const;

    // For tests and the view: the widgets by role.
    QComboBox *scopeBox() const { return m_scope; }
    QLineEdit *targetEdit() const { return m_target; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    bool canAccept() const;

private:
    void updateState();

    Mode m_mode;
    QString m_holdId;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_target = nullptr;
    QLabel *m_targetLabel = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lexecon::Ui
