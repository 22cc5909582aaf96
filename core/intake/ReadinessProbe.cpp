#include "ReadinessProbe.h"

#include "ledger/LedgerEntry.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerVerifier.h"
#include "policy/PolicyService.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

namespace Lexecon {

namespace {

QJsonObject verdict(bool ok, const QString &detail)
{
    return {{QStringLiteral("ok"), ok}, {QStringLiteral("detail"), detail}};
}

QJsonObject checkStore(Workspace &ws)
{
    // An empty write transaction takes the write lock and commits: what a decision needs.
    auto written = ws.database()->write([](QSqlDatabase &) -> Result<void> { return {}; });
    return written ? verdict(true, QStringLiteral("writable")) : verdict(false, written.error().message);
}

QJsonObject checkPolicy(Workspace &ws)
{
    // Another process (the desktop) may have activated a policy since we looked.
    (void)ws.policies().refresh();
    const auto active = ws.policies().activeInfo();
    if (!active)
        return verdict(false, QStringLiteral("no policy is active; load one with lexecon-cli policy load FILE"));
    return verdict(true, QStringLiteral("version %1 active").arg(active->version));
}

QJsonObject checkLedgerTail(Workspace &ws)
{
    LedgerStore store(ws.database());
    auto size = store.size();
    if (!size)
        return verdict(false, size.error().message);
    if (*size == 0)
        return verdict(false, QStringLiteral("the ledger has no genesis entry"));
    const qint64 last = *size - 1;
    QByteArray previousHash = LedgerEntry::zeroHash().toLatin1();
    QString problem = QStringLiteral("entry %1 could not be read").arg(last);
    auto scanned = store.scan(qMax<qint64>(0, last - 1), [&](qint64 index, QByteArrayView hash, QByteArrayView canonical) {
        if (index < last) {
            previousHash = hash.toByteArray();
            return true;
        }
        problem = LedgerVerifier::checkEntry(last, hash, canonical, previousHash);
        return false;
    });
    if (!scanned)
        return verdict(false, scanned.error().message);
    if (!problem.isEmpty())
        return verdict(false, problem);
    return verdict(true, QStringLiteral("%1 entries, tail verifies").arg(*size));
}

} // namespace

QJsonObject ReadinessProbe::check(Workspace &workspace)
{
    const QJsonObject store = checkStore(workspace);
    const QJsonObject policy = checkPolicy(workspace);
    const QJsonObject ledger = checkLedgerTail(workspace);
    const bool ready = store.value(QStringLiteral("ok")).toBool() && policy.value(QStringLiteral("ok")).toBool()
                       && ledger.value(QStringLiteral("ok")).toBool();
    return {{QStringLiteral("ready"), ready},
            {QStringLiteral("checks"),
             QJsonObject{{QStringLiteral("store"), store}, {QStringLiteral("policy"), policy},
                         {QStringLiteral("ledger"), ledger}}}};
}

} // namespace Lexecon
