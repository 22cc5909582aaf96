#include "compliance/ComplianceView.h"
#include "compliance/ControlDetailPane.h"
#include "compliance/ControlsModel.h"
#include "compliance/CoverageChart.h"
#include "compliance/OversightPane.h"
#include "compliance/SetStatusDialog.h"
#include "retention/RetentionView.h"
#include "widgets/BackgroundJob.h"
#include "widgets/ErrorLabel.h"

#include "auth/Principal.h"
#include "auth/UserService.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "support/Screenshots.h"
#include "workspace/Workspace.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

namespace {
constexpr qint64 kStartMs = 1795341600000; // 2026-11-22T10:00:00Z
const QString kJustification = QStringLiteral("External SOC 2 Type II audit by Acme LLP, report 2026-114.");
} // namespace

// The Compliance screen driven through its real widgets, offscreen, over a real workspace: an
// officer sets a status with a justification and sees its source; a viewer is refused and told
// why; frameworks, gaps, chart, oversight and exports show what the core computes.
class TestComplianceView : public QObject
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

    // A SOC 2 control no primitive backs, so an officer's status is the one in effect.
    static QString unbackedControl(Ui::ComplianceView &view)
    {
        for (const ControlAssessment &c : view.controlsModel()->controls())
            if (c.primitives.isEmpty())
                return c.control.id;
        return {};
    }

    static QString cell(Ui::ComplianceView &view, const QString &controlId, int column)
    {
        const int row = view.controlsModel()->rowOf(controlId);
        return view.controlsModel()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        Test::addTeam(*m_ws, {{QStringLiteral("olivia"), Role::ComplianceOfficer}, {QStringLiteral("victor"), Role::Viewer}});
        Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        Test::decideAsSupportBot(*m_ws, QStringLiteral("reply_customer"), true);
    }

    void showsNineFrameworksWithGapsChartAndOversight()
    {
        Ui::ComplianceView view(*m_ws);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
        view.setActingUser(user(QStringLiteral("olivia")));
        QCOMPARE(view.frameworkList()->count(), 9);
        QCOMPARE(view.reports().size(), 9);
        view.selectFramework(QStringLiteral("eu_ai_act"));
        QCOMPARE(view.currentFramework(), QStringLiteral("eu_ai_act"));
        QVERIFY(view.controlsModel()->rowCount() > 5);
        const GapReport &report = view.reports().at(view.frameworkList()->currentRow());
        QCOMPARE(view.gapsTable()->rowCount(), int(report.gaps.size()));
        QVERIFY(view.coverageLabel()->text().contains(QStringLiteral("% covered")));
        QVERIFY(view.frameworkList()->currentItem()->text().contains(QStringLiteral("% covered")));
        auto *series =
            qobject_cast<QAbstractBarSeries *>(view.coverageChart()->chartView()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->count(), 5); // one set per status
        QCOMPARE(series->barSets().first()->count(), 9);
        QVERIFY(view.oversightPane()->text().contains(QStringLiteral("Response times against the SLA")));
        QVERIFY(view.oversightPane()->text().contains(QStringLiteral("Reviewer load")));
        // Selecting a control shows its linked primitives.
        for (const ControlAssessment &c : view.controlsModel()->controls()) {
            if (!c.primitives.isEmpty()) {
                view.selectControl(c.control.id);
                QVERIFY(view.detailPane()->text().contains(c.primitives.first()));
                break;
            }
        }
    }

    void opensAtOnceAndFillsInWhenTheEvidenceArrives()
    {
        Ui::ComplianceView view(*m_ws);
        // The evidence is collected off the GUI thread: the screen exists, says it is loading,
        // and has no assessment yet.
        QVERIFY(view.isLoading());
        QVERIFY(view.loadingLabel()->isVisibleTo(&view));
        QCOMPARE(view.frameworkList()->count(), 9);
        QVERIFY(view.reports().isEmpty());
        // A control chosen meanwhile is selected once the controls arrive.
        view.selectFramework(QStringLiteral("eu_ai_act"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
        QVERIFY(!view.loadingLabel()->isVisibleTo(&view));
        QCOMPARE(view.reports().size(), 9);
        QVERIFY(view.controlsModel()->rowCount() > 5);
        const QString second = view.controlsModel()->controls().at(1).control.id;
        view.reload();
        QVERIFY(view.isLoading());
        view.selectControl(second);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
        QCOMPARE(view.controlsTable()->currentIndex().row(), view.controlsModel()->rowOf(second));
    }

    void officerSetsManualStatusWithJustificationAndItShowsWithItsSource()
    {
        Ui::ComplianceView view(*m_ws);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
        view.setActingUser(user(QStringLiteral("olivia")));
        QVERIFY(view.setStatusButton()->isEnabled());
        QVERIFY(view.permissionText().isEmpty());
        view.selectFramework(QStringLiteral("soc2"));
        const QString control = unbackedControl(view);
        QVERIFY(!control.isEmpty());
        view.selectControl(control);
        QCOMPARE(cell(view, control, Ui::ControlsModel::SourceColumn), QStringLiteral("No evidence and no status set"));

        QPointer<Ui::SetStatusDialog> dialog = view.createSetStatusDialog();
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->justificationEdit()->setPlainText(QStringLiteral("too short"));
        QVERIFY(!ok->isEnabled()); // the live count gates OK
        dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(QStringLiteral("verified")));
        dialog->justificationEdit()->setPlainText(kJustification);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!dialog); // accepted, closed and deleted
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);

        QCOMPARE(cell(view, control, Ui::ControlsModel::ManualColumn), QStringLiteral("Verified"));
        QCOMPARE(cell(view, control, Ui::ControlsModel::StatusColumn), QStringLiteral("Verified"));
        QCOMPARE(cell(view, control, Ui::ControlsModel::SourceColumn),
                 QStringLiteral("Set by olivia on 2026-11-22: ") + kJustification);
        view.selectControl(control);
        QVERIFY(view.detailPane()->text().contains(kJustification));
        QVERIFY(view.detailPane()->text().contains(QStringLiteral("user:olivia")));
        // A control the evidence backs says so.
        for (const ControlAssessment &c : view.controlsModel()->controls())
            if (c.source == QLatin1String("derived"))
                QCOMPARE(cell(view, c.control.id, Ui::ControlsModel::SourceColumn),
                         QStringLiteral("Derived from live evidence"));
    }

    // Art. 12 record keeping is a tab of the Compliance screen, made when first shown, and
    // takes the signed-in user (who may or may not place holds).
    void recordKeepingTabIsBuiltOnFirstShow()
    {
        Ui::ComplianceView view(*m_ws);
        view.setActingUser(user(QStringLiteral("victor")));
        QVERIFY(!view.retentionView());
        int tab = -1;
        for (int i = 0; i < view.tabs()->count(); ++i)
            if (view.tabs()->tabText(i).contains(QLatin1String("Art. 12")))
                tab = i;
        QVERIFY(tab >= 0);
        view.tabs()->setCurrentIndex(tab);
        Ui::RetentionView *retention = view.retentionView();
        QVERIFY(retention);
        QVERIFY(!retention->runButton()->isEnabled()); // a viewer may not run retention
        QTRY_VERIFY_WITH_TIMEOUT(!retention->loadJob()->isRunning(), 20000);
        QVERIFY(retention->countsTable()->rowCount() > 0);
        view.setActingUser(user(QStringLiteral("olivia")));
        QVERIFY(retention->runButton()->isEnabled());
        view.showRecordKeeping();
        QCOMPARE(view.retentionView(), retention); // made once
    }

    void viewerCannotSetStatusAndIsToldWhy()
    {
        Ui::ComplianceView view(*m_ws);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
        view.setActingUser(user(QStringLiteral("victor")));
        QVERIFY(!view.setStatusButton()->isEnabled());
        QVERIFY(view.permissionText().contains(QStringLiteral("victor (viewer) may not set a control's status")));
        QVERIFY(view.permissionText().contains(QStringLiteral("manage_compliance")));
        view.selectFramework(QStringLiteral("gdpr"));
        view.selectControl(view.controlsModel()->controls().first().control.id);
        const QString control = view.controlsModel()->controls().first().control.id;
        // Even when the dialog is reached, the core refuses and the dialog says why.
        std::unique_ptr<Ui::SetStatusDialog> dialog(view.createSetStatusDialog());
        QVERIFY(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->justificationEdit()->setPlainText(kJustification);
        dialog->submit();
        QVERIFY(dialog->errorLabel()->isVisibleTo(dialog.get()));
        QVERIFY2(dialog->errorLabel()->text().contains(QStringLiteral("manage_compliance")),
                 qPrintable(dialog->errorLabel()->text()));
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        view.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
        QCOMPARE(cell(view, control, Ui::ControlsModel::ManualColumn), QStringLiteral("Not set"));
    }

    void exportsEvidenceMapAndTechnicalDocumentation()
    {
        Ui::ComplianceView view(*m_ws);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
        view.setActingUser(user(QStringLiteral("olivia")));
        const QString md = m_dir.filePath(QStringLiteral("soc2.md"));
        QVERIFY(view.exportSoc2EvidenceMap(md).ok());
        QFile map(md);
        QVERIFY(map.open(QIODevice::ReadOnly));
        const QByteArray mapText = map.readAll();
        QVERIFY(mapText.contains("CC6"));
        QVERIFY(mapText.contains(kJustification.toUtf8())); // the officer's status from the earlier test

        for (const char *suffix : {"md", "html", "pdf"}) {
            const QString path = m_dir.filePath(QStringLiteral("techdoc.") + QLatin1String(suffix));
            auto done = view.exportTechnicalDocumentation(path);
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(8);
            if (qstrcmp(suffix, "pdf") == 0)
                QVERIFY(head.startsWith("%PDF"));
            else
                QVERIFY(file.size() > 500);
        }
        // The buttons export on a worker: the window stays responsive while the evidence is read.
        const QString background = m_dir.filePath(QStringLiteral("soc2-background.md"));
        view.exportInBackground(QStringLiteral("Export"),
                                [&view, background] { return view.exportSoc2EvidenceMap(background); });
        QVERIFY(view.exportJob()->isRunning() || QFileInfo::exists(background));
        QTRY_VERIFY_WITH_TIMEOUT(!view.exportJob()->isRunning(), 20000);
        QTRY_VERIFY(view.loadingLabel()->isHidden());
        QVERIFY(QFileInfo(background).size() > 100);

        auto refused = view.exportTechnicalDocumentation(m_dir.filePath(QStringLiteral("techdoc.txt")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral(".md, .html or .pdf")));
    }

    void rendersToPng()
    {
        Ui::ComplianceView view(*m_ws);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 20000);
        view.setActingUser(user(QStringLiteral("olivia")));
        view.resize(1280, 800);
        view.selectFramework(QStringLiteral("soc2"));
        view.selectControl(unbackedControl(view).isEmpty() ? QStringLiteral("CC6.1") : unbackedControl(view));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("compliance-controls.png"))));
        for (int tab = 1; tab < view.tabs()->count(); ++tab) {
            view.tabs()->setCurrentIndex(tab);
            QVERIFY(view.grab().save(Test::screenshotPath(QStringLiteral("compliance-tab%1.png").arg(tab))));
        }
        QVERIFY(!QImage(Test::screenshotPath(QStringLiteral("compliance-controls.png"))).isNull());
        std::unique_ptr<Ui::SetStatusDialog> dialog(view.createSetStatusDialog());
        QVERIFY(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->justificationEdit()->setPlainText(QStringLiteral("Penetration test"));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(dialog->grab().save(Test::screenshotPath(QStringLiteral("compliance-set-status.png"))));
    }
};

QTEST_MAIN(TestComplianceView)
#include "TestComplianceView.moc"
