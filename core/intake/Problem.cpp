#include "Problem.h"

#include "CompactJson.h"

#include <QJsonArray>

namespace Lexecon {

Problem Problem::make(int status, const QString &slug, const QString &title, const QString &detail,
                      const QString &field)
{
    Problem p;
    p.status = status;
    p.type = QStringLiteral("https://lexecon.dev/problems/") + slug;
    p.title = title;
    p.detail = detail;
    p.field = field;
    return p;
}

Problem Problem::fromError(const Error &error)
{
    switch (error.code) {
    case Error::Code::InvalidInput:
        return make(400, QStringLiteral("invalid-request"), QStringLiteral("The request is not valid"), error.message,
                    error.field.isEmpty() ? QStringLiteral("body") : error.field);
    case Error::Code::NotFound:
        return make(404, QStringLiteral("not-found"), QStringLiteral("Not found"), error.message);
    case Error::Code::Forbidden:
        return make(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"), error.message);
    case Error::Code::Conflict:
        return make(409, QStringLiteral("conflict"), QStringLiteral("Conflict"), error.message);
    case Error::Code::Integrity:
    case Error::Code::Internal:
        break;
    }
    return make(500, QStringLiteral("internal"), QStringLiteral("Internal error"),
                QStringLiteral("The server could not complete the request; its log has the cause. Retry later."));
}

Problem Problem::forStatus(int status)
{
    switch (status) {
    case 400:
        return make(400, QStringLiteral("bad-request"), QStringLiteral("Bad request"),
                    QStringLiteral("The HTTP request could not be read; send a well-formed HTTP/1.1 request."));
    case 404:
        return make(404, QStringLiteral("not-found"), QStringLiteral("Not found"),
                    QStringLiteral("No such endpoint; see docs/api for the paths under /v1."));
    case 405:
        return make(405, QStringLiteral("method-not-allowed"), QStringLiteral("Method not allowed"),
                    QStringLiteral("This path does not take that method; see docs/api for the methods it takes."));
    case 413:
        return make(413, QStringLiteral("body-too-large"), QStringLiteral("Request body too large"),
                    QStringLiteral("The body is over 64 KiB; send a smaller JSON request."), QStringLiteral("body"));
    case 414:
        return make(414, QStringLiteral("uri-too-long"), QStringLiteral("URI too long"),
                    QStringLiteral("The request line is too long; send a shorter path and query."));
    case 503:
        return make(503, QStringLiteral("unavailable"), QStringLiteral("Service unavailable"),
                    QStringLiteral("The server has too many connections open; retry in a moment."));
    default:
        break;
    }
    return make(status, QStringLiteral("http-%1").arg(status), QStringLiteral("HTTP error %1").arg(status),
                QStringLiteral("The request failed with HTTP status %1.").arg(status));
}

QJsonObject Problem::toJson() const
{
    QJsonObject out{{QStringLiteral("type"), type},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("detail"), detail}};
    if (!field.isEmpty()) {
        out.insert(QStringLiteral("field"), field);
        out.insert(QStringLiteral("errors"),
                   QJsonArray{QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("detail"), detail}}});
    }
    return out;
}

QByteArray Problem::body() const
{
    return QByteArray::fromStdString(CompactJson::write(toJson()));
}

} // namespace Lexecon
