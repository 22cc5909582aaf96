#include "MainWindow.h"

#include "auth/Principal.h"
#include "mock/MockClock.h"
#include "support/PolicyWorkspace.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace Lexecon;

// Walks every screen of the real main window and holds it to what a screen-reader and a
// keyboard user need: each control a user can focus says what it is, and every navigation
// and account action shows its shortcut in the menus.
class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    std::unique_ptr<Workspace> m_ws;

    static bool isControl(QWidget *w)
    {
        return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
    }

    // The name an assistive technology announces: the accessible name, a button's text or
    // the buddy label, all of which QAccessible folds into QAccessible::Name.
    static QString spokenName(QWidget *w)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        return iface ? iface->text(QAccessible::Name).trimmed() : QString();
    }

    static QString describe(QWidget *w)
    {
        QStringList chain;
        for (QWidget *p = w; p; p = p->parentWidget())
            chain.prepend(QString::fromLatin1(p->metaObject()->className())
                          + (p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName()));
        return chain.join(QLatin1String(" > "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto ws = Test::openPolicyWorkspace(m_dir.path(), m_clock);
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(ws).value();
        // Approved, denied and escalated decisions, so every screen has rows and details to show.
        for (int i = 0; i < 20; ++i) {
            m_clock.advanceMinutes(1);
            QVERIFY(!Test::decideAsSupportBot(*m_ws, i % 4 == 0 ? QStringLiteral("delete_record") : QStringLiteral("search_kb"),
                                              i % 5 == 0)
                         .isEmpty());
        }
    }

    void everyFocusableControlHasAName()
    {
        Ui::MainWindow window(*m_ws);
        window.setActingUser(Principal::user(QStringLiteral("admin"), Role::Admin));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList unnamed;
        QSet<QWidget *> seen;
        const QStringList views = window.viewNames();
        QVERIFY(views.size() >= 10);
        for (const QString &view : views) {
            QVERIFY2(window.showView(view), qPrintable(view));
            QTest::qWait(50); // lazy screens build on first show; background loads may add rows
            const QList<QWidget *> widgets = window.findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (seen.contains(w) || !w->isVisibleTo(&window) || !isControl(w))
                    continue;
                if (w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
                    continue;
                // Tab bars and the item views' own scroll and header parts are named by Qt.
                if (qobject_cast<QTabBar *>(w->parentWidget()) || w->inherits("QScrollBar"))
                    continue;
                if (w->parentWidget() && isControl(w->parentWidget()))
                    continue; // a spin box's or combo box's own line edit: named with its owner
                seen.insert(w);
                if (spokenName(w).isEmpty())
                    unnamed << view + QLatin1String(": ") + describe(w);
            }
        }
        QVERIFY(seen.size() > 40); // the walk really found the screens' controls
        for (const QString &u : std::as_const(unnamed))
            qWarning("no accessible name: %s", qPrintable(u));
        QCOMPARE(unnamed.size(), 0);
    }

    void navigationActionsShowTheirShortcuts()
    {
        Ui::MainWindow window(*m_ws);
        window.setActingUser(Principal::user(QStringLiteral("admin"), Role::Admin));
        QMenu *viewMenu = nullptr;
        for (QAction *menuAction : window.menuBar()->actions()) {
            if (menuAction->menu() && menuAction->text().remove(QLatin1Char('&')) == QLatin1String("View"))
                viewMenu = menuAction->menu();
        }
        QVERIFY(viewMenu);
        QStringList missing;
        int entries = 0;
        for (QAction *a : viewMenu->actions()) {
            if (a->isSeparator() || a->menu())
                continue;
            ++entries;
            if (a->shortcut().isEmpty())
                missing << a->text();
        }
        // Reload plus one entry per screen, each reachable from the keyboard.
        QCOMPARE(entries, window.viewNames().size() + 1);
        QVERIFY2(missing.isEmpty(), qPrintable(QLatin1String("no shortcut: ") + missing.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
