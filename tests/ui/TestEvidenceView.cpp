#include "evidence/EvidenceView.h"
#include "widgets/BackgroundJob.h"

#include "auth/Principal.h"
#include "evidence/EvidenceStore.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "support/Screenshots.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
}

// The evidence screen driven through its real widgets, offscreen, over a real workspace: filter by
// type and decision, check integrity after an attacker edits content behind the store's back, open
// and save content.
class TestEvidenceView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;
    QString m_decision;
    EvidenceArtifact m_report; // large text: stored in a file
    EvidenceArtifact m_binary; // small binary: stored in its row
    QString m_otherReportId;

    EvidenceArtifact store(EvidenceType type, const QByteArray &content, const QString &media, const QString &decision,
                           const QString &title)
    {
        auto stored = m_ws->evidence().store(type, content, media, decision, title,
                                             Principal::apiKey(QStringLiteral("bot"), {Permission::Decide}));
        if (!stored)
            qFatal("%s", qPrintable(stored.error().message));
        return *stored;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        m_decision = Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        const QString other = Test::decideAsSupportBot(*m_ws, QStringLiteral("reply_customer"));
        m_report = store(EvidenceType::ExternalReport, QByteArray(40 * 1024, 'r'), QStringLiteral("text/plain"),
                         m_decision, QStringLiteral("Penetration test report"));
        QVERIFY(!m_report.storedInline);
        m_binary = store(EvidenceType::Screenshot, QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 18),
                         QStringLiteral("image/png"), m_decision, QStringLiteral("Screen at decision time"));
        m_otherReportId = store(EvidenceType::ExternalReport, QByteArray(20 * 1024, 'o'), QStringLiteral("text/plain"),
                                other, QStringLiteral("Other report"))
                              .artifactId;
    }

    void filtersByTypeAndDecision()
    {
        Ui::EvidenceView view(*m_ws);
        QTRY_VERIFY(!view.isLoading());
        QVERIFY(view.shownIds().size() >= 5); // two decision logs, two reports, a screenshot
        view.typeFilter()->setCurrentIndex(view.typeFilter()->findData(QStringLiteral("external_report")));
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.shownIds().size(), 2);
        view.decisionFilter()->setText(m_decision);
        view.reload();
        QTRY_VERIFY(!view.isLoading());
        QCOMPARE(view.shownIds(), QStringList{m_report.artifactId});
        view.typeFilter()->setCurrentIndex(0);
        QTRY_VERIFY(!view.isLoading());
        QVERIFY(view.shownIds().contains(m_binary.artifactId));
        QVERIFY(!view.shownIds().contains(m_otherReportId));
        view.selectArtifact(m_report.artifactId);
        const QString detail = view.detail()->toPlainText();
        QVERIFY2(detail.contains(m_report.sha256), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("Penetration test report")));
    }

    void opensAtOnceAndDropsAPageForAnEarlierFilter()
    {
        Ui::EvidenceView view(*m_ws);
        // The first page is read off the GUI thread; the screen says so meanwhile.
        QVERIFY(view.isLoading());
        QVERIFY(view.shownIds().isEmpty());
        QVERIFY(view.detail()->toPlainText().contains(QStringLiteral("Loading")));
        // The filter changes before that page arrives: only the new filter's page may show.
        view.typeFilter()->setCurrentIndex(view.typeFilter()->findData(QStringLiteral("external_report")));
        QTRY_VERIFY(!view.isLoading());
        QTest::qWait(200); // the earlier page, had it not been dropped, would land now
        QCOMPARE(view.shownIds().size(), 2);
    }

    void opensTextAndSavesBinaryContent()
    {
        Ui::EvidenceView view(*m_ws);
        QTRY_VERIFY(!view.isLoading());
        view.decisionFilter()->setText(m_decision);
        view.reload();
        QTRY_VERIFY(!view.isLoading());
        const QStringList ids = view.shownIds();
        QString logId;
        for (const QString &id : ids) {
            if (id != m_report.artifactId && id != m_binary.artifactId)
                logId = id;
        }
        QVERIFY(!logId.isEmpty());
        view.selectArtifact(logId);
        QDialog *viewer = view.openSelected();
        QVERIFY(viewer);
        auto *text = viewer->findChild<QPlainTextEdit *>();
        QVERIFY(text);
        QVERIFY2(text->toPlainText().contains(m_decision), qPrintable(text->toPlainText().left(200)));
        viewer->close();

        view.selectArtifact(m_binary.artifactId);
        const QString path = m_dir.filePath(QStringLiteral("screen.png"));
        QVERIFY(view.saveSelectedTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 18));
    }

    void integrityCheckFlagsATamperedArtifact()
    {
        {
            Ui::EvidenceView view(*m_ws);
            QTRY_VERIFY(!view.isLoading());
            QTRY_VERIFY(!view.isLoading());
            QTest::mouseClick(view.checkAllButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!view.integrityJob()->isRunning(), 10000);
            QTRY_VERIFY(view.checkAllButton()->isEnabled());
            QCOMPARE(view.integrityOf(m_report.artifactId), QStringLiteral("intact"));
            QVERIFY2(view.resultText().contains(QStringLiteral("intact")), qPrintable(view.resultText()));
        }
        // An attacker rewrites the report's file and, with the database open in another tool,
        // drops the append-only trigger and swaps the screenshot's stored bytes.
        QFile file(m_ws->evidence().pathFor(m_report.sha256));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(40 * 1024, 'x'));
        file.close();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
            raw.setDatabaseName(m_dir.filePath(QStringLiteral("workspace.db")));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER evidence_artifacts_no_update")),
                     qPrintable(q.lastError().text()));
            // With its size too: the CHECK that inline content matches its size holds for any row.
            QVERIFY(q.prepare(QStringLiteral("UPDATE evidence_artifacts SET content = ?, size = 6 WHERE artifact_id = ?")));
            q.addBindValue(QByteArray("forged"));
            q.addBindValue(m_binary.artifactId);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));

        Ui::EvidenceView view(*m_ws);
        QTRY_VERIFY(!view.isLoading());
        QTest::mouseClick(view.checkAllButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!view.integrityJob()->isRunning(), 10000);
        QTRY_VERIFY(view.checkAllButton()->isEnabled());
        QCOMPARE(view.integrityOf(m_report.artifactId), QStringLiteral("altered"));
        QCOMPARE(view.integrityOf(m_binary.artifactId), QStringLiteral("altered"));
        QCOMPARE(view.integrityOf(m_otherReportId), QStringLiteral("intact"));
        QVERIFY2(view.resultText().contains(m_report.artifactId), qPrintable(view.resultText()));
        const int row = int(view.shownIds().indexOf(m_report.artifactId));
        QCOMPARE(view.table()->item(row, 0)->text(), QStringLiteral("✖ Altered"));

        // The single check says the same, and the content is refused rather than shown.
        Ui::EvidenceView fresh(*m_ws);
        QTRY_VERIFY(!fresh.isLoading());
        fresh.selectArtifact(m_report.artifactId);
        QTest::mouseClick(fresh.checkSelectedButton(), Qt::LeftButton);
        QVERIFY(fresh.isCheckingOne()); // re-hashed off the GUI thread
        QVERIFY(!fresh.checkSelectedButton()->isEnabled());
        QTRY_VERIFY(!fresh.isCheckingOne());
        QCOMPARE(fresh.integrityOf(m_report.artifactId), QStringLiteral("altered"));
        QVERIFY(fresh.resultText().contains(QStringLiteral("failed")));
        QVERIFY(!fresh.openSelected());

        fresh.resize(1200, 640);
        fresh.show();
        QVERIFY(fresh.grab().save(Test::screenshotPath(QStringLiteral("evidence.png"))));
    }
};

QTEST_MAIN(TestEvidenceView)
#include "TestEvidenceView.moc"
