#include "RequestParser.h"

#include "decision/DecisionRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <vector>

namespace Lexecon {

namespace {

constexpr int kMaxFieldNameInMessage = 64;

// What a pre-scan of the raw bytes found: the first limit broken, and where.
struct ScanResult
{
    bool ok = true;
    QString field; // the top-level member the problem is in, or "body"
    QString message;
    int topLevelKeys = 0;
};

QString displayKey(QByteArrayView raw)
{
    // raw is the key as written, without quotes; escapes stay escaped, which is fine for a message.
    QString s = QString::fromUtf8(raw.first(std::min<qsizetype>(raw.size(), kMaxFieldNameInMessage)));
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    return s.isEmpty() ? QStringLiteral("body") : s;
}

// Walks the bytes once, tracking strings, nesting and element count, without building anything.
// It is not a validator (QJsonDocument is, afterwards); it only guarantees that what
// QJsonDocument then parses is small and shallow. Elements are counted as 1 + commas + opened
// containers outside strings: an upper bound of the values in the document.
ScanResult scan(QByteArrayView body, const JsonLimits &limits)
{
    ScanResult r;
    std::vector<char> stack; // '{' or '['
    stack.reserve(size_t(limits.maxDepth) + 1);
    qint64 elements = 1;
    bool expectKey = false;    // inside an object, before a member's ':'
    QByteArrayView currentTop; // the top-level member being read
    const char *p = body.data();
    const qsizetype n = body.size();
    auto fail = [&](const QString &message) {
        r.ok = false;
        r.field = stack.size() >= 1 && !currentTop.isEmpty() ? displayKey(currentTop) : QStringLiteral("body");
        r.message = message;
        return r;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '"') {
            const qsizetype start = i + 1;
            ++i;
            while (i < n && p[i] != '"') {
                if (p[i] == '\\')
                    ++i; // skip the escaped character (the validator checks the escape itself)
                ++i;
            }
            const qsizetype length = std::min(i, n) - start;
            const bool isKey = expectKey && !stack.empty() && stack.back() == '{';
            if (isKey && stack.size() == 1) {
                currentTop = body.sliced(start, length);
                ++r.topLevelKeys;
            }
            if (length > limits.maxStringBytes) {
                if (isKey && stack.size() == 1)
                    currentTop = {};
                return fail(QStringLiteral("%1 holds a string of %2 bytes; send strings of at most %3 bytes")
                                .arg(isKey || stack.size() < 1 || currentTop.isEmpty() ? QStringLiteral("the body")
                                                                                       : displayKey(currentTop))
                                .arg(length)
                                .arg(limits.maxStringBytes));
            }
            expectKey = false;
            continue;
        }
        switch (c) {
        case '{':
        case '[':
            if (int(stack.size()) >= limits.maxDepth)
                return fail(QStringLiteral("%1 nests objects and arrays deeper than %2 levels; send a flatter document")
                                .arg(currentTop.isEmpty() ? QStringLiteral("the body") : displayKey(currentTop))
                                .arg(limits.maxDepth));
            stack.push_back(c);
            ++elements;
            expectKey = c == '{';
            break;
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            expectKey = false;
            if (stack.size() == 0)
                currentTop = {};
            break;
        case ',':
            ++elements;
            expectKey = !stack.empty() && stack.back() == '{';
            break;
        case ':': expectKey = false; break;
        default: break;
        }
        if (elements > limits.maxElements)
            return fail(QStringLiteral("%1 holds more than %2 values; send fewer")
                            .arg(currentTop.isEmpty() ? QStringLiteral("the body") : displayKey(currentTop))
                            .arg(limits.maxElements));
    }
    return r;
}

// The key that appears twice at the top level (QJsonDocument keeps only one of them, and two
// parsers could disagree on which: refused, so a request means one thing everywhere).
QString duplicateKey(const QByteArray &body)
{
    // Only on the error path: re-read the members in order with a streaming pass over the object.
    QSet<QString> seen;
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c == '"') {
            const qsizetype start = i;
            ++i;
            while (i < body.size() && body[i] != '"') {
                if (body[i] == '\\')
                    ++i;
                ++i;
            }
            if (depth == 1 && expectKey) {
                // Decode the key with the real JSON parser, so "a" and "\u0061" are the same key.
                const QJsonDocument k =
                    QJsonDocument::fromJson("[" + body.sliced(start, std::min(i, body.size() - 1) - start + 1) + "]");
                const QString key = k.array().at(0).toString();
                if (seen.contains(key))
                    return key;
                seen.insert(key);
            }
            expectKey = false;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return QStringLiteral("body");
}

Result<QString> requiredString(const QJsonObject &o, const QString &field, int maxLength, const QString &what)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return Error::invalid(field, QStringLiteral("%1 is required: send %2 as a string").arg(field, what));
    if (!v.isString())
        return Error::invalid(field, QStringLiteral("%1 must be a string: send %2").arg(field, what));
    const QString s = v.toString();
    if (s.isEmpty())
        return Error::invalid(field, QStringLiteral("%1 must not be empty: send %2").arg(field, what));
    if (s.size() > maxLength)
        return Error::invalid(
            field, QStringLiteral("%1 is %2 characters long; send at most %3").arg(field).arg(s.size()).arg(maxLength));
    return s;
}

} // namespace

