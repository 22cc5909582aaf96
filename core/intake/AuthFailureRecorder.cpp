#include "AuthFailureRecorder.h"

#include "auth/Principal.h"
#include "common/Clock.h"
#include "common/Timestamp.h"
#include "ledger/LedgerWriter.h"

#include <QJsonObject>

namespace Lexecon {

AuthFailureRecorder::AuthFailureRecorder(LedgerWriter &ledger, const Clock &clock) : m_ledger(ledger), m_clock(clock) {}

void AuthFailureRecorder::record(const QString &source, const QString &reason)
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    QString key = source;
    if (!m_sources.contains(key) && m_sources.size() >= MaxSources)
        key = QStringLiteral("*");
    Pending &pending = m_sources[key];
    if (pending.byReason.isEmpty())
        pending.firstPendingMs = now;
    pending.byReason[reason] += 1;
    if (pending.lastWrittenMs < 0 || now - pending.lastWrittenMs >= WindowMs)
        write(key, pending, now);
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

void AuthFailureRecorder::flush()
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_mutex);
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        if (!it->byReason.isEmpty())
            write(it.key(), *it, now);
    }
}

qint64 AuthFailureRecorder::entriesWritten() const
{
    QMutexLocker lock(&m_mutex);
    return m_written;
}

void AuthFailureRecorder::write(const QString &source, Pending &pending, qint64 nowMs)
{
    QJsonObject reasons;
    qint64 total = 0;
    for (auto it = pending.byReason.cbegin(); it != pending.byReason.cend(); ++it) {
        reasons.insert(it.key(), it.value());
        total += it.value();
    }
    const QJsonObject payload{{QStringLiteral("source"), source},
                              {QStringLiteral("count"), total},
                              {QStringLiteral("reasons"), reasons},
                              {QStringLiteral("since"), Timestamp::format(pending.firstPendingMs)}};
    // A failed append is not retried here: the counts stay in the metrics, and the next
    // failure from this source tries again after the window.
    auto appended = m_ledger.append({QStringLiteral("auth_failures"), Principal::system().ledgerActor(), payload, {}});
    pending.lastWrittenMs = nowMs;
    if (appended) {
        pending.byReason.clear();
        ++m_written;
    }
}

} // namespace Lexecon
