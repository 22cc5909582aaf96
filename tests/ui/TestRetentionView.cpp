#include "retention/LegalHoldDialog.h"
#include "retention/RetentionView.h"
#include "widgets/BackgroundJob.h"

#include "auth/Principal.h"
#include "decision/DecisionService.h"
#include "ledger/LedgerStore.h"
#include "mock/MockClock.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;
using namespace Lexecon::Ui;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
constexpr qint64 kDayMs = qint64(24) * 3600 * 1000;
} // namespace

// The record-keeping widget over a real workspace, offscreen: counts by class and status, a hold
// placed and released through its dialogs (the reason is mandatory), and the retention job run off
// the GUI thread.
class TestRetentionView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kStartMs};
    std::unique_ptr<Workspace> m_ws;
    const Principal m_officer = Principal::user(QStringLiteral("olivia"), Role::ComplianceOfficer);
    QString m_decision;

    static QString countAt(const RetentionView &view, int row, int col)
    {
        const QTableWidgetItem *item = view.countsTable()->item(row, col);
        return item ? item->text() : QString();
    }

    static void refreshed(RetentionView &view)
    {
        view.refresh();
        view.loadJob()->waitForFinished();
        QTRY_VERIFY(!view.loadJob()->isRunning());
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        m_decision = Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        Test::decideAsSupportBot(*m_ws, QStringLiteral("reply_customer"), true); // high risk
    }

    void withoutPermissionTheActionsAreDisabled()
    {
        RetentionView view(*m_ws);
        QVERIFY(!view.runButton()->isEnabled());
        QVERIFY(!view.placeButton()->isEnabled());
        view.setActingUser(Principal::user(QStringLiteral("victor"), Role::Viewer));
        QVERIFY(!view.runButton()->isEnabled());
        QVERIFY(view.runButton()->toolTip().contains(QLatin1String("manage_compliance")));
        view.setActingUser(m_officer);
        QVERIFY(view.runButton()->isEnabled());
        QVERIFY(view.placeButton()->isEnabled());
        QVERIFY(!view.releaseButton()->isEnabled()); // nothing selected
    }

    void dialogNeedsAReason()
    {
        LegalHoldDialog dialog(LegalHoldDialog::Mode::Place);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog.targetEdit()->setText(m_decision);
        QVERIFY(!ok->isEnabled());
        dialog.reasonEdit()->setPlainText(QStringLiteral("short"));
        QVERIFY(!ok->isEnabled());
        dialog.reasonEdit()->setPlainText(QStringLiteral("Regulator inquiry 2026-17."));
        QVERIFY(ok->isEnabled());
        dialog.targetEdit()->clear();
        QVERIFY(!ok->isEnabled()); // a decision hold needs its decision
        dialog.scopeBox()->setCurrentIndex(dialog.scopeBox()->findData(QStringLiteral("date_range")));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.terms().scope, LegalHold::Scope::DateRange);
    }

    void placeRunAndRelease()
    {
        RetentionView view(*m_ws);
        view.setActingUser(m_officer);
        refreshed(view);
        QCOMPARE(countAt(view, 3, 0), QStringLiteral("2")); // both not yet classified, active
        QCOMPARE(view.holdsTable()->rowCount(), 0);

        // Place a hold on the first decision through the dialog.
        LegalHoldDialog *place = view.openPlaceDialog();
        QVERIFY(place);
        place->targetEdit()->setText(m_decision);
        place->reasonEdit()->setPlainText(QStringLiteral("Regulator inquiry 2026-17 asks for it."));
        place->accept();
        refreshed(view);
        QCOMPARE(view.holdsTable()->rowCount(), 1);
        QCOMPARE(view.holdsTable()->item(0, 2)->text(), m_decision);
        QVERIFY2(view.statusLabel()->text().contains(QLatin1String("placed")), qPrintable(view.statusLabel()->text()));

        // 100 days later the standard decision is due but held; the high-risk one stays active.
        m_clock.advanceMs(200 * kDayMs);
        const qint64 ledgerBefore = LedgerStore(m_ws->database()).size().value();
        QSignalSpy ran(&view, &RetentionView::retentionRan);
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(view.runJob()->isRunning() || ran.count() == 1 || !view.runButton()->isEnabled());
        QVERIFY(ran.wait(20000));
        QVERIFY2(ran.first().first().toString().contains(QLatin1String("2 classified")),
                 qPrintable(ran.first().first().toString()));
        QVERIFY(ran.first().first().toString().contains(QLatin1String("1 kept by a legal hold")));
        QCOMPARE(LedgerStore(m_ws->database()).size().value(), ledgerBefore + 1);
        refreshed(view);
        QCOMPARE(countAt(view, 1, 1), QStringLiteral("1")); // standard, expiring (held)
        QCOMPARE(countAt(view, 0, 0), QStringLiteral("1")); // high risk, active

        // Release it with a reason; the next run anonymizes.
        view.holdsTable()->selectRow(0);
        QVERIFY(view.releaseButton()->isEnabled());
        LegalHoldDialog *release = view.openReleaseDialog();
        QVERIFY(release);
        QVERIFY(!release->canAccept());
        release->reasonEdit()->setPlainText(QStringLiteral("Inquiry 2026-17 closed."));
        release->accept();
        refreshed(view);
        QCOMPARE(view.holdsTable()->rowCount(), 0);
        QSignalSpy again(&view, &RetentionView::retentionRan);
        view.runRetentionNow();
        QVERIFY(again.wait(20000));
        refreshed(view);
        QCOMPARE(countAt(view, 1, 2), QStringLiteral("1")); // standard, anonymized
    }
};

QTEST_MAIN(TestRetentionView)
#include "TestRetentionView.moc"
