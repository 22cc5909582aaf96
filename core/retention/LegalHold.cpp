#include "LegalHold.h"

#include "common/Timestamp.h"

namespace Lexecon {

bool LegalHold::covers(const QString &decision, const QString &actor, const QString &subjectId, qint64 createdMs) const
{
    if (!isActive())
        return false;
    switch (scope) {
    case Scope::Decision: return decision == decisionId;
    case Scope::Subject:
        return (!actor.isEmpty() && actor == subject) || (!subjectId.isEmpty() && subjectId == subject);
    case Scope::DateRange: return createdMs >= fromMs && createdMs <= toMs;
    }
    return false;
}

QString LegalHold::describe() const
{
    return QStringLiteral("legal hold %1 (%2, placed by %3 at %4)").arg(holdId, scopeName(scope), placedBy, placedAt);
}

QString LegalHold::scopeName(Scope s)
{
    switch (s) {
    case Scope::Decision: return QStringLiteral("decision");
    case Scope::Subject: return QStringLiteral("subject");
    case Scope::DateRange: return QStringLiteral("date_range");
    }
    return {};
}

bool LegalHold::scopeFromName(const QString &name, Scope &out)
{
    for (Scope s : {Scope::Decision, Scope::Subject, Scope::DateRange}) {
        if (scopeName(s) == name) {
            out = s;
            return true;
        }
    }
    return false;
}

QJsonObject LegalHold::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o{{QStringLiteral("hold_id"), holdId},
                  {QStringLiteral("scope"), scopeName(scope)},
                  {QStringLiteral("decision_id"), orNull(decisionId)},
                  {QStringLiteral("subject"), orNull(subject)},
                  {QStringLiteral("from"), fromMs < 0 ? QJsonValue() : QJsonValue(Timestamp::format(fromMs))},
                  {QStringLiteral("to"), toMs < 0 ? QJsonValue() : QJsonValue(Timestamp::format(toMs))},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("placed_by"), placedBy},
                  {QStringLiteral("placed_at"), placedAt},
                  {QStringLiteral("ledger_index"), ledgerIndex},
                  {QStringLiteral("active"), isActive()},
                  {QStringLiteral("released_by"), orNull(releasedBy)},
                  {QStringLiteral("released_at"), orNull(releasedAt)},
                  {QStringLiteral("release_reason"), orNull(releaseReason)}};
    return o;
}

} // namespace Lexecon
