#include "auth/UserService.h"
#include "compliance/ComplianceControlsModel.h"
#include "compliance/ComplianceService.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

// The Compliance screen's table: one row per control, the status in effect and both sources.
class TestComplianceControlsModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{1795334400000};
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ComplianceService> m_compliance;

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        QVERIFY(m_ws->users().add(QStringLiteral("olivia"), Role::ComplianceOfficer,
                                  *m_ws->users().principalFor(QStringLiteral("ada"))).ok());
        Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        m_compliance = std::move(ComplianceService::open(*m_ws)).value();
    }

    void rowsAndColumns()
    {
        ComplianceControlsModel model(*m_compliance);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.load(QStringLiteral("eu_ai_act")).ok());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.columnCount(), int(ComplianceControlsModel::ColumnCount));
        const int row = model.rowOf(QStringLiteral("Art.12"));
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row, ComplianceControlsModel::Status), Qt::DisplayRole).toString(),
                 QStringLiteral("Implemented"));
        QCOMPARE(model.data(model.index(row, ComplianceControlsModel::Status), ComplianceControlsModel::StatusRole).toString(),
                 QStringLiteral("implemented"));
        QCOMPARE(model.data(model.index(row, ComplianceControlsModel::Source), Qt::DisplayRole).toString(), QStringLiteral("Evidence"));
        QVERIFY(model.data(model.index(row, ComplianceControlsModel::Evidence), Qt::DisplayRole).toString().contains(QLatin1String("decision_log (1)")));
        QVERIFY(model.data(model.index(row, ComplianceControlsModel::Status), Qt::ToolTipRole).toString().contains(QLatin1String("ledger verifies")));
    }

    void officerStatusShowsAfterReload()
    {
        ComplianceControlsModel model(*m_compliance);
        QVERIFY(model.load(QStringLiteral("eu_ai_act")).ok());
        const int row = model.rowOf(QStringLiteral("Art.27"));
        QCOMPARE(model.data(model.index(row, ComplianceControlsModel::Manual), Qt::DisplayRole).toString(), QString());
        QVERIFY(m_compliance->setStatus(QStringLiteral("eu_ai_act"), QStringLiteral("Art.27"), ControlStatus::PartiallyImplemented,
                                        QStringLiteral("Impact assessment drafted, legal review pending."),
                                        *m_ws->users().principalFor(QStringLiteral("olivia"))).ok());
        QVERIFY(model.load(QStringLiteral("eu_ai_act")).ok());
        QCOMPARE(model.data(model.index(row, ComplianceControlsModel::Manual), Qt::DisplayRole).toString(),
                 QStringLiteral("Partially implemented"));
        QCOMPARE(model.data(model.index(row, ComplianceControlsModel::Source), Qt::DisplayRole).toString(), QStringLiteral("Officer"));
        QVERIFY(model.data(model.index(row, ComplianceControlsModel::Manual), Qt::ToolTipRole).toString().contains(QLatin1String("legal review")));
        QCOMPARE(model.assessmentAt(row)->manual->setBy, QStringLiteral("user:olivia"));
    }

    void unknownFrameworkKeepsTheRows()
    {
        ComplianceControlsModel model(*m_compliance);
        QVERIFY(model.load(QStringLiteral("gdpr")).ok());
        const int rows = model.rowCount();
        QVERIFY(!model.load(QStringLiteral("sox")).ok());
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.framework(), QStringLiteral("gdpr"));
    }
};

QTEST_GUILESS_MAIN(TestComplianceControlsModel)
#include "TestComplianceControlsModel.moc"
