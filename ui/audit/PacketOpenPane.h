#pragma once

#include "audit/PacketVerification.h"
#include "common/Result.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

namespace Lexecon {
class PacketReader;
}

namespace Lexecon::Ui {

class BackgroundJob;
class PacketFilesModel;

// "Open packet…": an auditor checks a packet received from elsewhere with nothing but the packet
// (PacketVerifier, off the GUI thread), sees every check pass or fail with its reason (icon and
// words, never colour alone), may pin the signing key's fingerprint, and browses the files:
// text, JSON, CSV and Markdown as text, report.html rendered.
class PacketOpenPane : public QWidget
{
    Q_OBJECT
public:
    explicit PacketOpenPane(QWidget *parent = nullptr);
    ~PacketOpenPane() override;

    QLineEdit *fingerprintEdit() const { return m_fingerprint; }
    QTreeWidget *checksTree() const { return m_checks; }
    QListView *fileList() const { return m_files; }
    PacketFilesModel *fileModel() const { return m_fileModel; }
    QPlainTextEdit *textView() const { return m_text; }
    QTextBrowser *htmlView() const { return m_html; }
    QStackedWidget *contentStack() const { return m_content; }
    BackgroundJob *verifyJob() const { return m_job; }
    // The verdict as shown: "All 9 checks passed." or which failed.
    QString summary() const;
    // The last verification; empty checks until one finished.
    const PacketVerification &verification() const { return m_result; }

public Q_SLOTS:
    // Verifies path in the background, then lists its files.
    void openPacket(const QString &path);
    void verifyAgain();
    void selectFile(const QString &name);

private:
    void chooseFile();
    void verificationFinished();
    void showChecks();
    void listFiles();
    void showSelectedFile();
    void setSummary(const QString &text, bool good);

    QString m_path;
    PacketVerification m_result;
    std::shared_ptr<Result<PacketVerification>> m_outcome;
    // The packet opened for browsing, by the same background job after the verification.
    std::shared_ptr<std::unique_ptr<PacketReader>> m_opened;
    QLineEdit *m_pathEdit = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_again = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summaryIcon = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_checks = nullptr;
    QListView *m_files = nullptr;
    PacketFilesModel *m_fileModel = nullptr;
    QStackedWidget *m_content = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QTextBrowser *m_html = nullptr;
    BackgroundJob *m_job = nullptr;
};

} // namespace Lexecon::Ui
