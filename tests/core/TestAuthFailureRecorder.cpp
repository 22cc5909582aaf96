#include "intake/AuthFailureRecorder.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerWriter.h"
#include "support/StoreFixture.h"

#include <QTest>

using namespace Lexecon;
using namespace Lexecon::Test;

// Failed authentications reach the ledger without a flood filling it: one entry a minute per
// source address, carrying the count by reason.
class TestAuthFailureRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writesTheFirstFailureAtOnce();
    void foldsAFloodIntoOneEntryAMinute();
    void keepsSourcesApart();
    void flushWritesWhatIsPending();

private:
    QList<LedgerEntry> failures();
    StoreFixture m_store;
};

void TestAuthFailureRecorder::init()
{
    QVERIFY(m_store.open().ok());
    m_store.clock.setMs(1795000000000);
}

QList<LedgerEntry> TestAuthFailureRecorder::failures()
{
    QList<LedgerEntry> out;
    auto all = LedgerStore(m_store.db).entries(0, 100000);
    for (const LedgerEntry &e : all.value()) {
        if (e.type == QLatin1String("auth_failures"))
            out << e;
    }
    return out;
}

void TestAuthFailureRecorder::writesTheFirstFailureAtOnce()
{
    AuthFailureRecorder recorder(*m_store.ledger, m_store.clock);
    recorder.record("10.0.0.1", "unknown_key");
    const auto written = failures();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written[0].actor, QString("system"));
    QCOMPARE(written[0].payload.value("source").toString(), QString("10.0.0.1"));
    QCOMPARE(written[0].payload.value("count").toInt(), 1);
}

void TestAuthFailureRecorder::foldsAFloodIntoOneEntryAMinute()
{
    AuthFailureRecorder recorder(*m_store.ledger, m_store.clock);
    recorder.record("10.0.0.1", "unknown_key");
    for (int i = 0; i < 500; ++i) {
        recorder.record("10.0.0.1", i % 2 ? "unknown_key" : "missing_key");
        m_store.clock.advanceMs(10); // 5 s in all: still inside the minute
    }
    QCOMPARE(failures().size(), 1);
    m_store.clock.advanceSeconds(60);
    recorder.record("10.0.0.1", "missing_key");
    const auto written = failures();
    QCOMPARE(written.size(), 2);
    // The second entry stands for the 500 held back plus the one that opened the new minute.
    QCOMPARE(written[1].payload.value("count").toInt(), 501);
    QCOMPARE(written[1].payload.value("reasons").toObject().value("unknown_key").toInt(), 250);
    QCOMPARE(written[1].payload.value("reasons").toObject().value("missing_key").toInt(), 251);
    QCOMPARE(recorder.entriesWritten(), 2);
}

void TestAuthFailureRecorder::keepsSourcesApart()
{
    AuthFailureRecorder recorder(*m_store.ledger, m_store.clock);
    recorder.record("10.0.0.1", "unknown_key");
    recorder.record("10.0.0.2", "unknown_key");
    recorder.record("10.0.0.2", "unknown_key");
    QCOMPARE(failures().size(), 2);
}

void TestAuthFailureRecorder::flushWritesWhatIsPending()
{
    AuthFailureRecorder recorder(*m_store.ledger, m_store.clock);
    recorder.record("10.0.0.1", "unknown_key");
    recorder.record("10.0.0.1", "missing_scope");
    recorder.record("10.0.0.1", "missing_scope");
    QCOMPARE(failures().size(), 1);
    recorder.flush();
    const auto written = failures();
    QCOMPARE(written.size(), 2);
    QCOMPARE(written[1].payload.value("count").toInt(), 2);
    recorder.flush(); // nothing pending: nothing written
    QCOMPARE(failures().size(), 2);
}

QTEST_GUILESS_MAIN(TestAuthFailureRecorder)
#include "TestAuthFailureRecorder.moc"
