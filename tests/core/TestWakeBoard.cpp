#include "ledger/WakeBoard.h"

#include <QTest>

#include <array>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

using namespace Lexecon;
using namespace std::chrono_literals;

namespace {

// A caller's side: waits on its slot in a thread of its own and says when it has returned.
class Waiter
{
public:
    Waiter(WakeBoard &board, uint32_t slot)
        : m_board(board)
        , m_slot(slot)
        , m_thread([this, &board, slot] {
            board.wait(slot, answered);
            returned.store(true);
        })
    {
    }
    ~Waiter()
    {
        // After a failed check the caller may still sleep: answer and wake it again (a lost
        // wake-up is what failed), so that the test reports instead of hanging in join().
        for (int tries = 0; !returned.load() && tries < 1000; ++tries) {
            answer();
            m_board.wakeAll(m_slot);
            std::this_thread::sleep_for(1ms);
        }
        if (!returned.load())
            qFatal("a waiter on slot %u never returned, even after 1,000 more wake-ups", m_slot);
        m_thread.join();
    }
    // Up to 10 s, so that a lost wake-up fails the test instead of hanging it.
    bool returnsWithin(std::chrono::milliseconds limit = 10000ms) const
    {
        const auto until = std::chrono::steady_clock::now() + limit;
        while (!returned.load()) {
            if (std::chrono::steady_clock::now() >= until)
                return false;
            std::this_thread::sleep_for(1ms);
        }
        return true;
    }

    void answer() { answered.store(true, std::memory_order_release); }

    std::atomic<bool> answered{false};
    std::atomic<bool> returned{false};

private:
    WakeBoard &m_board;
    const uint32_t m_slot;
    std::thread m_thread;
};

// Lets the waiters reach their sleep; a waiter that has not slept yet must be found too.
void letThemSleep()
{
    std::this_thread::sleep_for(50ms);
}

} // namespace

class TestWakeBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifdef LEXECON_WAKEBOARD_FUTEX
        qInfo("testing the futex slots (Linux)");
#else
        qInfo("testing the mutex and condition variable slots (other systems)");
#endif
    }

    void anAnsweredCallerDoesNotSleep()
    {
        WakeBoard board;
        std::atomic<bool> answered{true};
        board.wait(3, answered); // returns at once: nothing will ever wake slot 3
    }

    void oneWakeAnswersEveryCallerOfTheSlot()
    {
        WakeBoard board;
        std::vector<std::unique_ptr<Waiter>> waiters;
        for (int i = 0; i < 32; ++i)
            waiters.push_back(std::make_unique<Waiter>(board, 7));
        letThemSleep();
        for (auto &w : waiters)
            w->answer();
        board.wakeAll(7);
        for (auto &w : waiters)
            QVERIFY(w->returnsWithin());
    }

    void aWakeWithoutAnAnswerIsSleptThrough()
    {
        // Woken, but not answered (a slot shared with another intake): back to sleep.
        WakeBoard board;
        Waiter w(board, 5);
        letThemSleep();
        board.wakeAll(5);
        QVERIFY(!w.returnsWithin(100ms));
        w.answer();
        board.wakeAll(5);
        QVERIFY(w.returnsWithin());
    }

    void onlyTheWokenSlotReturns_data()
    {
        QTest::addColumn<uint32_t>("mine");
        QTest::addColumn<uint32_t>("other");
        QTest::addColumn<bool>("otherAnsweredFirst");
        // Answered, but its slot is not woken: it sleeps on.
        QTest::newRow("another slot") << uint32_t(1) << uint32_t(2) << true;
        // Slot numbers are intake counters: 9 and 9 + Slots share a word, so the other caller is
        // woken too, and sleeps on because its own answer is not set.
        QTest::newRow("slot numbers wrap") << uint32_t(9 + WakeBoard::Slots) << uint32_t(9) << false;
    }

    void onlyTheWokenSlotReturns()
    {
        QFETCH(uint32_t, mine);
        QFETCH(uint32_t, other);
        QFETCH(bool, otherAnsweredFirst);
        WakeBoard board;
        Waiter me(board, mine), them(board, other);
        letThemSleep();
        me.answer();
        if (otherAnsweredFirst)
            them.answer();
        board.wakeAll(mine);
        QVERIFY(me.returnsWithin());
        QVERIFY(!them.returnsWithin(100ms));
        them.answer();
        board.wakeAll(other);
        QVERIFY(them.returnsWithin());
    }

    void noWakeUpIsLostInARace()
    {
        // Answer and wake 0-49 us after the caller starts, 2,000 times: every round must end. (The
        // window between a caller's check and its sleep is a few instructions wide; this finds a
        // wake that misses sleepers, not reliably one that misses that window.)
        WakeBoard board;
        for (int round = 0; round < 2000; ++round) {
            Waiter w(board, uint32_t(round));
            // 0 to 49 us later: before the caller checks, between its check and its sleep, or after.
            const auto at = std::chrono::steady_clock::now() + std::chrono::microseconds(round % 50);
            while (std::chrono::steady_clock::now() < at) {
            }
            w.answer();
            board.wakeAll(uint32_t(round));
            QVERIFY2(w.returnsWithin(), qPrintable(QStringLiteral("round %1 never returned").arg(round)));
        }
    }
};

QTEST_GUILESS_MAIN(TestWakeBoard)
#include "TestWakeBoard.moc"
