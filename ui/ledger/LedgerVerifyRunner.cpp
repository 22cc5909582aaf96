#include "LedgerVerifyRunner.h"

#include "ledger/LedgerStore.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <limits>

namespace Lexecon::Ui {

namespace {

// The pool thread's work. The size is read first, on the same connection as the walk, so the
// progress bar's end is the ledger the walk sees (later appends are outside both).
void verifyLedger(QPromise<Result<LedgerVerification>> &promise, const std::shared_ptr<Database> &db)
{
    auto size = LedgerStore(db).size();
    const qint64 total = size ? *size : 0;
    // QFuture progress is an int: counted in thousands past 2^31 entries.
    const qint64 scale = total > std::numeric_limits<int>::max() ? 1000 : 1;
    promise.setProgressRange(0, int(total / scale));
    promise.setProgressValue(0);
    if (promise.isCanceled())
        return;
    auto report = LedgerVerifier(db).verify([&](qint64 done) {
        promise.setProgressValue(int(std::min(done, total) / scale));
        return !promise.isCanceled();
    });
    if (!promise.isCanceled())
        promise.addResult(std::move(report));
}

} // namespace

LedgerVerifyRunner::LedgerVerifyRunner(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        m_done = m_total > std::numeric_limits<int>::max() ? qint64(value) * 1000 : value;
        Q_EMIT progressed(m_done, m_total);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LedgerVerifyRunner::onFinished);
}

LedgerVerifyRunner::~LedgerVerifyRunner()
{
    if (m_future.isRunning()) {
        m_future.cancel();
        m_future.waitForFinished();
    }
}

bool LedgerVerifyRunner::isRunning() const
{
    return m_future.isRunning();
}

void LedgerVerifyRunner::start()
{
    if (isRunning())
        return;
    // The size for the progress bar's label; the worker reads its own for the range.
    auto size = LedgerStore(m_db).size();
    m_total = size ? *size : 0;
    m_done = 0;
    Q_EMIT started(m_total);
    m_future = QtConcurrent::run(&verifyLedger, m_db);
    m_watcher.setFuture(m_future);
}

void LedgerVerifyRunner::cancel()
{
    if (isRunning())
        m_future.cancel();
}

void LedgerVerifyRunner::onFinished()
{
    if (m_future.isCanceled() || m_future.resultCount() == 0) {
        Q_EMIT cancelled(m_done);
        return;
    }
    const Result<LedgerVerification> report = m_future.result();
    if (!report)
        Q_EMIT failed(report.error().message);
    else
        Q_EMIT verified(*report);
}

} // namespace Lexecon::Ui
