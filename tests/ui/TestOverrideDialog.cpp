#include "MainWindow.h"
#include "decisions/DecisionDetailPane.h"
#include "decisions/DecisionLogView.h"
#include "decisions/OverrideDialog.h"

#include "auth/Principal.h"
#include "auth/UserService.h"
#include "decision/DecisionLogModel.h"
#include "decision/DecisionService.h"
#include "ledger/LedgerStore.h"
#include "mock/MockClock.h"
#include "override/OverrideService.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
constexpr qint64 kHour = 3600 * 1000;
const QString kJustification = QStringLiteral("The customer proved consent by signed letter.");
} // namespace

// The override dialog over a real workspace, offscreen: the justification rule, which types the
// acting user may choose, the core's refusals shown in place, and a successful override.
class TestOverrideDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;

    Principal user(const QString &name)
    {
        auto p = m_ws->users().principalFor(name);
        if (!p)
            qFatal("%s", qPrintable(p.error().message));
        return *p;
    }

    // A fresh decision the policy denies: a support bot may not delete records.
    QString deniedDecision()
    {
        const QJsonObject body{{QStringLiteral("actor"), QStringLiteral("support_bot")},
                               {QStringLiteral("action"), QStringLiteral("delete_record")},
                               {QStringLiteral("resource"), QStringLiteral("ticket_system")}};
        auto decided =
            m_ws->decisions().decideJson(body, Principal::apiKey(QStringLiteral("bot"), {Permission::Decide}));
        if (!decided)
            qFatal("%s", qPrintable(decided.error().message));
        if (decided->outcome != QLatin1String("denied"))
            qFatal("expected a denial, got %s", qPrintable(decided->outcome));
        m_clock.advanceMs(1000);
        return decided->decisionId;
    }

    qint64 ledgerSize() { return LedgerStore(m_ws->database()).size().value(); }

    static int typeRow(Ui::OverrideDialog &dialog, OverrideType type)
    {
        return dialog.typeBox()->findData(Overrides::typeName(type));
    }

    static bool typeEnabled(Ui::OverrideDialog &dialog, OverrideType type)
    {
        auto *model = qobject_cast<QStandardItemModel *>(dialog.typeBox()->model());
        return model->item(typeRow(dialog, type))->isEnabled();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("olivia"), Role::ComplianceOfficer, user(QStringLiteral("ada"))).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("victor"), Role::Viewer, user(QStringLiteral("ada"))).ok());
    }

    void justificationLengthGatesOk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("count");
        QTest::newRow("empty") << QString() << false << QStringLiteral("20 more needed");
        QTest::newRow("19 characters") << QString(19, QLatin1Char('a')) << false << QStringLiteral("1 more needed");
        QTest::newRow("20 characters") << QString(20, QLatin1Char('a')) << true << QStringLiteral("20 characters.");
        // The core trims before counting, so padding does not count.
        QTest::newRow("19 padded with spaces")
            << QStringLiteral("  ") + QString(19, QLatin1Char('a')) + QStringLiteral("   ") << false
            << QStringLiteral("1 more needed");
    }

    void justificationLengthGatesOk()
    {
        QFETCH(QString, text);
        QFETCH(bool, enabled);
        QFETCH(QString, count);
        Ui::OverrideDialog dialog(*m_ws, deniedDecision(), user(QStringLiteral("olivia")));
        dialog.justificationEdit()->setPlainText(text);
        QCOMPARE(dialog.okButton()->isEnabled(), enabled);
        QVERIFY2(dialog.countLabel()->text().contains(count), qPrintable(dialog.countLabel()->text()));
    }

    void officerOverridesADenialToApproved()
    {
        const QString id = deniedDecision();
        const qint64 before = ledgerSize();
        Ui::OverrideDialog dialog(*m_ws, id, user(QStringLiteral("olivia")));
        dialog.show();
        QCOMPARE(dialog.outcomeBox()->currentData().toString(), QStringLiteral("approved"));
        dialog.justificationEdit()->setPlainText(kJustification);
        const QString summary = dialog.summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("denied → approved")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("capability token will be issued")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Does not expire")), qPrintable(summary));

        QTest::keyClick(dialog.okButton(), Qt::Key_Space);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.created().has_value());
        QCOMPARE(dialog.created()->newOutcome, QStringLiteral("approved"));
        QCOMPARE(dialog.created()->createdBy, QStringLiteral("user:olivia"));
        auto record = m_ws->decisions().get(id);
        QVERIFY(record.ok());
        QCOMPARE(record->finalOutcome, QStringLiteral("approved"));
        QVERIFY(record->overridden);
        QVERIFY(!record->capabilityToken.isEmpty());
        QCOMPARE(ledgerSize(), before + 1);
    }

    void executiveTypesFollowPermission_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("compliance officer") << QStringLiteral("olivia") << false;
        QTest::newRow("admin") << QStringLiteral("ada") << true;
    }

    void executiveTypesFollowPermission()
    {
        QFETCH(QString, who);
        QFETCH(bool, enabled);
        Ui::OverrideDialog dialog(*m_ws, deniedDecision(), user(who));
        for (OverrideType type : {OverrideType::ExecutiveOverride, OverrideType::EmergencyBypass}) {
            QCOMPARE(typeEnabled(dialog, type), enabled);
            const QString tip = dialog.typeBox()->itemData(typeRow(dialog, type), Qt::ToolTipRole).toString();
            QCOMPARE(tip.contains(QStringLiteral("create_executive_override")), !enabled);
        }
        QVERIFY(typeEnabled(dialog, OverrideType::HumanReview));
        // The default is a type the user may use.
        QVERIFY(typeEnabled(dialog, *Overrides::typeFromName(dialog.typeBox()->currentData().toString())));
    }

    void coreRefusalStaysInTheDialog()
    {
        const QString id = deniedDecision();
        const qint64 before = ledgerSize();
        Ui::OverrideDialog dialog(*m_ws, id, user(QStringLiteral("olivia")));
        dialog.show();
        // A disabled item can still be made current from code: the core must refuse it anyway.
        dialog.typeBox()->setCurrentIndex(typeRow(dialog, OverrideType::ExecutiveOverride));
        dialog.justificationEdit()->setPlainText(kJustification);
        QVERIFY(dialog.errorLabel()->isHidden());
        dialog.okButton()->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.created().has_value());
        QVERIFY(!dialog.errorLabel()->isHidden());
        const QString shown = dialog.errorLabel()->text();
        QVERIFY2(shown.contains(QStringLiteral("olivia")) &&
                     shown.contains(QStringLiteral("create_executive_override")),
                 qPrintable(shown));
        QCOMPARE(ledgerSize(), before);
        QCOMPARE(m_ws->decisions().get(id)->finalOutcome, QStringLiteral("denied"));
    }

    void expiryInThePastIsRefused()
    {
        const QString id = deniedDecision();
        Ui::OverrideDialog dialog(*m_ws, id, user(QStringLiteral("olivia")));
        dialog.show();
        QVERIFY(!dialog.expiryEdit()->isEnabled());
        dialog.expiryCheck()->setChecked(true);
        QVERIFY(dialog.expiryEdit()->isEnabled());
        dialog.justificationEdit()->setPlainText(kJustification);
        QVERIFY(dialog.okButton()->isEnabled()); // the default expiry lies a day ahead

        // Chosen in the past, the dialog says so before OK.
        dialog.expiryEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs() - kHour));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("expiry is in the past")),
                 qPrintable(dialog.summaryLabel()->text()));

        // Valid when chosen, past by the time OK is pressed: the core refuses in its words.
        dialog.expiryEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs() + 5 * 60 * 1000));
        QVERIFY(dialog.okButton()->isEnabled());
        m_clock.advanceMs(kHour);
        dialog.okButton()->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.created().has_value());
        QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("not in the future")),
                 qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(m_ws->decisions().get(id)->finalOutcome, QStringLiteral("denied"));

        // Moved into the future, the same dialog succeeds.
        dialog.expiryEdit()->setDateTime(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs() + 2 * kHour));
        dialog.okButton()->click();
        QVERIFY(dialog.created().has_value());
        QVERIFY(!dialog.created()->expiresAt.isEmpty());
        QCOMPARE(m_ws->decisions().get(id)->finalOutcome, QStringLiteral("approved"));
    }

    void logActionOverridesAndRefreshes()
    {
        const QString id = deniedDecision();
        Ui::MainWindow window(*m_ws);
        QVERIFY(window.showView(QStringLiteral("decisions")));
        auto *view = window.findChild<Ui::DecisionLogView *>();
        QVERIFY(view);
        QAction *action = view->overrideAction();
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QVERIFY(view->table()->actions().contains(action)); // the log's context menu
        const int row = view->model()->rowOf(id);
        QVERIFY(row >= 0);
        view->table()->setCurrentIndex(view->model()->index(row, 0));
        QCOMPARE(view->detail()->decisionId(), id);
        QVERIFY(!action->isEnabled()); // nobody signed in
        bool inPane = false;
        for (QToolButton *button : view->detail()->findChildren<QToolButton *>())
            inPane = inPane || button->defaultAction() == action;
        QVERIFY(inPane);

        window.setActingUser(user(QStringLiteral("victor")));
        QVERIFY(!action->isEnabled()); // a viewer may not override
        QVERIFY2(action->toolTip().contains(QStringLiteral("create_override")), qPrintable(action->toolTip()));

        window.setActingUser(user(QStringLiteral("olivia")));
        QVERIFY(action->isEnabled());
        QString overrideId;
        QTimer::singleShot(0, this, [&overrideId] {
            auto *dialog = qobject_cast<Ui::OverrideDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->justificationEdit()->setPlainText(kJustification);
            dialog->okButton()->click();
            QVERIFY(dialog->created().has_value());
            overrideId = dialog->created()->overrideId;
        });
        action->trigger();
        QVERIFY(!overrideId.isEmpty());
        // The row and the pane show the override without a manual reload.
        const int after = view->model()->rowOf(id);
        QVERIFY(after >= 0);
        QCOMPARE(view->model()->recordAt(after)->finalOutcome, QStringLiteral("approved"));
        QCOMPARE(view->detail()->decisionId(), id);
        QVERIFY2(view->detail()->text().contains(overrideId), qPrintable(view->detail()->text()));
    }
};

QTEST_MAIN(TestOverrideDialog)
#include "TestOverrideDialog.moc"
