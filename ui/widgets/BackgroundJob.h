#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>

namespace Lexecon::Ui {

// Runs one piece of long work (a simulation, an integrity check) on a pool thread and reports
// progress and the end on the GUI thread, so the window never freezes. The work receives a
// progress function to call as it goes; that function returns false once Cancel was asked.
// The work hands its result back by capture; read it in finished().
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<void(const Progress &progress)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    // Cancels running work and waits for it, so captured state outlives the worker.
    ~BackgroundJob() override;

    bool isRunning() const;
    bool wasCancelled() const { return m_cancel.load(); }

    // Starts work; returns false (and does nothing) while other work runs.
    bool start(Work work);
    void cancel();
    // Blocks until the work ends (tests; the window never calls it).
    void waitForFinished();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // The work returned; wasCancelled() says whether it was stopped early.
    void finished();

private:
    QFuture<void> m_future;
    QFutureWatcher<void> m_watcher;
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_lastReportMs{0};
};

} // namespace Lexecon::Ui
