#include "AsyncLoader.h"

#include <QCoreApplication>

#include <utility>

namespace Lexecon::Ui {

AsyncLoader::AsyncLoader(QObject *parent)
    : QObject(parent)
{
}

AsyncLoader::~AsyncLoader()
{
    for (QFuture<void> &f : m_running)
        f.waitForFinished();
}

void AsyncLoader::track(const QFuture<void> &future)
{
    m_running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_running.append(future);
}

void AsyncLoader::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void AsyncLoader::startWaiting()
{
    std::function<void()> next = std::exchange(m_waiting, nullptr);
    if (next)
        next();
}

void AsyncLoader::abandon()
{
    ++m_ticket;
    m_waiting = nullptr;
    setLoading(false);
}

void AsyncLoader::waitForIdle()
{
    // The result is delivered by an event posted to this thread: keep the loop turning until then.
    while (m_loading)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace Lexecon::Ui
