#include "MfaEnrolDialog.h"

#include "QrCodeImage.h"
#include "widgets/ErrorLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Lexecon::Ui {

MfaEnrolDialog::MfaEnrolDialog(MfaService &mfa, const QString &userName, const MfaEnrolment &enrolment, QWidget *parent)
    : QDialog(parent)
    , m_mfa(mfa)
    , m_userName(userName)
    , m_codes(enrolment.backupCodes)
{
    setWindowTitle(tr("Set up two-factor sign-in for %1").arg(userName));

    auto *steps = new QLabel(tr("1. Scan this code with an authenticator app (Google Authenticator, Authy, ...), "
                                "or type the key below into it.\n"
                                "2. Keep the backup codes somewhere safe: each opens one sign-in without the app.\n"
                                "3. Enter the code the app shows now to turn two-factor sign-in on."),
                             this);
    steps->setWordWrap(true);

    m_qr = new QLabel(this);
    m_qr->setAccessibleName(tr("QR code for the authenticator app"));
    const QImage image = QrCodeImage::render(enrolment.otpauthUri, 5);
    QPixmap pixmap = QPixmap::fromImage(image);
    m_qr->setPixmap(pixmap);
    m_qr->setAlignment(Qt::AlignCenter);

    auto *secret = new QLineEdit(groupedSecret(enrolment.secretBase32), this);
    secret->setReadOnly(true);
    secret->setAccessibleName(tr("Key for typing in by hand"));

    m_backupCodes = new QPlainTextEdit(m_codes.join(QLatin1Char('\n')), this);
    m_backupCodes->setReadOnly(true);
    m_backupCodes->setAccessibleName(tr("Backup codes"));
    m_backupCodes->setMaximumHeight(m_backupCodes->fontMetrics().lineSpacing() * 11);
    auto *copy = new QPushButton(tr("C&opy codes"), this);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_codes.join(QLatin1Char('\n'))); });
    auto *save = new QPushButton(tr("Sa&ve codes…"), this);
    connect(save, &QPushButton::clicked, this, &MfaEnrolDialog::saveBackupCodes);
    auto *codesBox = new QGroupBox(tr("Backup codes (shown only now)"), this);
    auto *codesLayout = new QVBoxLayout(codesBox);
    codesLayout->addWidget(m_backupCodes);
    auto *codeButtons = new QHBoxLayout;
    codeButtons->addWidget(copy);
    codeButtons->addWidget(save);
    codeButtons->addStretch();
    codesLayout->addLayout(codeButtons);

    m_code = new QLineEdit(this);
    m_code->setAccessibleName(tr("Code from the authenticator app"));
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_code));
    m_code->setPlaceholderText(tr("6 digits"));
    m_error = new ErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), secret);
    form->addRow(tr("&Code now shown:"), m_code);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    confirmButton()->setText(tr("&Turn on"));
    confirmButton()->setEnabled(false);
    connect(m_code, &QLineEdit::textChanged, this,
            [this](const QString &text) { confirmButton()->setEnabled(text.size() == 6); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MfaEnrolDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MfaEnrolDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(steps);
    layout->addWidget(m_qr);
    layout->addLayout(form);
    layout->addWidget(codesBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_code->setFocus();
}

QPushButton *MfaEnrolDialog::confirmButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString MfaEnrolDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString MfaEnrolDialog::groupedSecret(const QString &base32)
{
    QStringList groups;
    for (qsizetype i = 0; i < base32.size(); i += 4)
        groups << base32.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

void MfaEnrolDialog::accept()
{
    m_error->clearError();
    if (auto confirmed = m_mfa.confirmEnrolment(m_userName, m_code->text()); !confirmed) {
        m_error->showError(confirmed.error().message);
        m_code->selectAll();
        return;
    }
    QDialog::accept();
}

void MfaEnrolDialog::saveBackupCodes()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save backup codes"),
                                                      QStringLiteral("lexecon-backup-codes-%1.txt").arg(m_userName),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
        file.write((m_codes.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0) {
        m_error->showError(tr("The backup codes could not be saved to %1: %2").arg(path, file.errorString()));
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace Lexecon::Ui
