#include "policy/PolicyBrowser.h"
#include "policy/PolicyDiffTree.h"
#include "policy/PolicyDraftPane.h"
#include "policy/PolicyFindingsList.h"
#include "policy/PolicyVersionsPane.h"
#include "policy/PolicyView.h"
#include "widgets/BackgroundJob.h"

#include "auth/Principal.h"
#include "auth/UserService.h"
#include "mock/MockClock.h"
#include "policy/PolicyService.h"
#include "support/PolicyWorkspace.h"
#include "support/Screenshots.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
const QString kForbidKb = QStringLiteral("forbids:actor:support_bot:action:search_kb");
} // namespace

// The policy screen driven through its real widgets, offscreen, over a real workspace: browse and
// filter, check findings, load a draft, simulate it off the GUI thread, activate, diff, roll back.
class TestPolicyView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;
    QString m_draftPath;
    QByteArray m_draft;

    Principal user(const QString &name)
    {
        auto p = m_ws->users().principalFor(name);
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }

    // The shipped policy plus one forbid: the support bot may no longer search the knowledge base.
    void writeDraft()
    {
        QFile source(QStringLiteral(LEXECON_SOURCE_DIR "/resources/policies/customer-support-ai.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject policy = QJsonDocument::fromJson(source.readAll()).object();
        QJsonArray relations = policy.value(QStringLiteral("relations")).toArray();
        relations.append(
            QJsonObject{{QStringLiteral("relation_type"), QStringLiteral("forbids")},
                        {QStringLiteral("source"), QStringLiteral("actor:support_bot")},
                        {QStringLiteral("target"), QStringLiteral("action:search_kb")},
                        {QStringLiteral("justification"), QStringLiteral("The knowledge base is offline.")}});
        policy.insert(QStringLiteral("relations"), relations);
        m_draft = QJsonDocument(policy).toJson();
        m_draftPath = m_dir.filePath(QStringLiteral("draft.json"));
        QFile out(m_draftPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(m_draft);
    }

    static void runDraft(Ui::PolicyView &view, const QString &path)
    {
        view.tabs()->setCurrentWidget(view.draft());
        QVERIFY(view.draft()->loadFile(path));
        QVERIFY(!view.draft()->activateButton()->isEnabled()); // not before the simulation ends
        QTRY_VERIFY_WITH_TIMEOUT(view.draft()->hasSimulated(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("olivia"), Role::ComplianceOfficer, user(QStringLiteral("ada"))).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("vera"), Role::Viewer, user(QStringLiteral("ada"))).ok());
        for (int i = 0; i < 3; ++i) {
            Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
            m_clock.advanceMs(60000);
        }
        Test::decideAsSupportBot(*m_ws, QStringLiteral("reply_customer"));
        writeDraft();
    }

    void browsesAndFiltersTheActivePolicy()
    {
        Ui::PolicyView view(*m_ws);
        QVERIFY(view.activeText().contains(QStringLiteral("customer-support-ai")));
        Ui::PolicyBrowser *browser = view.browser();
        const int all = browser->visibleCount();
        QVERIFY(all > 20);
        QTest::keyClicks(browser->filterEdit(), QStringLiteral("search_kb"));
        QVERIFY(browser->visibleCount() > 0);
        QVERIFY(browser->visibleCount() < all);
        browser->filterEdit()->clear();
        browser->kindFilter()->setCurrentIndex(browser->kindFilter()->findData(QStringLiteral("implies")));
        QCOMPARE(browser->visibleCount(), 3);
        QVERIFY(view.activeFindings()->topLevelItemCount() >= 0);
    }

    void viewerCannotActivate()
    {
        Ui::PolicyView view(*m_ws);
        view.setActingUser(user(QStringLiteral("vera")));
        QVERIFY(view.noticeText().contains(QStringLiteral("manage_policies")));
        runDraft(view, m_draftPath);
        QVERIFY(!view.draft()->activateButton()->isEnabled());
        QVERIFY(view.draft()->activateButton()->toolTip().contains(QStringLiteral("manage_policies")));
        view.draft()->activateDraft(); // as if the button were forced
        QVERIFY2(view.draft()->messageText().contains(QStringLiteral("manage_policies")),
                 qPrintable(view.draft()->messageText()));
        QCOMPARE(m_ws->policies().activeInfo()->version, 1);
        QCOMPARE(m_ws->policies().versions()->size(), 1);
        view.versions()->selectVersions({1});
        QVERIFY(!view.versions()->activateButton()->isEnabled());
    }

    void loadSimulateAndActivate()
    {
        Ui::PolicyView view(*m_ws);
        view.show(); // clicks reach only shown buttons
        view.setActingUser(user(QStringLiteral("olivia")));
        QVERIFY(view.noticeText().isEmpty());
        runDraft(view, m_draftPath);
        QTableWidget *changes = view.draft()->changesTable();
        QCOMPARE(changes->rowCount(), 3);
        for (int row = 0; row < changes->rowCount(); ++row) {
            QCOMPARE(changes->item(row, 1)->text(), QStringLiteral("approved"));
            QCOMPARE(changes->item(row, 2)->text(), QStringLiteral("denied"));
        }
        QVERIFY(view.draft()->messageText().contains(QStringLiteral("3")));
        QVERIFY(view.draft()->diffTree()->rowTexts().join(QLatin1Char('\n')).contains(kForbidKb));
        QVERIFY(view.draft()->activateButton()->isEnabled());
        QTest::mouseClick(view.draft()->activateButton(), Qt::LeftButton);
        QVERIFY2(m_ws->policies().activeInfo()->version == 2, qPrintable(view.draft()->messageText()));
        QVERIFY2(view.activeText().contains(QStringLiteral("version 2")), qPrintable(view.activeText()));
        QCOMPARE(view.versions()->table()->rowCount(), 2);
        view.browser()->filterEdit()->setText(kForbidKb);
        QCOMPARE(view.browser()->visibleCount(), 1);
    }

    void cancelStopsTheSimulation()
    {
        Ui::PolicyView view(*m_ws);
        view.setActingUser(user(QStringLiteral("olivia")));
        QVERIFY(view.draft()->loadFile(m_draftPath));
        view.draft()->simulation()->cancel();
        QTRY_VERIFY(!view.draft()->simulation()->isRunning());
        QTRY_VERIFY(!view.draft()->cancelButton()->isVisible());
        // Cancelled or already finished: activation is offered only after a complete run.
        QCOMPARE(view.draft()->activateButton()->isEnabled(), view.draft()->hasSimulated());
    }

    void diffOfTwoVersionsListsAnAddedRelation()
    {
        if (m_ws->policies().versions()->size() < 2)
            QVERIFY(m_ws->policies().load(m_draft, Principal::system()).ok());
        Ui::PolicyView view(*m_ws);
        view.show();
        view.tabs()->setCurrentWidget(view.versions());
        view.versions()->selectVersions({1, 2});
        QTest::mouseClick(view.versions()->compareButton(), Qt::LeftButton);
        const QStringList rows = view.versions()->diffTree()->rowTexts();
        QVERIFY2(rows.size() == 1, qPrintable(view.versions()->messageText() + rows.join(QLatin1Char('\n'))));
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().startsWith(QStringLiteral("Added | relation (forbids) | ") + kForbidKb),
                 qPrintable(rows.first()));
        QVERIFY(view.versions()->messageText().contains(QStringLiteral("From version 1 to version 2")));
    }

    void rollBackActivatesAnOlderVersion()
    {
        Ui::PolicyView view(*m_ws);
        view.show();
        view.tabs()->setCurrentWidget(view.versions());
        view.setActingUser(user(QStringLiteral("olivia")));
        view.versions()->selectVersions({1});
        QVERIFY(view.versions()->activateButton()->isEnabled());
        QTest::mouseClick(view.versions()->activateButton(), Qt::LeftButton);
        QCOMPARE(m_ws->policies().activeInfo()->version, 1);
        QVERIFY(view.activeText().contains(QStringLiteral("version 1")));
        view.browser()->filterEdit()->setText(kForbidKb);
        QCOMPARE(view.browser()->visibleCount(), 0);
    }

    void screenshots()
    {
        Ui::PolicyView view(*m_ws);
        view.setActingUser(user(QStringLiteral("olivia")));
        view.resize(1200, 720);
        view.show();
        QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("policy-browse.png"))));
        view.tabs()->setCurrentWidget(view.versions());
        view.versions()->selectVersions({1, 2});
        view.versions()->compareSelected();
        QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("policy-versions.png"))));
        view.tabs()->setCurrentIndex(2);
        QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("policy-check.png"))));
        runDraft(view, m_draftPath);
        QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("policy-draft.png"))));
    }
};

QTEST_MAIN(TestPolicyView)
#include "TestPolicyView.moc"
