#include "Escalation.h"

#include "common/JcsText.h"
#include "common/Timestamp.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Lexecon {

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(Timestamp::format(ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QStringList Escalation::statuses()
{
    return {pending(), inReview(), deferred(), resolved()};
}

QStringList Escalation::openStatuses()
{
    return {pending(), inReview(), deferred()};
}

QStringList Escalation::outcomes()
{
    return {approved(), denied(), deferred(), escalatedUp()};
}

QJsonObject Escalation::toJsonBuilt() const
{
    return {
        {QStringLiteral("escalation_id"), escalationId},
        {QStringLiteral("priority"), priority},
        {QStringLiteral("status"), status},
        {QStringLiteral("sla_deadline"), timeOrNull(slaDeadlineMs)},
        {QStringLiteral("decision_id"), decisionId},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("action"), action},
        {QStringLiteral("risk_score"), riskScore},
        {QStringLiteral("created_at"), timeOrNull(createdAtMs)},
        {QStringLiteral("warned_at"), timeOrNull(warnedAtMs)},
        {QStringLiteral("breached_at"), timeOrNull(breachedAtMs)},
        {QStringLiteral("claimed_by"), textOrNull(claimedBy)},
        {QStringLiteral("claimed_at"), timeOrNull(claimedAtMs)},
        {QStringLiteral("resolved_by"), textOrNull(resolvedBy)},
        {QStringLiteral("resolved_at"), timeOrNull(resolvedAtMs)},
        {QStringLiteral("outcome"), textOrNull(outcome)},
        {QStringLiteral("reason"), textOrNull(reason)},
        {QStringLiteral("parent_escalation_id"), textOrNull(parentEscalationId)},
        {QStringLiteral("child_escalation_id"), textOrNull(childEscalationId)},
    };
}

QJsonObject Escalation::toJson() const
{
    // Inserting 21 members one by one costs Qt a reallocation of the object's data for nearly
    // every string; parsing the object's JSON text builds it in one go, several times faster
    // (every decision that escalates shows its escalation). A string that JSON text cannot carry
    // unchanged (a lone surrogate) takes the member-by-member way.
    const QString *strings[] = {&escalationId, &priority,   &status,     &decisionId, &summary,
                                &actor,        &action,     &claimedBy,  &resolvedBy, &outcome,
                                &reason,       &parentEscalationId, &childEscalationId};
    for (const QString *s : strings) {
        if (!QStringView(*s).isValidUtf16())
            return toJsonBuilt();
    }
    using namespace JcsText;
    QByteArray text;
    text.reserve(640 + summary.size() + reason.size());
    const auto time = [&](const char *key, qint64 ms) {
        text.append(key);
        if (ms > 0) {
            text.append('"');
            text.append(Timestamp::formatAscii(ms));
            text.append('"');
        } else {
            text.append("null");
        }
    };
    text.append("{\"escalation_id\":");
    appendString(text, escalationId);
    text.append(",\"priority\":");
    appendString(text, priority);
    text.append(",\"status\":");
    appendString(text, status);
    time(",\"sla_deadline\":", slaDeadlineMs);
    text.append(",\"decision_id\":");
    appendString(text, decisionId);
    text.append(",\"tier\":");
    appendInteger(text, tier);
    text.append(",\"summary\":");
    appendString(text, summary);
    text.append(",\"actor\":");
    appendString(text, actor);
    text.append(",\"action\":");
    appendString(text, action);
    text.append(",\"risk_score\":");
    appendInteger(text, riskScore);
    time(",\"created_at\":", createdAtMs);
    time(",\"warned_at\":", warnedAtMs);
    time(",\"breached_at\":", breachedAtMs);
    text.append(",\"claimed_by\":");
    appendStringOrNull(text, claimedBy);
    time(",\"claimed_at\":", claimedAtMs);
    text.append(",\"resolved_by\":");
    appendStringOrNull(text, resolvedBy);
    time(",\"resolved_at\":", resolvedAtMs);
    text.append(",\"outcome\":");
    appendStringOrNull(text, outcome);
    text.append(",\"reason\":");
    appendStringOrNull(text, reason);
    text.append(",\"parent_escalation_id\":");
    appendStringOrNull(text, parentEscalationId);
    text.append(",\"child_escalation_id\":");
    appendStringOrNull(text, childEscalationId);
    text.append('}');
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject())
        return toJsonBuilt();
    return parsed.object();
}

} // namespace Lexecon
