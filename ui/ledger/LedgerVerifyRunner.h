#pragma once

#include "ledger/LedgerVerifier.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Lexecon {
class Database;
}

namespace Lexecon::Ui {

// Runs LedgerVerifier on a pool thread (which opens its own database connection: connections
// are per thread) and reports back on the GUI thread, so a long walk never freezes the window.
class LedgerVerifyRunner : public QObject
{
    Q_OBJECT
public:
    explicit LedgerVerifyRunner(std::shared_ptr<Database> db, QObject *parent = nullptr);
    // Cancels a running verification and waits for it (it stops within a few thousand entries).
    ~LedgerVerifyRunner() override;

    bool isRunning() const;

public Q_SLOTS:
    // Starts a verification; ignored while one runs.
    void start();
    // Asks the running verification to stop; cancelled() follows.
    void cancel();

Q_SIGNALS:
    void started(qint64 total);
    // done of total entries checked (total: the ledger's size when the walk began).
    void progressed(qint64 done, qint64 total);
    // The walk completed: report.ok, or the first bad entry or checkpoint with a sentence.
    void verified(const Lexecon::LedgerVerification &report);
    // The walk could not be done (the database failed); message is a sentence.
    void failed(const QString &message);
    void cancelled(qint64 done);

private:
    void onFinished();

    std::shared_ptr<Database> m_db;
    QFuture<Result<LedgerVerification>> m_future;
    QFutureWatcher<Result<LedgerVerification>> m_watcher;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

} // namespace Lexecon::Ui
