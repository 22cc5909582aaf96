#include "MainWindow.h"
#include "queue/EscalationDetailPane.h"
#include "queue/OversightQueueView.h"
#include "queue/QueueNotifier.h"
#include "queue/ResolveDialog.h"
#include "queue/SlaDelegate.h"

#include "auth/Principal.h"
#include "auth/UserService.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationQueueModel.h"
#include "escalation/EscalationService.h"
#include "ledger/LedgerStore.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
constexpr qint64 kHour = 3600 * 1000;
} // namespace

// The oversight queue driven through its real widgets, offscreen, over a real workspace.
class TestOversightQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;
    QStringList m_escalations; // critical, created in this order at kStartMs
    QStringList m_decisionIds;

    Principal user(const QString &name)
    {
        auto p = m_ws->users().principalFor(name);
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }

    qint64 ledgerSize()
    {
        LedgerStore ledger(m_ws->database());
        return *ledger.size();
    }

    static void select(Ui::OversightQueueView *view, const QString &escalationId)
    {
        const int row = view->model()->rowOf(escalationId);
        QVERIFY2(row >= 0, qPrintable(escalationId));
        view->table()->setCurrentIndex(view->model()->index(row, 0));
        QCOMPARE(view->selectedEscalation()->escalationId, escalationId);
    }

    static QString cell(Ui::OversightQueueView *view, const QString &escalationId, int column)
    {
        EscalationQueueModel *m = view->model();
        return m->data(m->index(m->rowOf(escalationId), column)).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        for (const auto &[name, role] : {std::pair{QStringLiteral("olivia"), Role::ComplianceOfficer},
                                         std::pair{QStringLiteral("omar"), Role::ComplianceOfficer},
                                         std::pair{QStringLiteral("victor"), Role::Viewer}})
            QVERIFY(m_ws->users().add(name, role, user(QStringLiteral("ada"))).ok());

        const Principal bot = Principal::apiKey(QStringLiteral("bot"), {Permission::Decide});
        for (const char *action : {"read_ticket", "reply_customer", "search_kb", "read_ticket"}) {
            const QJsonObject body{{QStringLiteral("actor"), QStringLiteral("support_bot")},
                                   {QStringLiteral("action"), QString::fromLatin1(action)},
                                   {QStringLiteral("resource"), QStringLiteral("ticket_system")},
                                   {QStringLiteral("risk"),
                                    QJsonObject{{QStringLiteral("privacy"), 98}, {QStringLiteral("compliance"), 100}}}};
            auto decided = m_ws->decisions().decideJson(body, bot);
            QVERIFY2(decided.ok(), qPrintable(decided.error().message));
            QCOMPARE(decided->outcome, QStringLiteral("escalated"));
            m_escalations << decided->escalationId;
            m_decisionIds << decided->decisionId;
        }
    }

    void isTheFirstViewWithTheQueueAndItsDetail()
    {
        Ui::MainWindow window(*m_ws);
        window.show();
        QCOMPARE(window.viewNames().first(), QStringLiteral("queue"));
        QVERIFY(window.showView(QStringLiteral("queue")));
        Ui::OversightQueueView *view = window.queue();
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(cell(view, m_escalations[0], EscalationQueueModel::TimeLeft), QStringLiteral("02:00:00 left"));
        QCOMPARE(cell(view, m_escalations[0], EscalationQueueModel::Priority), QStringLiteral("critical"));
        QCOMPARE(cell(view, m_escalations[0], EscalationQueueModel::Assignee), QStringLiteral("unassigned"));

        select(view, m_escalations[0]);
        QVERIFY(view->detail()->requestText().contains(QStringLiteral("read_ticket")));
        QVERIFY(view->detail()->requestText().contains(QStringLiteral("Reason trace")));
        QVERIFY(view->detail()->chartedDimensions().contains(qMakePair(QStringLiteral("privacy"), 98)));
        QVERIFY(view->detail()->historyText().contains(QStringLiteral("opened")));
        QVERIFY(view->detail()->historyText().contains(QStringLiteral("Responsibility chain")));
        QVERIFY(view->detail()->historyText().contains(QStringLiteral("ai_system")));
        QVERIFY(view->detail()->requestText().contains(QStringLiteral("Ledger")));

        // Every action is in the Escalation menu with its shortcut.
        QMenu *menu = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (a->text() == QLatin1String("&Escalation"))
                menu = a->menu();
        }
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 5);
        for (QAction *a : menu->actions())
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
    }

    void withoutAUserTheQueueIsReadOnlyAndSaysWhy()
    {
        Ui::MainWindow window(*m_ws);
        Ui::OversightQueueView *view = window.queue();
        QVERIFY(!view->claimAction()->isEnabled());
        QVERIFY(!view->resolveAction(Escalation::approved())->isEnabled());
        QVERIFY(view->noticeText().contains(QStringLiteral("nobody is signed in")));
    }

    void aViewerCannotClaimAndIsToldWhy()
    {
        Ui::MainWindow window(*m_ws);
        window.setActingUser(user(QStringLiteral("victor")));
        Ui::OversightQueueView *view = window.queue();
        select(view, m_escalations[3]);
        QVERIFY(!view->claimAction()->isEnabled());
        QVERIFY(view->noticeText().contains(QStringLiteral("resolve_escalation")));
        QVERIFY(view->claimAction()->toolTip().contains(QStringLiteral("resolve_escalation")));

        // Even if the action were reached, the core refuses and the view shows its sentence.
        const qint64 before = ledgerSize();
        view->claimSelected();
        QVERIFY2(view->messageText().contains(QStringLiteral("victor (viewer) may not do this")),
                 qPrintable(view->messageText()));
        QVERIFY(view->messageText().contains(QStringLiteral("resolve_escalation")));
        QCOMPARE(ledgerSize(), before);
        QVERIFY(m_ws->escalations().get(m_escalations[3])->claimedBy.isEmpty());
    }

    void claimThenApproveThroughTheDialog()
    {
        Ui::MainWindow window(*m_ws);
        window.setActingUser(user(QStringLiteral("olivia")));
        window.show();
        Ui::OversightQueueView *view = window.queue();
        const QString id = m_escalations[0];
        select(view, id);
        QVERIFY(view->noticeText().isEmpty());

        const qint64 before = ledgerSize();
        QVERIFY(view->claimAction()->isEnabled());
        view->claimAction()->trigger();
        QCOMPARE(ledgerSize(), before + 1);
        QCOMPARE(cell(view, id, EscalationQueueModel::Assignee), QStringLiteral("olivia"));
        QCOMPARE(cell(view, id, EscalationQueueModel::Status), QStringLiteral("in review"));
        QVERIFY(!view->claimAction()->isEnabled()); // already hers
        QVERIFY(view->resolveAction(Escalation::approved())->isEnabled());

        view->resolveAction(Escalation::approved())->trigger();
        auto *dialog = view->findChild<Ui::ResolveDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Verified: the customer consented to this."));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(view->findChild<Ui::ResolveDialog *>() == nullptr);

        auto decision = m_ws->decisions().get(m_decisionIds[0]);
        QVERIFY(decision.ok());
        QCOMPARE(decision->finalOutcome, QStringLiteral("approved"));
        QVERIFY(ledgerSize() > before + 1);
        QCOMPARE(m_ws->escalations().get(id)->status, Escalation::resolved());
        QCOMPARE(view->model()->rowOf(id), -1); // gone from the open queue
        QVERIFY(view->messageText().contains(QStringLiteral("approved")));
    }

    void aTooShortReasonIsRefused()
    {
        Ui::MainWindow window(*m_ws);
        window.setActingUser(user(QStringLiteral("olivia")));
        window.show();
        Ui::OversightQueueView *view = window.queue();
        const QString id = m_escalations[1];
        select(view, id);
        const qint64 before = ledgerSize();

        view->resolveAction(Escalation::denied())->trigger();
        auto *dialog = view->findChild<Ui::ResolveDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("   no    ")); // blanks do not count
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->accept(); // Enter or a script: still refused
        QVERIFY(dialog->isVisible());
        QCOMPARE(ledgerSize(), before);

        // The core refuses a short reason on its own, naming the field.
        auto refused = m_ws->escalations().resolve(id, Escalation::denied(), QStringLiteral("too short"),
                                                   user(QStringLiteral("olivia")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("reason"));

        // A refusal by the core (here: someone else claimed it meanwhile) shows in the dialog, which stays open.
        QVERIFY(m_ws->escalations().claim(id, user(QStringLiteral("omar"))).ok());
        dialog->reasonEdit()->setPlainText(QStringLiteral("Checked the ticket history; it is not needed."));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("claimed by user:omar")), qPrintable(dialog->errorText()));
        QCOMPARE(m_ws->escalations().get(id)->status, Escalation::inReview());
        dialog->reject();
        // The view saw omar's claim through the service's signal and now explains why olivia cannot act.
        QCOMPARE(cell(view, id, EscalationQueueModel::Assignee), QStringLiteral("omar"));
        QVERIFY(!view->resolveAction(Escalation::denied())->isEnabled());
        QVERIFY(view->resolveAction(Escalation::denied())->toolTip().contains(QStringLiteral("user:omar")));
    }

    void filtersByStatusAndText()
    {
        Ui::MainWindow window(*m_ws);
        Ui::OversightQueueView *view = window.queue();
        QComboBox *status = nullptr;
        for (QComboBox *box : view->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("Status filter"))
                status = box;
        }
        QVERIFY(status);
        QCOMPARE(view->model()->rowCount(), 3); // one approved above
        status->setCurrentIndex(status->findText(QStringLiteral("Resolved")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->selectedEscalation()->escalationId, m_escalations[0]);
        QVERIFY(cell(view, m_escalations[0], EscalationQueueModel::Status).contains(QStringLiteral("approved")));
        status->setCurrentIndex(status->findText(QStringLiteral("Open")));

        auto *search = view->findChild<QLineEdit *>();
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("reply"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->selectedEscalation()->escalationId, m_escalations[1]);
    }

    void theKeyboardClaimsAndMineOnlyFilters()
    {
        Ui::MainWindow window(*m_ws);
        window.setActingUser(user(QStringLiteral("olivia")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Ui::OversightQueueView *view = window.queue();
        const QString id = m_escalations[2];
        select(view, id);
        view->table()->setFocus();
        QTest::keyClick(view->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_ws->escalations().get(id)->claimedBy, QStringLiteral("user:olivia"));

        auto *mine = view->findChild<QCheckBox *>();
        QVERIFY(mine && mine->isEnabled());
        mine->setChecked(true);
        QVERIFY(view->model()->rowCount() >= 1);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QCOMPARE(view->model()->escalationAt(row)->claimedBy, QStringLiteral("user:olivia"));
    }

    void escalatingUpOpensTheNextTier()
    {
        Ui::MainWindow window(*m_ws);
        window.setActingUser(user(QStringLiteral("olivia")));
        window.show();
        Ui::OversightQueueView *view = window.queue();
        const QString id = m_escalations[2]; // olivia holds it (the test above)
        select(view, id);
        view->resolveAction(Escalation::escalatedUp())->trigger();
        auto *dialog = view->findChild<Ui::ResolveDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Needs the data protection officer's view."));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(view->findChild<Ui::ResolveDialog *>() == nullptr);

        const QString child = m_ws->escalations().get(id)->childEscalationId;
        QVERIFY(!child.isEmpty());
        QVERIFY(view->messageText().contains(child));
        QTRY_VERIFY(view->model()->rowOf(child) >= 0);
        QCOMPARE(cell(view, child, EscalationQueueModel::Priority), QStringLiteral("critical (tier 2)"));
        QCOMPARE(view->model()->rowOf(id), -1);
    }

    void newCriticalEscalationsAndSlaWarningsNotify()
    {
        Ui::MainWindow window(*m_ws);
        Ui::OversightQueueView *view = window.queue();
        QSignalSpy notified(window.notifier(), &Ui::QueueNotifier::notified);
        const int rowsBefore = view->model()->rowCount();

        // A decision from the intake (here: directly) escalates: the queue and the tray hear of it.
        const QJsonObject body{{QStringLiteral("actor"), QStringLiteral("support_bot")},
                               {QStringLiteral("action"), QStringLiteral("search_kb")},
                               {QStringLiteral("resource"), QStringLiteral("ticket_system")},
                               {QStringLiteral("risk"),
                                QJsonObject{{QStringLiteral("privacy"), 98}, {QStringLiteral("compliance"), 100}}}};
        auto decided =
            m_ws->decisions().decideJson(body, Principal::apiKey(QStringLiteral("bot"), {Permission::Decide}));
        QVERIFY(decided.ok());
        QCOMPARE(decided->outcome, QStringLiteral("escalated"));
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("New critical escalation"));
        QVERIFY(notified.at(0).at(1).toString().contains(decided->escalationId));
        QTRY_COMPARE(view->model()->rowCount(), rowsBefore + 1); // one refresh after a burst
        // Its later changes are not "new" again.
        QVERIFY(m_ws->escalations().claim(decided->escalationId, user(QStringLiteral("omar"))).ok());
        QCOMPARE(notified.size(), 1);

        // A rise in the polled warning count is announced; the same count again is not.
        window.notifier()->observeCounts({5, 0, 0});
        window.notifier()->observeCounts({5, 1, 0});
        QCOMPARE(notified.size(), 2);
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("SLA warning"));
        window.notifier()->observeCounts({5, 1, 0});
        window.notifier()->observeCounts({5, 0, 1});
        QCOMPARE(notified.size(), 3);
        QCOMPARE(notified.at(2).at(0).toString(), QStringLiteral("SLA breached"));
    }

    void countdownRestsWhileTheQueueIsOffScreen()
    {
        Ui::MainWindow window(*m_ws);
        window.show();
        Ui::OversightQueueView *view = window.queue();
        QSignalSpy changed(view->model(), &QAbstractItemModel::dataChanged);
        QTRY_VERIFY(changed.size() >= 1); // ticking while shown
        QVERIFY(window.showView(QStringLiteral("decisions")));
        changed.clear();
        QTest::qWait(2200);
        QCOMPARE(changed.size(), 0); // no repaint of a queue nobody sees
        QVERIFY(window.showView(QStringLiteral("queue")));
        QTRY_VERIFY(changed.size() >= 1);
    }

    void countdownTicksWithoutAQueryAndShowsWarningAndBreach()
    {
        Ui::MainWindow window(*m_ws);
        window.show();
        Ui::OversightQueueView *view = window.queue();
        const QString id = m_escalations[3];
        QCOMPARE(cell(view, id, EscalationQueueModel::TimeLeft), QStringLiteral("02:00:00 left"));

        QSignalSpy resets(view->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(view->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(view->model(), &QAbstractItemModel::dataChanged);
        m_clock.advanceSeconds(5);
        QCOMPARE(cell(view, id, EscalationQueueModel::TimeLeft), QStringLiteral("01:59:55 left"));
        // The view's one-second timer tells the table to repaint the countdown column, and only it.
        QTRY_VERIFY(changed.size() >= 1);
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).toModelIndex().column(), int(EscalationQueueModel::TimeLeft));
            QCOMPARE(signal.at(1).toModelIndex().column(), int(EscalationQueueModel::TimeLeft));
        }
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 0);

        const QModelIndex left = view->model()->index(view->model()->rowOf(id), EscalationQueueModel::TimeLeft);
        m_clock.setMs(kStartMs + kHour + 1000); // 59:59 left
        QTRY_COMPARE(left.data().toString(), QStringLiteral("Warning: 00:59:59 left"));
        QCOMPARE(left.data(EscalationQueueModel::SlaStateRole).toInt(), int(SlaState::Warning));
        m_clock.setMs(kStartMs + 2 * kHour + 61000);
        QTRY_COMPARE(left.data().toString(), QStringLiteral("Breached: overdue by 00:01:01"));
        QCOMPARE(left.data(EscalationQueueModel::SlaStateRole).toInt(), int(SlaState::Breached));
        QCOMPARE(resets.size(), 0);

        // Icon and colour besides the words: each state has its own icon; warning and breach their own colour.
        const QPalette palette = view->palette();
        QVERIFY(!Ui::SlaDelegate::iconFor(SlaState::Warning).pixmap(16).isNull());
        QVERIFY(Ui::SlaDelegate::iconFor(SlaState::Warning).pixmap(16).toImage() !=
                Ui::SlaDelegate::iconFor(SlaState::Breached).pixmap(16).toImage());
        QVERIFY(Ui::SlaDelegate::colourFor(SlaState::Breached, palette) != palette.color(QPalette::Text));
        QVERIFY(Ui::SlaDelegate::colourFor(SlaState::Warning, palette) !=
                Ui::SlaDelegate::colourFor(SlaState::Breached, palette));
        // A dark palette gets lighter shades, so the words stay readable (dark mode).
        QPalette dark = palette;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QVERIFY(Ui::SlaDelegate::colourFor(SlaState::Breached, dark).lightness() >
                Ui::SlaDelegate::colourFor(SlaState::Breached, palette).lightness());
        QVERIFY(Ui::SlaDelegate::colourFor(SlaState::Breached, dark).lightness() > 128);
        m_clock.setMs(kStartMs);
    }
};

QTEST_MAIN(TestOversightQueue)
#include "TestOversightQueue.moc"
