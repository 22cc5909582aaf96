#pragma once

#include "Clock.h"

#include <atomic>

namespace Lexecon {

// The system clock shifted by an offset that can move: the demo generator replays a month of
// activity by starting in the past and walking forward to now.
class OffsetClock : public Clock
{
public:
    explicit OffsetClock(qint64 offsetMs = 0) : m_offsetMs(offsetMs) {}
    qint64 nowMs() const override;
    void setOffsetMs(qint64 offsetMs) { m_offsetMs = offsetMs; }
    qint64 offsetMs() const { return m_offsetMs; }

private:
    std::atomic<qint64> m_offsetMs;
};

} // namespace Lexecon
