#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

namespace Lexecon::Ui {

// Loads a view's data on a pool thread so opening or refreshing a screen never freezes the window
// (with a million decisions a query can take seconds). The work runs with the worker thread's own
// database connection (Database::connection() is per thread); deliver() runs on the GUI thread
// with the result. Only the newest load delivers: a result that arrives after another load was
// started (the filter or period changed meanwhile) is stale and dropped. One load runs at a time;
// loads asked for meanwhile wait, and only the newest of them starts, so flipping through periods
// never stacks up scans of a million rows.
class AsyncLoader : public QObject
{
    Q_OBJECT
public:
    explicit AsyncLoader(QObject *parent = nullptr);
    // Waits for work still running, so nothing it captured by reference is gone under it.
    ~AsyncLoader() override;

    // True from load() until the newest load's result was delivered.
    bool isLoading() const { return m_loading; }
    // Blocks until every started load ran and delivered (tests; the window never calls it).
    void waitForIdle();

    template <typename T> void load(std::function<T()> work, std::function<void(T &)> deliver)
    {
        const quint64 ticket = ++m_ticket;
        setLoading(true);
        // Replaces a load still waiting: it would be stale before it started.
        m_waiting = [this, ticket, work = std::move(work), deliver = std::move(deliver)]() mutable {
            start<T>(ticket, std::move(work), std::move(deliver));
        };
        if (!m_busy)
            startWaiting();
    }

    // Forgets running loads: their results are dropped and the loader is idle again.
    void abandon();

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    template <typename T> void start(quint64 ticket, std::function<T()> work, std::function<void(T &)> deliver)
    {
        m_busy = true;
        auto result = std::make_shared<std::optional<T>>();
        QFuture<void> future = QtConcurrent::run([work = std::move(work), result] { result->emplace(work()); });
        track(future);
        // A watcher owned by this loader reports the end: destroying the loader (its children with
        // it) drops a report still on its way, so deliver() never runs on a view that is gone.
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, ticket, result, deliver = std::move(deliver)] {
                    watcher->deleteLater();
                    m_busy = false;
                    if (ticket != m_ticket) {
                        startWaiting(); // stale: the newest load runs now
                        return;
                    }
                    setLoading(false);
                    if (result->has_value())
                        deliver(**result);
                });
        watcher->setFuture(future);
    }
    void startWaiting();
    void track(const QFuture<void> &future);
    void setLoading(bool loading);

    QList<QFuture<void>> m_running;
    std::function<void()> m_waiting; // the newest load asked for while another ran
    quint64 m_ticket = 0;
    bool m_loading = false;
    bool m_busy = false;
};

} // namespace Lexecon::Ui
