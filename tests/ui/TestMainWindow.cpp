#include "MainWindow.h"
#include "compliance/ComplianceView.h"
#include "decisions/DecisionLogView.h"
#include "evidence/EvidenceView.h"
#include "ledger/LedgerView.h"

#include "auth/Principal.h"
#include "auth/UserService.h"
#include "decision/DecisionLogModel.h"
#include "decision/DecisionService.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        const Principal bot = Principal::apiKey(QStringLiteral("bot"), {Permission::Decide});
        // 250 decisions: more than one page of the log model, so scrolling fetches more.
        for (int i = 0; i < 250; ++i) {
            m_clock.advanceMinutes(1);
            QJsonObject body{{QStringLiteral("actor"), QStringLiteral("support_bot")},
                             {QStringLiteral("action"), i % 5 == 0 ? QStringLiteral("delete_record") : QStringLiteral("search_kb")}};
            QVERIFY(m_ws->decisions().decideJson(body, bot).ok());
        }
    }

    void showsTheDecisionLogAndFilters()
    {
        Ui::MainWindow window(*m_ws);
        window.show();
        QVERIFY(window.showView(QStringLiteral("decisions")));
        QVERIFY(!window.showView(QStringLiteral("no-such-view")));
        auto *view = window.findChild<Ui::DecisionLogView *>();
        QVERIFY(view);
        DecisionLogModel *model = view->model();
        QCOMPARE(model->rowCount(), 200); // the first page
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 250);
        QCOMPARE(model->data(model->index(0, DecisionLogModel::Actor), Qt::DisplayRole).toString(), QStringLiteral("support_bot"));

        // Filter to denials with the outcome box, by keyboard.
        const QList<QComboBox *> boxes = view->findChildren<QComboBox *>();
        QComboBox *outcome = nullptr;
        for (QComboBox *b : boxes) {
            if (b->accessibleName() == QLatin1String("Outcome filter"))
                outcome = b;
        }
        QVERIFY(outcome);
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("denied")));
        QCOMPARE(model->rowCount(), 50);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->recordAt(row)->outcome, QStringLiteral("denied"));

        // Text search narrows further; clearing it brings the rows back.
        auto *search = view->findChild<QLineEdit *>();
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("search_kb"));
        QCOMPARE(model->rowCount(), 0);
        search->clear();
        QCOMPARE(model->rowCount(), 50);
    }

    void rendersAScreenshot()
    {
        Ui::MainWindow window(*m_ws);
        window.resize(1200, 700);
        window.show();
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.width(), 1200);
        // Not a blank window: the table paints text, so more than one colour appears.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 5);
    }

    // Evidence, the ledger and compliance read the whole workspace, so they are made when first
    // shown, and then take the signed-in user like the others.
    void heavyViewsAreMadeWhenFirstShown()
    {
        Ui::MainWindow window(*m_ws);
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()) ||
                m_ws->users().find(QStringLiteral("ada")));
        window.setActingUser(*m_ws->users().principalFor(QStringLiteral("ada")));
        QVERIFY(!window.findChild<Ui::LedgerView *>());
        QVERIFY(!window.findChild<Ui::ComplianceView *>());
        QVERIFY(!window.findChild<Ui::EvidenceView *>());
        const QStringList names = window.viewNames();
        QVERIFY(window.showView(QStringLiteral("compliance")));
        auto *compliance = window.findChild<Ui::ComplianceView *>();
        QVERIFY(compliance);
        QCOMPARE(window.viewNames(), names); // the navigation is unchanged
        QVERIFY(window.showView(QStringLiteral("ledger")));
        QVERIFY(window.findChild<Ui::LedgerView *>());
        QVERIFY(window.showView(QStringLiteral("evidence")));
        QVERIFY(window.findChild<Ui::EvidenceView *>());
        // Shown again: the same view, not a second one.
        QVERIFY(window.showView(QStringLiteral("compliance")));
        QCOMPARE(window.findChildren<Ui::ComplianceView *>().size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
