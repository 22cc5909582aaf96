#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Lexecon {

// An RFC 9457 problem detail, the body of every intake error (application/problem+json).
// Besides type, title, status and detail it names the request field at fault ("field") and
// lists it under "errors" with what to send instead, so a client can act on it.
struct Problem
{
    int status = 500;
    QString type;   // "https://lexecon.dev/problems/<slug>"; about:blank is not used
    QString title;  // short, the same for every problem of this type
    QString detail; // a sentence about this occurrence
    QString field;  // the JSON field or header at fault, if any
    int retryAfterSeconds = 0; // 429: also sent as the Retry-After header

    static constexpr const char *ContentType = "application/problem+json";

    static Problem make(int status, const QString &slug, const QString &title, const QString &detail,
                        const QString &field = QString());
    // Maps a core error: invalid input 400, not found 404, forbidden 403, conflict 409, else 500
    // (an internal error's detail is generic; the log has the cause).
    static Problem fromError(const Error &error);
    // The generic problem for a status the listener set itself (404, 405, 413, ...).
    static Problem forStatus(int status);

    QJsonObject toJson() const;
    QByteArray body() const;
};

} // namespace Lexecon
