// libFuzzer target: untrusted HTTP bodies through RequestParser (limits scan, QJsonDocument,
// duplicate-field check) and DecisionRequest::fromJson. Besides crashes and sanitizer reports,
// it aborts when a result breaks what the intake relies on:
// - every error is InvalidInput with a field and a sentence;
// - an accepted body respects the limits it was checked against;
// - an accepted decision request survives toJson -> fromJson unchanged.
#include "decision/DecisionRequest.h"
#include "intake/RequestParser.h"

#include "FuzzCheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Lexecon;

namespace {

using Fuzz::check;

template <typename T> void checkError(const Result<T> &r)
{
    if (r.ok())
        return;
    check(r.error().code == Error::Code::InvalidInput, "error is not InvalidInput");
    check(!r.error().field.isEmpty(), "error names no field");
    check(!r.error().message.isEmpty(), "error has no message");
}

int depthOf(const QJsonValue &v)
{
    int deepest = 0;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value()));
        return deepest + 1;
    }
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            deepest = std::max(deepest, depthOf(e));
        return deepest + 1;
    }
    return 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));

    // Tight limits, so the fuzzer reaches every limit with small inputs.
    JsonLimits tight;
    tight.maxBytes = 4096;
    tight.maxDepth = 4;
    tight.maxElements = 64;
    tight.maxStringBytes = 64;
    auto object = RequestParser::parseObject(body, tight);
    checkError(object);
    if (object) {
        check(size <= size_t(tight.maxBytes), "accepted a body over maxBytes");
        check(depthOf(QJsonValue(*object)) <= tight.maxDepth, "accepted a body deeper than maxDepth");
    }

    auto decision = RequestParser::decisionRequest(body);
    checkError(decision);
    if (decision) {
        auto again = DecisionRequest::fromJson(decision->toJson());
        check(again.ok(), "a parsed decision request does not parse again from its own JSON");
        check(again->toJson() == decision->toJson(), "decision request changed on the round trip");
    }

    auto verify = RequestParser::tokenVerifyRequest(body);
    checkError(verify);
    if (verify)
        check(!verify->token.isEmpty() && !verify->action.isEmpty(), "token verify request without token or action");
    return 0;
}
