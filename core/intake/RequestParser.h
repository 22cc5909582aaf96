#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace Lexecon {

struct DecisionRequest;

struct JsonLimits
{
    qint64 maxBytes = 64 * 1024; // the HTTP layer answers 413 before this; checked again here
    int maxDepth = 16;           // nesting of objects and arrays
    int maxElements = 4096;      // values in the whole document
    int maxStringBytes = 8192;   // any one string or key
};

struct TokenVerifyRequest
{
    QString token;
    QString action;
    QString tool;
};

// Turns untrusted request bodies into validated requests. Limits are checked by a scan of the raw
// bytes before QJsonDocument sees them, so a deeply nested or huge body costs little. Every error
// is Error::invalid with the field (or "body") and a sentence saying what to send instead.
// The libFuzzer target (tests/fuzz) drives these functions.
class RequestParser
{
public:
    static Result<QJsonObject> parseObject(QByteArrayView body, const JsonLimits &limits = {});
    // POST /v1/decisions: parseObject + DecisionRequest::fromJson.
    static Result<DecisionRequest> decisionRequest(QByteArrayView body, const JsonLimits &limits = {});
    // POST /v1/tokens/verify: {token, action, tool?}; unknown fields are refused.
    static Result<TokenVerifyRequest> tokenVerifyRequest(QByteArrayView body, const JsonLimits &limits = {});
};

} // namespace Lexecon
