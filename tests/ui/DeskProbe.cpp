// lexecon-desk-probe: measures the desktop on a real (large) workspace, for docs/benchmarks.md.
// Not a test: it needs a workspace like the 1,000,000-decision one from `lexecon-bench decide`.
//
//   lexecon-desk-probe --data-dir D --user NAME [--views dashboard,compliance,...] [--idle-view queue]
//                      [--idle-seconds 60]
//   lexecon-desk-probe --packet FILE [--shot PNG]
//
// For each view of --views it prints how long showView() blocked the GUI thread, the longest stall
// of the event loop until the view's data arrived (a 10 ms heartbeat), and the time until the view
// said it was loaded (its "loading" property turned false). Then it shows --idle-view for
// --idle-seconds and prints the CPU the whole process used meanwhile (all threads), as a share of
// one core. The user is taken as signed in, like `lexecon --screenshot --user`.
//
// With --packet it opens FILE in the auditor's packet pane instead (no workspace needed) and prints
// the longest stall of the event loop until the verdict and the file list are shown, and the time
// until then.

#include "MainWindow.h"
#include "audit/PacketOpenPane.h"
#include "widgets/BackgroundJob.h"

#include "auth/UserService.h"
#include "common/Clock.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListWidget>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace Lexecon;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs the event loop until done() or timeoutMs, returning the longest gap between heartbeats
// (a 10 ms timer): how long the window could not have reacted to input.
qint64 pump(const std::function<bool()> &done, qint64 timeoutMs)
{
    QTimer heartbeat;
    heartbeat.start(10);
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, worst = 0;
    while (!done() && clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    }
    return worst;
}

void idleFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lexecon-desk-probe"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Workspace."), QStringLiteral("DIR"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Signed-in user."), QStringLiteral("NAME"));
    const QCommandLineOption views(QStringLiteral("views"), QStringLiteral("Views to open."), QStringLiteral("LIST"));
    const QCommandLineOption idleView(QStringLiteral("idle-view"), QStringLiteral("View to idle on."),
                                      QStringLiteral("V"), QStringLiteral("queue"));
    const QCommandLineOption idleSeconds(QStringLiteral("idle-seconds"), QStringLiteral("Idle time."),
                                         QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption packet(QStringLiteral("packet"), QStringLiteral("Packet to open."), QStringLiteral("FILE"));
    const QCommandLineOption shot(QStringLiteral("shot"), QStringLiteral("With --packet: save the pane as PNG."), QStringLiteral("PNG"));
    parser.addOptions({dataDir, user, views, idleView, idleSeconds, packet, shot});
    parser.process(app);

    if (parser.isSet(packet)) {
        Ui::PacketOpenPane pane;
        pane.resize(1200, 800);
        pane.show();
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        pane.openPacket(parser.value(packet));
        const qint64 blocked = t.elapsed();
        const qint64 stall = pump([&] { return pane.fileList()->model()->rowCount() > 0 && !pane.verifyJob()->isRunning(); }, 120000);
        std::printf("packet files %d open_blocked_s %.3f max_stall_s %.3f shown_s %.3f summary %s\n",
                    pane.fileList()->model()->rowCount(), blocked / 1000.0, std::max(blocked, stall) / 1000.0, t.elapsed() / 1000.0,
                    qPrintable(pane.summary()));
        if (parser.isSet(shot) && !pane.grab().save(parser.value(shot), "PNG")) {
            std::fprintf(stderr, "cannot save %s\n", qPrintable(parser.value(shot)));
            return 2;
        }
        return 0;
    }

    auto workspace = Workspace::open(Workspace::resolveDataDir(parser.value(dataDir)), Clock::system());
    if (!workspace) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(workspace.error().message));
        return 2;
    }
    Ui::MainWindow window(**workspace);
    auto principal = (*workspace)->users().principalFor(parser.value(user));
    if (!principal) {
        std::fprintf(stderr, "no user: %s\n", qPrintable(principal.error().message));
        return 2;
    }
    window.setActingUser(*principal);
    window.showView(QStringLiteral("queue"));
    window.show();
    QCoreApplication::processEvents();
    std::printf("start_to_window_s %.3f\n", sinceStart.elapsed() / 1000.0);

    const QStringList list = parser.value(views).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : list) {
        QElapsedTimer t;
        t.start();
        if (!window.showView(name)) {
            std::fprintf(stderr, "unknown view %s\n", qPrintable(name));
            return 2;
        }
        const qint64 blocked = t.elapsed();
        const qint64 stall = pump([&] { return !window.isViewLoading(); }, 120000);
        std::printf("view %-11s show_blocked_s %.3f max_stall_s %.3f loaded_s %.3f\n", qPrintable(name),
                    blocked / 1000.0, std::max(blocked, stall) / 1000.0, t.elapsed() / 1000.0);
        std::fflush(stdout);
    }

    const int idle = parser.value(idleSeconds).toInt();
    if (idle > 0) {
        window.showView(parser.value(idleView));
        idleFor(3000); // settle: the first paint, the first poll
        const double before = cpuSeconds();
        QElapsedTimer t;
        t.start();
        idleFor(idle * 1000);
        const double used = cpuSeconds() - before;
        std::printf("idle view %s seconds %.1f cpu_s %.3f cpu_percent_of_core %.2f\n",
                    qPrintable(parser.value(idleView)), t.elapsed() / 1000.0, used,
                    100.0 * used / (t.elapsed() / 1000.0));
    }
    return 0;
}
