#include "LedgerVerifier.h"

#include "LedgerEntry.h"
#include "LedgerStore.h"
#include "crypto/Sha256.h"

namespace Lexecon {

namespace {

// The canonical form sorts keys: {"actor":..,"index":N,"payload":..,"prev_hash":"..","timestamp":..,"type":..}.
// Quotes inside strings are escaped, so the first ',"index":' and the last ',"prev_hash":"' are the
// top-level members; scanning the bytes avoids parsing JSON on the verification path.
bool extractIndex(QByteArrayView canonical, qint64 &index)
{
    static const QByteArrayView marker(",\"index\":");
    const qsizetype at = canonical.indexOf(marker);
    if (at < 0)
        return false;
    qsizetype i = at + marker.size();
    qint64 value = 0;
    qsizetype digits = 0;
    while (i < canonical.size() && canonical[i] >= '0' && canonical[i] <= '9') {
        value = value * 10 + (canonical[i] - '0');
        ++i;
        ++digits;
    }
    if (digits == 0 || i >= canonical.size() || canonical[i] != ',')
        return false;
    index = value;
    return true;
}

QByteArrayView extractPrevHash(QByteArrayView canonical)
{
    static const QByteArrayView marker(",\"prev_hash\":\"");
    const qsizetype at = canonical.lastIndexOf(marker);
    if (at < 0 || at + marker.size() + 64 >= canonical.size())
        return {};
    return canonical.sliced(at + marker.size(), 64);
}

char hexDigit(int v)
{
    return "0123456789abcdef"[v];
}

} // namespace

LedgerVerifier::LedgerVerifier(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

QString LedgerVerifier::checkEntry(qint64 expectedIndex, QByteArrayView storedHash, QByteArrayView canonical,
                                   QByteArrayView previousHash)
{
    unsigned char digest[32];
    Sha256::hashInto(canonical, digest);
    char hex[64];
    for (int i = 0; i < 32; ++i) {
        hex[2 * i] = hexDigit(digest[i] >> 4);
        hex[2 * i + 1] = hexDigit(digest[i] & 0xf);
    }
    if (storedHash != QByteArrayView(hex, 64))
        return QStringLiteral("entry %1: its content does not match its hash (the entry was altered)").arg(expectedIndex);
    qint64 index = -1;
    if (!extractIndex(canonical, index) || index != expectedIndex)
        return QStringLiteral("entry %1: its index field says %2").arg(expectedIndex).arg(index);
    if (extractPrevHash(canonical) != previousHash)
        return QStringLiteral("entry %1: prev_hash does not match the hash of entry %2 (the chain is broken)")
            .arg(expectedIndex)
            .arg(expectedIndex - 1);
    return {};
}

Result<LedgerVerification> LedgerVerifier::verify(const std::function<bool(qint64)> &progress)
{
    LedgerVerification report;
    QByteArray previous = LedgerEntry::zeroHash().toLatin1();
    qint64 expected = 0;
    bool cancelled = false;
    LedgerStore store(m_db);
    Result<void> scanned = store.scan(0, [&](qint64 index, QByteArrayView hash, QByteArrayView canonical) {
        if (index != expected) {
            report.problem = QStringLiteral("entry %1 is missing (the next stored entry is %2)").arg(expected).arg(index);
        } else {
            report.problem = checkEntry(expected, hash, canonical, previous);
            if (report.problem.isEmpty() && expected == 0 && !canonical.contains("\"type\":\"genesis\""))
                report.problem = QStringLiteral("entry 0 is not a genesis entry");
        }
        if (!report.problem.isEmpty()) {
            report.ok = false;
            report.firstBadIndex = expected;
            return false;
        }
        previous = hash.toByteArray();
        ++expected;
        if (progress && expected % 4096 == 0 && !progress(expected)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!scanned)
        return scanned.error();
    if (cancelled)
        return Error::conflict(QStringLiteral("verification cancelled after %1 entries").arg(expected));
    report.entries = expected;
    report.headHash = QString::fromLatin1(previous);
    if (report.ok && expected == 0) {
        report.ok = false;
        report.firstBadIndex = 0;
        report.problem = QStringLiteral("the ledger is empty: it has no genesis entry");
    }
    return report;
}

} // namespace Lexecon
