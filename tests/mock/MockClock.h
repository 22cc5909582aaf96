#pragma once

#include "common/Clock.h"

#include <atomic>

// A clock that moves only when the test says so (after KeePassXC's MockClock).
class MockClock : public Lexecon::Clock
{
public:
    explicit MockClock(qint64 startMs = 1795341600000) : m_ms(startMs) {} // 2026-11-22T10:00:00Z
    qint64 nowMs() const override { return m_ms.load(); }
    void setMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 ms) { m_ms += ms; }
    void advanceSeconds(qint64 s) { advanceMs(s * 1000); }
    void advanceMinutes(qint64 m) { advanceMs(m * 60000); }
    void advanceHours(qint64 h) { advanceMs(h * 3600000); }

private:
    std::atomic<qint64> m_ms;
};
