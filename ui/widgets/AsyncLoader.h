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
// started (the filter or period changed meanwhile) is stale and dropped.
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
        auto result = std::make_shared<std::optional<T>>();
        QFuture<void> future = QtConcurrent::run([work = std::move(work), result] { result->emplace(work()); });
        track(future);
        setLoading(true);
        // A watcher owned by this loader reports the end: destroying the loader (its children with
        // it) drops a report still on its way, so deliver() never runs on a view that is gone.
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, ticket, result, deliver = std::move(deliver)] {
                    watcher->deleteLater();
                    if (ticket != m_ticket)
                        return; // stale: a newer load is on its way
                    setLoading(false);
                    if (result->has_value())
                        deliver(**result);
                });
        watcher->setFuture(future);
    }

    // Forgets running loads: their results are dropped and the loader is idle again.
    void abandon();

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void track(const QFuture<void> &future);
    void setLoading(bool loading);

    QList<QFuture<void>> m_running;
    quint64 m_ticket = 0;
    bool m_loading = false;
};

} // namespace Lexecon::Ui
