#include "AuthFailureRecorder.h"

#include "auth/Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "ledger/LedgerWriter.h"

#include <QJsonObject>

#include <memory>

namespace Lexecon {

AuthFailureRecorder::AuthFailureRecorder(LedgerWriter &ledger, const Clock &clock) : m_ledger(ledger), m_clock(clock) {}

AuthFailureRecorder::~AuthFailureRecorder()
{
    // Completions of asynchronous writes point at this object.
    QMutexLocker lock(&m_mutex);
    while (m_inFlight > 0)
        m_idle.wait(&m_mutex);
}

void AuthFailureRecorder::setAsync(bool async)
{
    QMutexLocker lock(&m_mutex);
    m_async = async;
}

void AuthFailureRecorder::record(const QString &source, const QString &reason)
{
    const qint64 now = m_clock.nowMs();
    std::optional<Write> due;
    bool async = false;
    {
        QMutexLocker lock(&m_mutex);
        async = m_async;
        QString key = source;
        if (!m_sources.contains(key) && m_sources.size() >= MaxSources)
            key = QStringLiteral("*");
        Pending &pending = m_sources[key];
        if (pending.byReason.isEmpty())
            pending.firstPendingMs = now;
        pending.byReason[reason] += 1;
        if (pending.lastWrittenMs < 0 || now - pending.lastWrittenMs >= WindowMs)
            due = take(key, pending, now);
        // Addresses quiet for a window and with nothing pending are forgotten, so the map stays small.
        if (m_sources.size() > MaxSources / 2) {
            for (auto it = m_sources.begin(); it != m_sources.end();) {
                if (it->byReason.isEmpty() && now - it->lastWrittenMs >= WindowMs)
                    it = m_sources.erase(it);
                else
                    ++it;
            }
        }
    }
    if (due)
        write(std::move(*due), async);
}

void AuthFailureRecorder::flush()
{
    const qint64 now = m_clock.nowMs();
    std::vector<Write> due;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
            if (!it->byReason.isEmpty())
                due.push_back(take(it.key(), *it, now));
        }
    }
    for (Write &w : due)
        write(std::move(w), false);
    QMutexLocker lock(&m_mutex);
    while (m_inFlight > 0)
        m_idle.wait(&m_mutex);
}

qint64 AuthFailureRecorder::entriesWritten() const
{
    QMutexLocker lock(&m_mutex);
    return m_written;
}

AuthFailureRecorder::Write AuthFailureRecorder::take(const QString &source, Pending &pending, qint64 nowMs)
{
    Write w{source, pending.byReason, pending.firstPendingMs};
    // Optimistic: the counts leave now; a failed append puts them back (restore()).
    pending.byReason.clear();
    pending.lastWrittenMs = nowMs;
    return w;
}

void AuthFailureRecorder::write(Write w, bool async)
{
    QJsonObject reasons;
    qint64 total = 0;
    for (auto it = w.byReason.cbegin(); it != w.byReason.cend(); ++it) {
        reasons.insert(it.key(), it.value());
        total += it.value();
    }
    const QJsonObject payload{{QStringLiteral("source"), w.source},
                              {QStringLiteral("count"), total},
                              {QStringLiteral("reasons"), reasons},
                              {QStringLiteral("since"), Timestamp::format(w.firstPendingMs)}};
    LedgerAppend append{QStringLiteral("auth_failures"), Principal::system().ledgerActor(), payload, {}};
    if (!async) {
        finished(w, m_ledger.append(append).ok());
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        ++m_inFlight;
    }
    // Never waits (the intake's event loop calls this): the ledger's thread reports back.
    m_ledger.appendAsync(std::make_shared<const LedgerAppend>(std::move(append)),
                         [this, w](Result<LedgerEntry> &&entry) {
                             finished(w, entry.ok());
                             QMutexLocker lock(&m_mutex);
                             if (--m_inFlight == 0)
                                 m_idle.wakeAll();
                         });
}

void AuthFailureRecorder::finished(const Write &w, bool written)
{
    QMutexLocker lock(&m_mutex);
    if (written) {
        ++m_written;
        return;
    }
    // A failed append is not retried here: the counts stay in the metrics and wait for the next
    // failure from this source after the window.
    Pending &pending = m_sources[w.source];
    if (pending.byReason.isEmpty())
        pending.firstPendingMs = w.firstPendingMs;
    for (auto it = w.byReason.cbegin(); it != w.byReason.cend(); ++it)
        pending.byReason[it.key()] += it.value();
}

} // namespace Lexecon
