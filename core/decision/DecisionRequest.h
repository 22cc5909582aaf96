#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Lexecon {

// A decision request as an AI system sends it (SPEC section 6, POST /v1/decisions).
struct DecisionRequest
{
    QString actor;
    QString action;
    QString resource;
    QString tool;
    QStringList dataClasses;
    QJsonObject context;
    QString intent;
    QJsonObject risk; // dimension -> integer 0-100, validated by the risk scorer
    QString requestId;
    QString traceParent; // W3C traceparent of the carrying HTTP request, if any

    // Validates the JSON body. Unknown fields are refused, so a typo never silently changes a decision.
    static Result<DecisionRequest> fromJson(const QJsonObject &body);
    QJsonObject toJson() const;
    // CanonicalJson::serialize(toJson()), written directly: the bytes the request commitment and
    // the decision log cover.
    QByteArray canonicalText() const;
};

} // namespace Lexecon
