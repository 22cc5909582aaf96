#include "OffsetClock.h"

namespace Lexecon {

qint64 OffsetClock::nowMs() const
{
    return Clock::nowMs() + m_offsetMs.load();
}

} // namespace Lexecon
