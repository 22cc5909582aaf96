#include "BackgroundJob.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

namespace Lexecon::Ui {

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundJob::finished);
}

BackgroundJob::~BackgroundJob()
{
    m_cancel = true;
    m_future.waitForFinished();
}

bool BackgroundJob::isRunning() const
{
    return m_future.isRunning();
}

bool BackgroundJob::start(Work work)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_lastReportMs = 0;
    const Progress progress = [this](qint64 done, qint64 total) {
        // At most ~20 reports a second (and always the last), so the GUI thread's queue stays short.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (done >= total || now - m_lastReportMs.load() >= 50) {
            m_lastReportMs = now;
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progressed(done, total); }, Qt::QueuedConnection);
        }
        return !m_cancel.load();
    };
    m_future = QtConcurrent::run([work = std::move(work), progress] { work(progress); });
    m_watcher.setFuture(m_future);
    return true;
}

void BackgroundJob::cancel()
{
    if (isRunning())
        m_cancel = true;
}

void BackgroundJob::waitForFinished()
{
    m_future.waitForFinished();
}

} // namespace Lexecon::Ui
