#include "Escalation.h"

#include "common/Timestamp.h"

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

QJsonObject Escalation::toJson() const
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

} // namespace Lexecon
