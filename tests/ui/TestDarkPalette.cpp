#include "MainWindow.h"
#include "queue/SlaDelegate.h"
#include "widgets/DarkPalette.h"

#include "auth/UserService.h"
#include "escalation/EscalationService.h"
#include "escalation/SlaPolicy.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Lexecon;

// Dark mode: with a dark system palette every screen's text stays readable. Widgets take their text
// colour from the palette; a style sheet that sets a text colour must set its background too; and
// colours a model or delegate chooses (SLA states) contrast with the dark base.
class TestDarkPalette : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock{1795348800000}; // 2026-11-22T12:00:00Z
    std::unique_ptr<Workspace> m_ws;

    // The application's own dark palette, so the test checks what users get.
    static QPalette dark() { return Ui::DarkPalette::make(); }

    // WCAG 2 relative luminance and contrast ratio.
    static double luminance(const QColor &c)
    {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    }
    static double contrast(const QColor &a, const QColor &b)
    {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    // Every visible widget of page: problems as sentences.
    static QStringList problemsOn(QWidget *page, const QString &view)
    {
        static const QRegularExpression textColour(QStringLiteral("(^|[^-])color\\s*:"));
        QStringList problems;
        QList<QWidget *> widgets = page->findChildren<QWidget *>();
        widgets << page;
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisibleTo(page) && w != page)
                continue;
            const QString name = QStringLiteral("%1: %2 \"%3\"")
                                     .arg(view, QString::fromLatin1(w->metaObject()->className()), w->accessibleName());
            const QString sheet = w->styleSheet();
            if (sheet.contains(textColour) && !sheet.contains(QStringLiteral("background")))
                problems << name + QStringLiteral(" sets a text colour without a background: ") + sheet;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (!label->text().isEmpty() && sheet.isEmpty() &&
                    contrast(label->palette().color(QPalette::WindowText), label->palette().color(QPalette::Window)) <
                        4.5)
                    problems << name + QStringLiteral(" has unreadable text");
                if (label->text().contains(QStringLiteral("color:")) ||
                    label->text().contains(QStringLiteral("color=")))
                    problems << name + QStringLiteral(" hard-codes a colour in its rich text");
            }
            if (auto *chartView = qobject_cast<QChartView *>(w);
                chartView && chartView->chart()->theme() != QChart::ChartThemeDark)
                problems << name + QStringLiteral(" draws a light chart");
            if (auto *view_ = qobject_cast<QAbstractItemView *>(w); view_ && view_->model()) {
                QAbstractItemModel *m = view_->model();
                const QColor base = view_->palette().color(QPalette::Base);
                for (int r = 0; r < std::min(m->rowCount(), 30); ++r) {
                    for (int c = 0; c < m->columnCount(); ++c) {
                        const QModelIndex i = m->index(r, c);
                        const QVariant fg = i.data(Qt::ForegroundRole);
                        if (!fg.isValid())
                            continue;
                        const QColor colour = fg.canConvert<QBrush>() ? fg.value<QBrush>().color() : fg.value<QColor>();
                        const QVariant bg = i.data(Qt::BackgroundRole);
                        const QColor behind = bg.isValid() ? bg.value<QBrush>().color() : base;
                        if (contrast(colour, behind) < 3.0)
                            problems << name + QStringLiteral(" row %1 column %2: text colour %3 on %4")
                                                   .arg(r)
                                                   .arg(c)
                                                   .arg(colour.name(), behind.name());
                    }
                }
            }
        }
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        Test::addTeam(*m_ws, {{QStringLiteral("olivia"), Role::ComplianceOfficer}});
        Test::decideAsSupportBot(*m_ws, QStringLiteral("search_kb"));
        Test::decideAsSupportBot(*m_ws, QStringLiteral("reply_customer"), true);
        Test::decideAsSupportBot(*m_ws, QStringLiteral("read_ticket"), true);
        QApplication::setPalette(dark());
    }

    void everyScreenKeepsItsTextReadable()
    {
        Ui::MainWindow window(*m_ws);
        window.setActingUser(*m_ws->users().principalFor(QStringLiteral("olivia")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A breached and a warning countdown among the rows: the SLA colours are checked too.
        m_clock.advanceMs(m_ws->escalations().slaPolicy().durationMs(QStringLiteral("critical")) - 60 * 1000);
        QStringList problems;
        for (const QString &view : window.viewNames()) {
            QVERIFY(window.showView(view));
            QTRY_VERIFY_WITH_TIMEOUT(!window.isViewLoading(), 20000);
            problems << problemsOn(window.centralWidget(), view);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void theCheckFindsAHardCodedColour()
    {
        QWidget page;
        auto *label = new QLabel(QStringLiteral("Grey on dark"), &page);
        label->setStyleSheet(QStringLiteral("QLabel { color: #333333; }"));
        auto *faint = new QLabel(QStringLiteral("Dark text"), &page);
        QPalette p = faint->palette();
        p.setColor(QPalette::WindowText, QColor(0x30, 0x30, 0x30));
        faint->setPalette(p);
        auto *chart = new QChartView(&page);
        chart->chart()->setTheme(QChart::ChartThemeLight);
        const QStringList problems = problemsOn(&page, QStringLiteral("test"));
        QCOMPARE(problems.size(), 3);
    }

    void slaStatesKeepColourIconAndTextOnDark()
    {
        const QPalette p = dark();
        const QColor base = p.color(QPalette::Base);
        for (SlaState state : {SlaState::Ok, SlaState::Warning, SlaState::Breached}) {
            QVERIFY(contrast(Ui::SlaDelegate::colourFor(state, p), base) >= 4.5);
            QVERIFY(!Ui::SlaDelegate::iconFor(state).isNull());
            // SVG icons: crisp at twice the pixels, not a scaled-up bitmap.
            const QPixmap hidpi = Ui::SlaDelegate::iconFor(state).pixmap(QSize(16, 16), 2.0);
            QCOMPARE(hidpi.size(), QSize(32, 32));
            QCOMPARE(hidpi.devicePixelRatio(), 2.0);
        }
        QVERIFY(Ui::SlaDelegate::colourFor(SlaState::Warning, p) != Ui::SlaDelegate::colourFor(SlaState::Breached, p));
    }
};

QTEST_MAIN(TestDarkPalette)
#include "TestDarkPalette.moc"
