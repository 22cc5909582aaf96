#include "MainWindow.h"
#include "decisions/DecisionDetailPane.h"
#include "decisions/DecisionLogView.h"

#include "auth/Principal.h"
#include "auth/UserService.h"
#include "decision/DecisionLogModel.h"
#include "decision/DecisionService.h"
#include "decision/DecisionStore.h"
#include "escalation/EscalationService.h"
#include "mock/MockClock.h"
#include "override/OverrideService.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
const QString kReviewReason = QStringLiteral("Verified: the customer consented to this.");
const QString kJustification = QStringLiteral("The customer withdrew consent after the review.");
} // namespace

// The Decisions screen driven through its real widgets, offscreen, over a real workspace: filters,
// the detail pane's history and the CSV export.
class TestDecisionsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;
    // Oldest first: billing 40 days ago, search 5 days ago, the escalated one today, a search today.
    QString m_billing, m_oldSearch, m_escalated, m_newSearch, m_overrideId;

    Principal user(const QString &name)
    {
        auto p = m_ws->users().principalFor(name);
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }

    QString decide(const QString &actor, const QString &action, const QJsonObject &risk = {})
    {
        QJsonObject body{{QStringLiteral("actor"), actor},
                         {QStringLiteral("action"), action},
                         {QStringLiteral("resource"), QStringLiteral("ticket_system")}};
        if (!risk.isEmpty())
            body.insert(QStringLiteral("risk"), risk);
        auto decided =
            m_ws->decisions().decideJson(body, Principal::apiKey(QStringLiteral("bot"), {Permission::Decide}));
        if (!decided)
            qFatal("%s", qPrintable(decided.error().message));
        return decided->decisionId;
    }

    static QComboBox *box(Ui::DecisionLogView *view, const QString &name)
    {
        for (QComboBox *b : view->findChildren<QComboBox *>()) {
            if (b->accessibleName() == name)
                return b;
        }
        return nullptr;
    }

    static QStringList shownIds(Ui::DecisionLogView *view)
    {
        QStringList ids;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            ids << view->model()->recordAt(row)->decisionId;
        return ids;
    }

    static void select(Ui::DecisionLogView *view, const QStringList &ids)
    {
        view->table()->clearSelection();
        for (const QString &id : ids) {
            const int row = view->model()->rowOf(id);
            QVERIFY2(row >= 0, qPrintable(id));
            view->table()->selectionModel()->select(view->model()->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("olivia"), Role::ComplianceOfficer, user(QStringLiteral("ada"))).ok());

        m_billing = decide(QStringLiteral("billing_bot"), QStringLiteral("read_invoice"));
        m_clock.advanceMs(35 * kDay);
        m_oldSearch = decide(QStringLiteral("support_bot"), QStringLiteral("search_kb"));
        m_clock.advanceMs(5 * kDay);
        m_escalated = decide(QStringLiteral("support_bot"), QStringLiteral("read_ticket"),
                             QJsonObject{{QStringLiteral("privacy"), 98}, {QStringLiteral("compliance"), 100}});
        const Principal olivia = user(QStringLiteral("olivia"));
        const QString escalationId = m_ws->decisions().get(m_escalated)->escalationId;
        QVERIFY(!escalationId.isEmpty());
        m_clock.advanceMs(kHour);
        QVERIFY(m_ws->escalations().claim(escalationId, olivia).ok());
        QVERIFY(m_ws->escalations().resolve(escalationId, QStringLiteral("approved"), kReviewReason, olivia).ok());
        m_clock.advanceMs(kHour);
        auto o = m_ws->overrides().create(m_escalated, OverrideType::HumanReview, OverrideScope::SingleDecision,
                                          kJustification, QStringLiteral("denied"), m_clock.nowMs() + 2 * kDay, olivia);
        QVERIFY2(o.ok(), qPrintable(o.error().message));
        m_overrideId = o->overrideId;
        m_clock.advanceMs(kHour / 2);
        m_newSearch = decide(QStringLiteral("support_bot"), QStringLiteral("search_kb"));
    }

    void filtersByActorActionAndPeriod()
    {
        Ui::MainWindow window(*m_ws);
        QVERIFY(window.showView(QStringLiteral("decisions")));
        auto *view = window.findChild<Ui::DecisionLogView *>();
        QVERIFY(view);
        QCOMPARE(shownIds(view), (QStringList{m_newSearch, m_escalated, m_oldSearch, m_billing}));

        QComboBox *actor = box(view, QStringLiteral("Actor filter"));
        QComboBox *action = box(view, QStringLiteral("Action filter"));
        QComboBox *period = box(view, QStringLiteral("Period filter"));
        QVERIFY(actor && action && period);
        QVERIFY(actor->findData(QStringLiteral("billing_bot")) > 0);

        actor->setCurrentIndex(actor->findData(QStringLiteral("billing_bot")));
        QCOMPARE(shownIds(view), QStringList{m_billing});
        actor->setCurrentIndex(actor->findData(QStringLiteral("support_bot")));
        QCOMPARE(shownIds(view), (QStringList{m_newSearch, m_escalated, m_oldSearch}));
        action->setCurrentIndex(action->findData(QStringLiteral("search_kb")));
        QCOMPARE(shownIds(view), (QStringList{m_newSearch, m_oldSearch}));

        // Periods count back from the workspace clock.
        action->setCurrentIndex(0);
        actor->setCurrentIndex(0);
        period->setCurrentIndex(period->findData(int(Ui::DecisionLogView::Last24Hours)));
        QCOMPARE(shownIds(view), (QStringList{m_newSearch, m_escalated}));
        period->setCurrentIndex(period->findData(int(Ui::DecisionLogView::Last7Days)));
        QCOMPARE(shownIds(view), (QStringList{m_newSearch, m_escalated, m_oldSearch}));
        period->setCurrentIndex(period->findData(int(Ui::DecisionLogView::Last30Days)));
        QCOMPARE(shownIds(view), (QStringList{m_newSearch, m_escalated, m_oldSearch}));
        period->setCurrentIndex(period->findData(int(Ui::DecisionLogView::AllTime)));
        QCOMPARE(view->model()->rowCount(), 4);

        // The filters combine with the outcome box.
        QComboBox *outcome = box(view, QStringLiteral("Outcome filter"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("overridden")));
        QCOMPARE(shownIds(view), QStringList{m_escalated});
    }

    void theDetailPaneShowsTheWholeHistoryInOrder()
    {
        Ui::MainWindow window(*m_ws);
        QVERIFY(window.showView(QStringLiteral("decisions")));
        window.show();
        auto *view = window.findChild<Ui::DecisionLogView *>();
        // Shown with the newest decision selected, so the pane is never blank.
        QCOMPARE(view->detail()->decisionId(), m_newSearch);

        view->table()->setCurrentIndex(view->model()->index(view->model()->rowOf(m_escalated), 0));
        QCOMPARE(view->detail()->decisionId(), m_escalated);
        const QString text = view->detail()->text();
        for (const QString &expected :
             {QStringLiteral("read_ticket"), QStringLiteral("ticket_system"), QStringLiteral("Reason trace"),
              QStringLiteral("privacy"), QStringLiteral("98"), kReviewReason, kJustification, m_overrideId,
              QStringLiteral("human_review"), QStringLiteral("single_decision"), QStringLiteral("Token id (jti)"),
              QStringLiteral("Entry hash"), m_ws->decisions().get(m_escalated)->entryHash})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));

        // Time order: opened, claimed, resolved by the reviewer, then overridden.
        const qsizetype opened = text.indexOf(QStringLiteral("opened"));
        const qsizetype claimed = text.indexOf(QStringLiteral("claimed by user:olivia"));
        const qsizetype resolved = text.indexOf(kReviewReason);
        const qsizetype overridden = text.indexOf(kJustification);
        QVERIFY2(opened > 0 && opened < claimed && claimed < resolved && resolved < overridden, qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("approved by user:olivia")));
        // The accountability chain: the node's own record (kept in the decision's row), then the reviewer.
        const QString node = QStringLiteral("Responsible: %1 (ai_system, supervised)").arg(m_ws->nodeId());
        const QString reviewer = QStringLiteral("Responsible: user:olivia (human_supervisor, full)");
        QVERIFY2(text.contains(node) && text.indexOf(node) < text.indexOf(reviewer), qPrintable(text));

        // The token itself never shows; its button copies it.
        const QString token = m_ws->decisions().get(m_escalated)->capabilityToken;
        QVERIFY(!token.isEmpty());
        QVERIFY(!text.contains(token));
        QVERIFY(!text.contains(token.section(QLatin1Char('.'), 2)));
        QVERIFY(view->detail()->copyTokenButton()->isEnabled());

        // A reload (new ledger entries) keeps the decision selected and re-reads it.
        view->reload();
        QCOMPARE(view->detail()->decisionId(), m_escalated);
        QCOMPARE(view->model()->recordAt(view->table()->currentIndex().row())->decisionId, m_escalated);
        QVERIFY(view->detail()->text().contains(kJustification));

        // The plain search was never escalated nor overridden.
        view->table()->setCurrentIndex(view->model()->index(view->model()->rowOf(m_oldSearch), 0));
        QVERIFY(!view->detail()->text().contains(kJustification));
    }

    void exportsTheSelectionAsCsv()
    {
        Ui::MainWindow window(*m_ws);
        QVERIFY(window.showView(QStringLiteral("decisions")));
        auto *view = window.findChild<Ui::DecisionLogView *>();
        QCOMPARE(view->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        bool inFileMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == QLatin1String("&File"))
                inFileMenu = menu->menu()->actions().contains(view->exportAction());
        }
        QVERIFY(inFileMenu);

        // Picked oldest first; written in the log's order.
        select(view, {m_billing, m_escalated});
        QCOMPARE(view->selectedDecisionIds().size(), 2);
        const QString path = m_dir.filePath(QStringLiteral("selection.csv"));
        auto written = view->exportTo(path);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QCOMPARE(*written, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
        QVERIFY(lines[0].startsWith("decision_id,timestamp,actor,action,resource,outcome,final_outcome,"));
        const QList<QByteArray> escalated = lines[1].trimmed().split(',');
        QCOMPARE(escalated.size(), 13);
        QCOMPARE(QString::fromUtf8(escalated[0]), m_escalated);
        QCOMPARE(escalated[2], QByteArray("support_bot"));
        QCOMPARE(escalated[5], QByteArray("escalated"));
        QCOMPARE(escalated[6], QByteArray("denied")); // the override in effect
        QCOMPARE(QString::fromUtf8(escalated[10]), m_ws->decisions().get(m_escalated)->escalationId);
        QVERIFY(lines[2].startsWith(m_billing.toUtf8() + ','));

        // Nothing selected: everything the filters show.
        view->table()->clearSelection();
        QComboBox *action = box(view, QStringLiteral("Action filter"));
        action->setCurrentIndex(action->findData(QStringLiteral("search_kb")));
        auto all = view->exportTo(path);
        QVERIFY(all.ok());
        QCOMPARE(*all, 2);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QByteArray csv = again.readAll();
        QVERIFY(csv.contains(m_newSearch.toUtf8()));
        QVERIFY(csv.contains(m_oldSearch.toUtf8()));
        QVERIFY(!csv.contains(m_billing.toUtf8()));

        // Cancelled from the progress callback: the file keeps its earlier content.
        qint64 seenTotal = -1;
        auto cancelled = view->exportTo(path, [&seenTotal](qint64, qint64 total) {
            seenTotal = total;
            return false;
        });
        QVERIFY(!cancelled.ok());
        QCOMPARE(seenTotal, 2);
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), csv);

        // A path that cannot be written is an error that names it, and nothing is half-written.
        auto refused = view->exportTo(m_dir.filePath(QStringLiteral("no/such/dir/x.csv")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("x.csv")));
    }

    // Last: adds decisions. Many in one millisecond (a burst through the intake) still page
    // without a row lost or repeated, in the model as in the store's keyset paging.
    void pagesThroughABurstInOneMillisecond()
    {
        for (int i = 0; i < 230; ++i)
            decide(QStringLiteral("burst_bot"), QStringLiteral("search_kb"));
        DecisionFilter all;
        all.limit = 1000;
        const auto everything = m_ws->decisionStore()->list(all);
        QVERIFY(everything.ok());
        QCOMPARE(everything->size(), 234);

        DecisionFilter page;
        page.limit = 7;
        QStringList paged;
        for (;;) {
            const auto rows = m_ws->decisionStore()->list(page);
            QVERIFY(rows.ok());
            for (const DecisionRecord &r : *rows)
                paged << r.decisionId;
            if (rows->size() < page.limit)
                break;
            page.beforeMs = rows->last().createdMs;
            page.beforeId = rows->last().decisionId;
        }
        QStringList expected;
        for (const DecisionRecord &r : *everything)
            expected << r.decisionId;
        QCOMPARE(paged, expected);

        Ui::MainWindow window(*m_ws);
        auto *view = window.findChild<Ui::DecisionLogView *>();
        QCOMPARE(view->model()->rowCount(), 200);
        view->model()->fetchMore({});
        QCOMPARE(shownIds(view), expected);
    }
};

QTEST_MAIN(TestDecisionsView)
#include "TestDecisionsView.moc"
