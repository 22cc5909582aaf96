#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Lexecon {

// The one source of time. Tests inject a MockClock so SLA timers, token expiry,
// TOTP windows and lockouts are tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const; // milliseconds since the Unix epoch, UTC
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    static const Clock &system();
};

} // namespace Lexecon
