#pragma once

#include "auth/MfaService.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Lexecon::Ui {

class ErrorLabel;

// Shows an enrolment exactly once (MfaService::beginEnrolment*): the otpauth:// URI as a QR
// code for the authenticator app, the secret for typing in by hand, and the 10 backup codes
// to copy or save. The user confirms with a first code (MfaService::confirmEnrolment); until
// then the enrolment stays pending and sign-in does not ask for codes.
class MfaEnrolDialog : public QDialog
{
    Q_OBJECT
public:
    MfaEnrolDialog(MfaService &mfa, const QString &userName, const MfaEnrolment &enrolment, QWidget *parent = nullptr);

    QLabel *qrLabel() const { return m_qr; }
    QLineEdit *codeEdit() const { return m_code; }
    QPlainTextEdit *backupCodesView() const { return m_backupCodes; }
    QPushButton *confirmButton() const;
    QString errorText() const;

    // The secret in groups of four ("ABCD EFGH ..."), easier to type from the screen.
    static QString groupedSecret(const QString &base32);

public Q_SLOTS:
    void accept() override;

private:
    void saveBackupCodes();

    MfaService &m_mfa;
    QString m_userName;
    QStringList m_codes;
    QLabel *m_qr = nullptr;
    QPlainTextEdit *m_backupCodes = nullptr;
    QLineEdit *m_code = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lexecon::Ui
