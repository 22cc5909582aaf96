#include "DecisionRequest.h"

#include "common/CanonicalJson.h"
#include "common/JcsText.h"

#include <QJsonArray>
#include <QSet>

namespace Lexecon {

namespace {

constexpr int kMaxNameLength = 256;
constexpr int kMaxIntentLength = 4000;
constexpr int kMaxRequestIdLength = 128;
constexpr int kMaxDataClasses = 64;
constexpr int kMaxContextKeys = 128;

// A name is what the policy matches on: non-empty, bounded, printable, no surrounding whitespace.
Result<QString> name(const QJsonObject &body, const QString &field, bool required)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return Error::invalid(field, QStringLiteral("%1 is required: send the %1 name as a string").arg(field));
        return QString();
    }
    if (!v.isString())
        return Error::invalid(field, QStringLiteral("%1 must be a string").arg(field));
    const QString s = v.toString();
    if (s.isEmpty())
        return Error::invalid(field, QStringLiteral("%1 must not be empty").arg(field));
    if (s.size() > kMaxNameLength)
        return Error::invalid(field, QStringLiteral("%1 is %2 characters long; at most %3 are allowed")
                                         .arg(field)
                                         .arg(s.size())
                                         .arg(kMaxNameLength));
    if (s.trimmed() != s)
        return Error::invalid(field, QStringLiteral("%1 must not start or end with whitespace").arg(field));
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return Error::invalid(field, QStringLiteral("%1 must not contain control characters").arg(field));
    }
    return s;
}

Result<QString> text(const QJsonObject &body, const QString &field, int maxLength)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Error::invalid(field, QStringLiteral("%1 must be a string").arg(field));
    if (v.toString().size() > maxLength)
        return Error::invalid(field, QStringLiteral("%1 is longer than %2 characters").arg(field).arg(maxLength));
    return v.toString();
}

} // namespace

Result<DecisionRequest> DecisionRequest::fromJson(const QJsonObject &body)
{
    static const QSet<QString> known = {QStringLiteral("actor"),   QStringLiteral("action"),       QStringLiteral("resource"),
                                        QStringLiteral("tool"),    QStringLiteral("data_classes"), QStringLiteral("context"),
                                        QStringLiteral("intent"),  QStringLiteral("risk"),         QStringLiteral("request_id")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return Error::invalid(it.key(), QStringLiteral("unknown field \"%1\"; the fields are actor, action, resource, tool, "
                                                           "data_classes, context, intent, risk and request_id")
                                                .arg(it.key()));
    }

    DecisionRequest r;
    auto actor = name(body, QStringLiteral("actor"), true);
    if (!actor)
        return actor.error();
    r.actor = *actor;
    auto action = name(body, QStringLiteral("action"), true);
    if (!action)
        return action.error();
    r.action = *action;
    auto resource = name(body, QStringLiteral("resource"), false);
    if (!resource)
        return resource.error();
    r.resource = *resource;
    auto tool = name(body, QStringLiteral("tool"), false);
    if (!tool)
        return tool.error();
    r.tool = *tool;

    const QJsonValue classes = body.value(QStringLiteral("data_classes"));
    if (!classes.isUndefined() && !classes.isNull()) {
        if (!classes.isArray())
            return Error::invalid(QStringLiteral("data_classes"), QStringLiteral("data_classes must be an array of strings"));
        const QJsonArray a = classes.toArray();
        if (a.size() > kMaxDataClasses)
            return Error::invalid(QStringLiteral("data_classes"),
                                  QStringLiteral("data_classes has %1 entries; at most %2 are allowed").arg(a.size()).arg(kMaxDataClasses));
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString field = QStringLiteral("data_classes[%1]").arg(i);
            auto dc = name(QJsonObject{{field, a.at(i)}}, field, true);
            if (!dc)
                return dc.error();
            if (!r.dataClasses.contains(*dc))
                r.dataClasses.append(*dc);
        }
    }

    const QJsonValue context = body.value(QStringLiteral("context"));
    if (!context.isUndefined() && !context.isNull()) {
        if (!context.isObject())
            return Error::invalid(QStringLiteral("context"), QStringLiteral("context must be an object of named facts"));
        r.context = context.toObject();
        if (r.context.size() > kMaxContextKeys)
            return Error::invalid(QStringLiteral("context"), QStringLiteral("context has more than %1 keys").arg(kMaxContextKeys));
    }

    const QJsonValue risk = body.value(QStringLiteral("risk"));
    if (!risk.isUndefined() && !risk.isNull()) {
        if (!risk.isObject())
            return Error::invalid(QStringLiteral("risk"), QStringLiteral("risk must be an object of dimension -> integer 0-100"));
        r.risk = risk.toObject();
    }

    auto intent = text(body, QStringLiteral("intent"), kMaxIntentLength);
    if (!intent)
        return intent.error();
    r.intent = *intent;
    auto requestId = text(body, QStringLiteral("request_id"), kMaxRequestIdLength);
    if (!requestId)
        return requestId.error();
    r.requestId = *requestId;
    return r;
}

QJsonObject DecisionRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("actor"), actor}, {QStringLiteral("action"), action}};
    if (!resource.isEmpty())
        o.insert(QStringLiteral("resource"), resource);
    if (!tool.isEmpty())
        o.insert(QStringLiteral("tool"), tool);
    if (!dataClasses.isEmpty())
        o.insert(QStringLiteral("data_classes"), QJsonArray::fromStringList(dataClasses));
    if (!context.isEmpty())
        o.insert(QStringLiteral("context"), context);
    if (!intent.isEmpty())
        o.insert(QStringLiteral("intent"), intent);
    if (!risk.isEmpty())
        o.insert(QStringLiteral("risk"), risk);
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("request_id"), requestId);
    return o;
}

QByteArray DecisionRequest::canonicalText() const
{
    using namespace JcsText;
    QByteArray out;
    out.reserve(128 + actor.size() + action.size() + resource.size() + tool.size() + intent.size() + requestId.size());
    // toJson()'s keys in JCS order (UTF-16 code units): action, actor, context, data_classes,
    // intent, request_id, resource, risk, tool; the empty ones left out as there.
    out.append("{\"action\":");
    appendString(out, action);
    out.append(",\"actor\":");
    appendString(out, actor);
    if (!context.isEmpty()) {
        out.append(",\"context\":");
        out.append(CanonicalJson::serialize(context));
    }
    if (!dataClasses.isEmpty()) {
        out.append(",\"data_classes\":[");
        for (qsizetype i = 0; i < dataClasses.size(); ++i) {
            if (i)
                out.append(',');
            appendString(out, dataClasses.at(i));
        }
        out.append(']');
    }
    if (!intent.isEmpty()) {
        out.append(",\"intent\":");
        appendString(out, intent);
    }
    if (!requestId.isEmpty()) {
        out.append(",\"request_id\":");
        appendString(out, requestId);
    }
    if (!resource.isEmpty()) {
        out.append(",\"resource\":");
        appendString(out, resource);
    }
    if (!risk.isEmpty()) {
        out.append(",\"risk\":");
        out.append(CanonicalJson::serialize(risk));
    }
    if (!tool.isEmpty()) {
        out.append(",\"tool\":");
        appendString(out, tool);
    }
    out.append('}');
    return out;
}

} // namespace Lexecon
