#pragma once

#include "common/Result.h"
#include "evidence/EvidenceArtifact.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace Lexecon {
class Workspace;
struct EvidenceVerification;
} // namespace Lexecon

namespace Lexecon::Ui {

class AsyncLoader;
class BackgroundJob;

// The evidence screen: stored artifacts filtered by type and by decision, the selected one's
// metadata, an integrity check (re-hash against the recorded SHA-256; every artifact off the GUI
// thread with progress and Cancel) shown per artifact as pass or fail, and its content: text and
// JSON in a viewer, anything else saved to a file.
class EvidenceView : public QWidget
{
    Q_OBJECT
    // True while a page of artifacts is read (off the GUI thread: listing sorts every artifact).
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    static constexpr int PageSize = 500;

    explicit EvidenceView(Workspace &workspace, QWidget *parent = nullptr);
    ~EvidenceView() override;

    QTableWidget *table() const { return m_table; }
    QComboBox *typeFilter() const { return m_type; }
    QLineEdit *decisionFilter() const { return m_decision; }
    QTextBrowser *detail() const { return m_detail; }
    QPushButton *checkSelectedButton() const { return m_checkOne; }
    QPushButton *checkAllButton() const { return m_checkAll; }
    QPushButton *openButton() const { return m_open; }
    QProgressBar *progressBar() const { return m_progress; }
    BackgroundJob *integrityJob() const { return m_job; }
    bool isLoading() const;
    // True while the selected artifact is re-hashed (off the GUI thread).
    bool isCheckingOne() const;
    QString resultText() const;
    // "intact", "altered" or "unchecked" for an artifact, as the Integrity column shows it.
    QString integrityOf(const QString &artifactId) const;
    QStringList shownIds() const;

public Q_SLOTS:
    void reload();
    void loadMore();
    void selectArtifact(const QString &artifactId);
    void checkSelected();
    void checkAll();
    // Shows text or JSON content in a viewer (returned, already open); other content asks where to
    // save it. Returns nullptr when nothing was shown.
    QDialog *openSelected();
    // Writes the selected artifact's verified content to path; false with the reason shown.
    bool saveSelectedTo(const QString &path);

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void fetch(int offset);
    void showPage(const Result<QList<EvidenceArtifact>> &page);
    void showChecked(const QString &id, const Result<void> &verified);
    void appendRows(const QList<EvidenceArtifact> &artifacts);
    void showIntegrity(int row);
    void showSelected();
    void allChecked();
    void showResult(const QString &text, bool good);
    void setChecking(bool running);
    QString selectedId() const;
    static bool isText(const QString &mediaType);

    Workspace &m_workspace;
    QComboBox *m_type = nullptr;
    QLineEdit *m_decision = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_checkOne = nullptr;
    QPushButton *m_checkAll = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_result = nullptr;
    QTableWidget *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    BackgroundJob *m_job = nullptr;
    AsyncLoader *m_loader = nullptr;     // pages of artifacts
    AsyncLoader *m_checker = nullptr;    // one artifact's check
    QList<EvidenceArtifact> m_artifacts; // the rows shown, in table order
    QHash<QString, QString> m_integrity; // artifact id -> problem; empty string: intact
    std::shared_ptr<Result<EvidenceVerification>> m_report;
    bool m_exhausted = false;
};

} // namespace Lexecon::Ui