Result<QJsonObject> RequestParser::parseObject(QByteArrayView body, const JsonLimits &limits)
{
    if (body.size() > limits.maxBytes)
        return Error::invalid(
            QStringLiteral("body"),
            QStringLiteral("the body is %1 bytes; send at most %2 bytes").arg(body.size()).arg(limits.maxBytes));
    if (body.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("body"), QStringLiteral("the body is empty; send a JSON object"));
    const ScanResult scanned = scan(body, limits);
    if (!scanned.ok)
        return Error::invalid(scanned.field, scanned.message);

    // Parsed in place: QJsonDocument copies what it keeps, so the body need not be copied first.
    const QByteArray bytes = QByteArray::fromRawData(body.data(), body.size());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("body"), QStringLiteral("the body is not valid JSON (%1 at byte %2); "
                                                                     "send a JSON object")
                                                          .arg(error.errorString())
                                                          .arg(error.offset));
    if (!doc.isObject())
        return Error::invalid(QStringLiteral("body"),
                              QStringLiteral("the body is a JSON %1; send a JSON object")
                                  .arg(doc.isArray() ? QStringLiteral("array") : QStringLiteral("value")));
    QJsonObject object = doc.object();
    // An error has to be able to name the field, so a field needs a name.
    if (object.contains(QString()))
        return Error::invalid(QStringLiteral("body"), QStringLiteral("the body has a field with an empty name (\"\"); "
                                                                     "send only the documented fields"));
    // No field of any request is longer than this; a longer name is not one of them, and would
    // only be echoed back in the error.
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().size() > kMaxFieldNameInMessage)
            return Error::invalid(QStringLiteral("body"), QStringLiteral("the body has a field name of %1 characters; "
                                                                         "send only the documented fields")
                                                              .arg(it.key().size()));
    }
    if (object.size() < scanned.topLevelKeys) {
        const QString key = duplicateKey(bytes);
        return Error::invalid(key,
                              QStringLiteral("%1 appears more than once in the body; send each field once").arg(key));
    }
    return object;
}

Result<DecisionRequest> RequestParser::decisionRequest(QByteArrayView body, const JsonLimits &limits)
{
    auto object = parseObject(body, limits);
    if (!object)
        return object.error();
    return DecisionRequest::fromJson(*object);
}

Result<TokenVerifyRequest> RequestParser::tokenVerifyRequest(QByteArrayView body, const JsonLimits &limits)
{
    auto object = parseObject(body, limits);
    if (!object)
        return object.error();
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString key = it.key();
        if (key != QLatin1String("token") && key != QLatin1String("action") && key != QLatin1String("tool"))
            return Error::invalid(key, QStringLiteral("unknown field \"%1\"; the fields are token, action and tool")
                                           .arg(key.left(kMaxFieldNameInMessage)));
    }
    TokenVerifyRequest r;
    auto token = requiredString(*object, QStringLiteral("token"), limits.maxStringBytes,
                                QStringLiteral("the capability token (a JWT)"));
    if (!token)
        return token.error();
    r.token = *token;
    auto action =
        requiredString(*object, QStringLiteral("action"), 256, QStringLiteral("the action the token is used for"));
    if (!action)
        return action.error();
    r.action = *action;
    const QJsonValue tool = object->value(QStringLiteral("tool"));
    if (!tool.isUndefined() && !tool.isNull()) {
        auto t =
            requiredString(*object, QStringLiteral("tool"), 256, QStringLiteral("the tool the token is used with"));
        if (!t)
            return t.error();
        r.tool = *t;
    }
    return r;
}

} // namespace Lexecon
