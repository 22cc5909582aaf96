#include "MainWindow.h"
#include "dashboard/RiskDashboardView.h"

#include "auth/UserService.h"
#include "decision/DecisionService.h"
#include "escalation/EscalationService.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace Lexecon;
using Ui::RiskDashboardView;

namespace {
constexpr qint64 kDayStartMs = 1795305600000; // 2026-11-22T00:00:00Z
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> v;
    for (int i = 0; i < set->count(); ++i)
        v << set->at(i);
    return v;
}

qreal sum(const QBarSet *set)
{
    qreal total = 0;
    for (qreal v : values(set))
        total += v;
    return total;
}

template <typename Series> Series *only(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *typed = qobject_cast<Series *>(s))
            return typed;
    }
    return nullptr;
}
} // namespace

// The dashboard driven offscreen over a real workspace: two approvals five days ago, and today
// one resolved critical escalation (30 min) and one left open past its deadline.
class TestRiskDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{kDayStartMs - 5 * kDay};
    std::unique_ptr<Workspace> m_ws;

    QString decide(const QString &action, bool risky = false) { return Test::decideAsSupportBot(*m_ws, action, risky); }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        QVERIFY(m_ws->users().add(QStringLiteral("ada"), Role::Admin, Principal::system()).ok());
        auto ada = m_ws->users().principalFor(QStringLiteral("ada"));
        QVERIFY(ada.ok());
        QVERIFY(m_ws->users().add(QStringLiteral("olivia"), Role::ComplianceOfficer, *ada).ok());

        decide(QStringLiteral("search_kb"));
        decide(QStringLiteral("search_kb"));
        m_clock.setMs(kDayStartMs + 6 * kHour);
        const QString resolved = m_ws->decisions().get(decide(QStringLiteral("read_ticket"), true))->escalationId;
        m_clock.setMs(kDayStartMs + 6 * kHour + kHour / 2);
        auto olivia = m_ws->users().principalFor(QStringLiteral("olivia"));
        QVERIFY(olivia.ok());
        QVERIFY(m_ws->escalations()
                    .resolve(resolved, QStringLiteral("approved"), QStringLiteral("Checked with the customer first."),
                             *olivia)
                    .ok());
        m_clock.setMs(kDayStartMs + 7 * kHour);
        decide(QStringLiteral("read_ticket"), true); // due 09:00, open at 11:30
        m_clock.setMs(kDayStartMs + 11 * kHour + kHour / 2);
    }

    void rendersFourChartsAndFollowsThePeriod()
    {
        Ui::MainWindow window(*m_ws);
        QVERIFY(window.showView(QStringLiteral("dashboard")));
        window.show();
        auto *view = window.findChild<RiskDashboardView *>();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QCOMPARE(view->periodBox()->accessibleName(), QStringLiteral("Dashboard period"));
        // Opening returns at once: the statistics are read off the GUI thread.
        QVERIFY(view->isLoading());
        QVERIFY(view->statusLabel()->text().contains(QStringLiteral("Loading")));
        QTRY_VERIFY(!view->isLoading());
        QVERIFY(view->statusLabel()->text().contains(QStringLiteral("Decisions in the period")));

        // 24 hours: the two escalations today, hour buckets.
        auto *outcomes = only<QStackedBarSeries>(view->chart(RiskDashboardView::OutcomesChart));
        QVERIFY(outcomes);
        QCOMPARE(outcomes->count(), 3);
        QCOMPARE(outcomes->barSets().at(0)->count(), 24);
        QCOMPARE(sum(outcomes->barSets().at(0)), 0.0);    // approved
        QCOMPARE(sum(outcomes->barSets().at(2)), 2.0);    // escalated
        QCOMPARE(outcomes->barSets().at(2)->at(18), 1.0); // 06:00, with 12:00 yesterday as bucket 0
        QCOMPARE(outcomes->barSets().at(2)->at(19), 1.0);

        auto *levels = only<QBarSeries>(view->chart(RiskDashboardView::RiskLevelsChart));
        QVERIFY(levels);
        QCOMPARE(values(levels->barSets().at(0)), (QList<qreal>{0, 0, 0, 2}));

        auto *sla = view->chart(RiskDashboardView::SlaChart);
        auto *rate = only<QBarSeries>(sla);
        auto *median = only<QScatterSeries>(sla);
        QVERIFY(rate && median);
        QCOMPARE(values(rate->barSets().at(0)), (QList<qreal>{0, 0, 0, 50})); // one of two critical breached
        QCOMPARE(median->count(), 1);                                         // no point where nothing was resolved
        QCOMPARE(median->at(0), QPointF(3, 0.5));                             // critical: resolved in 30 minutes

        auto *top = only<QHorizontalStackedBarSeries>(view->chart(RiskDashboardView::TopChart));
        QVERIFY(top);
        QCOMPARE(values(top->barSets().at(0)), (QList<qreal>{0, 2})); // actors: read_ticket row, support_bot row
        QCOMPARE(values(top->barSets().at(1)), (QList<qreal>{2, 0}));

        // 7 days: the approvals of five days ago join in, in day buckets.
        QComboBox *period = view->periodBox();
        period->setCurrentIndex(period->findData(int(StatisticsPeriod::Last7Days)));
        QTRY_VERIFY(!view->isLoading());
        outcomes = only<QStackedBarSeries>(view->chart(RiskDashboardView::OutcomesChart));
        QVERIFY(outcomes);
        QCOMPARE(outcomes->barSets().at(0)->count(), 7);
        QCOMPARE(values(outcomes->barSets().at(0)), (QList<qreal>{0, 2, 0, 0, 0, 0, 0}));
        QCOMPARE(values(outcomes->barSets().at(2)), (QList<qreal>{0, 0, 0, 0, 0, 0, 2}));
        levels = only<QBarSeries>(view->chart(RiskDashboardView::RiskLevelsChart));
        QCOMPARE(sum(levels->barSets().at(0)), 4.0);
    }

    void aPeriodChosenWhileLoadingWins()
    {
        Ui::MainWindow window(*m_ws);
        QVERIFY(window.showView(QStringLiteral("dashboard")));
        window.show();
        auto *view = window.findChild<RiskDashboardView *>();
        QVERIFY(view);
        QVERIFY(view->isLoading());
        // Two more periods before the first arrives: only the last one's numbers may show.
        QComboBox *period = view->periodBox();
        period->setCurrentIndex(period->findData(int(StatisticsPeriod::Last30Days)));
        period->setCurrentIndex(period->findData(int(StatisticsPeriod::Last7Days)));
        QTRY_VERIFY(!view->isLoading());
        QTest::qWait(200); // a stale report, had it not been dropped, would land now
        QCOMPARE(view->report().period, StatisticsPeriod::Last7Days);
        QCOMPARE(only<QStackedBarSeries>(view->chart(RiskDashboardView::OutcomesChart))->barSets().at(0)->count(), 7);
    }

    void followsTheSystemPalette()
    {
        Ui::MainWindow window(*m_ws);
        auto *view = window.findChild<RiskDashboardView *>();
        QVERIFY(view);
        QPalette dark = view->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::WindowText, Qt::white);
        view->setPalette(dark);
        for (int kind = 0; kind < RiskDashboardView::ChartCount; ++kind)
            QCOMPARE(view->chart(RiskDashboardView::ChartKind(kind))->theme(), QChart::ChartThemeDark);
        QPalette light = dark;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        light.setColor(QPalette::Base, Qt::white);
        view->setPalette(light);
        QCOMPARE(view->chart(RiskDashboardView::SlaChart)->theme(), QChart::ChartThemeLight);
    }

    void exportsEachChartToPngAndPdf()
    {
        Ui::MainWindow window(*m_ws);
        QVERIFY(window.showView(QStringLiteral("dashboard")));
        window.show();
        auto *view = window.findChild<RiskDashboardView *>();
        QVERIFY(view);
        QTRY_VERIFY(!view->isLoading());
        QTemporaryDir out;
        for (int kind = 0; kind < RiskDashboardView::ChartCount; ++kind) {
            for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("pdf")}) {
                const QString path = out.filePath(QStringLiteral("chart%1.%2").arg(kind).arg(suffix));
                QCOMPARE(view->exportChart(RiskDashboardView::ChartKind(kind), path), QString());
                QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
            }
        }
        QFile pdf(out.filePath(QStringLiteral("chart0.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QImage png(out.filePath(QStringLiteral("chart0.png")));
        QVERIFY(!png.isNull());
        QVERIFY(png.width() > 100);
        // An unwritable path is refused with a sentence, not silently.
        QVERIFY(!view->exportChart(RiskDashboardView::SlaChart, QStringLiteral("/nonexistent/dir/x.png")).isEmpty());
    }
};

QTEST_MAIN(TestRiskDashboard)
#include "TestRiskDashboard.moc"
