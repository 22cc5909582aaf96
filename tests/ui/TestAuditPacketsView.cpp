#include "audit/AuditPacketsView.h"
#include "audit/PacketFilesModel.h"
#include "audit/PacketOpenPane.h"
#include "audit/PacketRequestsPane.h"
#include "widgets/BackgroundJob.h"

#include "audit/PacketReader.h"
#include "auth/Principal.h"
#include "auth/UserService.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "support/Screenshots.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <zip.h>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
constexpr int kBuildTimeoutMs = 60000;
} // namespace

// The Audit packets screen driven through its real widgets, offscreen, over a real workspace:
// four eyes (request, refused self-approval, approval by an officer), a build off the GUI thread
// whose zip the Open-packet pane verifies all-pass, and a tampered copy whose failed check is named.
class TestAuditPacketsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;
    QString m_packet; // built by the four-eyes test, tampered with by the next

    Principal user(const QString &name)
    {
        auto p = m_ws->users().principalFor(name);
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }

    static QTreeWidgetItem *checkItem(Ui::PacketOpenPane *pane, const QString &name)
    {
        const auto found = pane->checksTree()->findItems(name, Qt::MatchExactly, 0);
        return found.isEmpty() ? nullptr : found.first();
    }

    // Replaces one entry of a zip with libzip, as a tamperer with a zip tool would.
    static void rewrite(const QString &path, const QString &name, const QByteArray &content)
    {
        int error = 0;
        zip_t *za = zip_open(QFile::encodeName(path).constData(), 0, &error);
        QVERIFY(za);
        const zip_int64_t index = zip_name_locate(za, name.toUtf8().constData(), 0);
        QVERIFY(index >= 0);
        zip_source_t *src = zip_source_buffer(za, content.constData(), zip_uint64_t(content.size()), 0);
        QCOMPARE(zip_file_replace(za, zip_uint64_t(index), src, 0), 0);
        QCOMPARE(zip_close(za), 0); // reads content before returning
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        Test::addTeam(*m_ws, {{QStringLiteral("audrey"), Role::Auditor},
                              {QStringLiteral("olivia"), Role::ComplianceOfficer},
                              {QStringLiteral("victor"), Role::Viewer}});
        for (int i = 0; i < 5; ++i)
            Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"), i % 2 == 1);
    }

    void auditorRequestsOfficerApprovesBuildVerifiesAllPass()
    {
        Ui::AuditPacketsView view(*m_ws);
        Ui::PacketRequestsPane *pane = view.requestsPane();
        view.setActingUser(user(QStringLiteral("audrey")));
        QVERIFY(pane->requestButton()->isEnabled());
        pane->scopeBox()->setCurrentText(QStringLiteral("all"));
        pane->formatBox(QStringLiteral("pdf"))->setChecked(true);
        auto requested = pane->requestPacket();
        QVERIFY2(requested.ok(), qPrintable(pane->message()));
        QCOMPARE(pane->selectedRequestId(), requested->requestId);
        QCOMPARE(pane->table()->item(0, 1)->text(), QStringLiteral("Awaiting approval"));
        QVERIFY(!pane->table()->item(0, 1)->icon().isNull());

        // The requester may not approve: the button is off and the core refuses, naming why.
        QVERIFY(!pane->approveButton()->isEnabled());
        QVERIFY(!pane->approveSelected().ok());
        QVERIFY2(pane->message().contains(QStringLiteral("approve_audit_packet")), qPrintable(pane->message()));
        QVERIFY(!pane->buildButton()->isEnabled()); // not approved yet

        view.setActingUser(user(QStringLiteral("olivia")));
        pane->selectRequest(requested->requestId);
        QVERIFY(pane->approveButton()->isEnabled());
        pane->approveButton()->click();
        QVERIFY2(pane->message().contains(QStringLiteral("approved")), qPrintable(pane->message()));
        QCOMPARE(pane->table()->item(0, 1)->text(), QStringLiteral("Approved"));
        QCOMPARE(pane->table()->item(0, 6)->text(), QStringLiteral("olivia"));

        view.setActingUser(user(QStringLiteral("audrey")));
        pane->selectRequest(requested->requestId);
        QVERIFY(pane->buildButton()->isEnabled());
        m_packet = m_dir.filePath(QStringLiteral("packet.zip"));
        QVERIFY(pane->buildSelected(m_packet));
        QVERIFY(pane->cancelButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!pane->buildJob()->isRunning() && !pane->cancelButton()->isEnabled(), kBuildTimeoutMs);
        QVERIFY2(pane->lastBuiltPath() == m_packet, qPrintable(pane->message()));
        QCOMPARE(pane->progressBar()->value(), 1000);
        QVERIFY(QFile::exists(m_packet));
        QCOMPARE(pane->table()->item(0, 7)->text(), QStringLiteral("1"));

        QVERIFY(pane->openBuiltButton()->isEnabled());
        pane->openBuiltButton()->click();
        Ui::PacketOpenPane *open = view.openPane();
        QCOMPARE(view.tabs()->currentWidget(), open);
        QTRY_VERIFY_WITH_TIMEOUT(!open->verification().checks.isEmpty(), kBuildTimeoutMs);
        QVERIFY2(open->verification().ok(), qPrintable(open->verification().failedChecks().join(QLatin1Char(','))));
        const int checks = int(open->verification().checks.size());
        QVERIFY(checks >= 9);
        QVERIFY2(open->summary().startsWith(QStringLiteral("All %1 checks passed").arg(checks - 1)),
                 qPrintable(open->summary()));
        QVERIFY(open->summary().contains(QStringLiteral("Not checked: trusted_key")));
        QCOMPARE(open->checksTree()->topLevelItemCount(), checks);
        for (int i = 0; i < open->checksTree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = open->checksTree()->topLevelItem(i);
            QVERIFY(item->text(1) == QStringLiteral("Passed") || item->text(1) == QStringLiteral("Skipped"));
            QVERIFY(!item->icon(1).isNull());
        }
        QCOMPARE(checkItem(open, QStringLiteral("trusted_key"))->text(1), QStringLiteral("Skipped"));

        // The contents: report.html rendered, JSON shown as text.
        QVERIFY(open->fileList()->model()->rowCount() > 8);
        QCOMPARE(open->contentStack()->currentWidget(), open->htmlView());
        QVERIFY(!open->htmlView()->toPlainText().isEmpty());
        // The report's SVG charts are shown as pictures, not as their loose label text.
        const QImage chart = open->htmlView()->document()->resource(QTextDocument::ImageResource,
                                                                     QUrl(QStringLiteral("lexecon-chart-1.png"))).value<QImage>();
        QVERIFY(!chart.isNull());
        QVERIFY(open->htmlView()->toHtml().contains(QStringLiteral("lexecon-chart-1.png")));
        QVERIFY(!open->htmlView()->toHtml().contains(QStringLiteral("<svg")));
        open->selectFile(QStringLiteral("manifest.json"));
        const QModelIndex current = open->fileList()->currentIndex();
        QCOMPARE(current.data(Ui::PacketFilesModel::NameRole).toString(), QStringLiteral("manifest.json"));
        QVERIFY2(current.data().toString().startsWith(QStringLiteral("manifest.json (")), qPrintable(current.data().toString()));
        QCOMPARE(open->contentStack()->currentWidget(), open->textView());
        QVERIFY(open->textView()->toPlainText().contains(requested->requestId));

        // Pinning the key's own fingerprint makes trusted_key pass too.
        open->fingerprintEdit()->setText(open->verification().fingerprint);
        open->verifyAgain();
        QTRY_VERIFY_WITH_TIMEOUT(!open->verifyJob()->isRunning() && !open->verification().checks.isEmpty() &&
                                     checkItem(open, QStringLiteral("trusted_key")),
                                 kBuildTimeoutMs);
        QCOMPARE(checkItem(open, QStringLiteral("trusted_key"))->text(1), QStringLiteral("Passed"));
        QVERIFY2(open->summary().startsWith(QStringLiteral("All %1 checks passed").arg(checks)),
                 qPrintable(open->summary()));
        QVERIFY(!open->summary().contains(QStringLiteral("Not checked")));

        view.resize(1280, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("audit-open.png"))));
        view.tabs()->setCurrentIndex(0);
        QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("audit-requests.png"))));
    }

    void officerCannotApproveOwnRequest()
    {
        Ui::AuditPacketsView view(*m_ws);
        Ui::PacketRequestsPane *pane = view.requestsPane();
        view.setActingUser(user(QStringLiteral("olivia")));
        pane->scopeBox()->setCurrentText(QStringLiteral("override_only"));
        auto requested = pane->requestPacket();
        QVERIFY(requested.ok());
        QVERIFY(!pane->approveButton()->isEnabled());
        QVERIFY(!pane->rejectButton()->isEnabled());
        QVERIFY(!pane->approveSelected().ok()); // the core refuses the second pair of eyes being the first
        QCOMPARE(pane->table()->item(0, 1)->text(), QStringLiteral("Awaiting approval"));

        // Another approver rejects it; the reason must say something.
        view.setActingUser(user(QStringLiteral("ada")));
        pane->selectRequest(requested->requestId);
        QVERIFY(pane->rejectButton()->isEnabled());
        QVERIFY(!pane->rejectSelected(QStringLiteral("no")).ok());
        QVERIFY(pane->rejectSelected(QStringLiteral("Overrides are out of this audit's scope.")).ok());
        QVERIFY(pane->table()->item(0, 1)->text().startsWith(QStringLiteral("Rejected: Overrides are out")));
        QVERIFY(!pane->buildButton()->isEnabled());
    }

    void cancelledBuildLeavesNoFile()
    {
        Ui::AuditPacketsView view(*m_ws);
        Ui::PacketRequestsPane *pane = view.requestsPane();
        view.setActingUser(user(QStringLiteral("audrey")));
        pane->formatBox(QStringLiteral("pdf"))->setChecked(true);
        auto requested = pane->requestPacket();
        QVERIFY(requested.ok());
        view.setActingUser(user(QStringLiteral("olivia")));
        pane->selectRequest(requested->requestId);
        QVERIFY(pane->approveSelected().ok());
        const QString path = m_dir.filePath(QStringLiteral("cancelled.zip"));
        QVERIFY(pane->buildSelected(path));
        pane->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->buildJob()->isRunning() && !pane->cancelButton()->isEnabled(), kBuildTimeoutMs);
        QVERIFY2(pane->message().contains(QStringLiteral("cancelled")), qPrintable(pane->message()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(pane->lastBuiltPath().isEmpty());
    }

    void viewerIsToldWhatIsMissing()
    {
        Ui::AuditPacketsView view(*m_ws);
        view.setActingUser(user(QStringLiteral("victor")));
        QVERIFY(!view.requestsPane()->requestButton()->isEnabled());
        QVERIFY(!view.requestsPane()->requestPacket().ok());
        QVERIFY(view.requestsPane()->message().contains(QStringLiteral("request_audit_packet")));
    }

    void tamperedPacketShowsTheFailedCheckByName()
    {
        QVERIFY2(!m_packet.isEmpty(), "runs after the build test");
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.zip"));
        QVERIFY(QFile::copy(m_packet, tampered));
        QFile(tampered).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QByteArray json = PacketReader::open(tampered).value()->read(QStringLiteral("decisions.json")).value();
        const qsizetype at = json.indexOf("search_kb");
        QVERIFY(at > 0);
        json[at] = 'S'; // one byte changed
        rewrite(tampered, QStringLiteral("decisions.json"), json);

        Ui::AuditPacketsView view(*m_ws);
        view.openPacket(tampered);
        Ui::PacketOpenPane *open = view.openPane();
        QTRY_VERIFY_WITH_TIMEOUT(!open->verification().checks.isEmpty(), kBuildTimeoutMs);
        QVERIFY(!open->verification().ok());
        QTreeWidgetItem *failed = checkItem(open, QStringLiteral("file_hashes"));
        QVERIFY(failed);
        QCOMPARE(failed->text(1), QStringLiteral("Failed"));
        QVERIFY(!failed->icon(1).isNull());
        QVERIFY(failed->childCount() >= 1);
        QVERIFY2(failed->child(0)->text(2).contains(QStringLiteral("decisions.json")),
                 qPrintable(failed->child(0)->text(2)));
        QVERIFY2(open->summary().contains(QStringLiteral("file_hashes")), qPrintable(open->summary()));
        QCOMPARE(checkItem(open, QStringLiteral("signature"))->text(1), QStringLiteral("Passed"));

        view.resize(1280, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("audit-tampered.png"))));
    }
};

QTEST_MAIN(TestAuditPacketsView)
#include "TestAuditPacketsView.moc"
