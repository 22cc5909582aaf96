#include "RetentionReports.h"

#include <QJsonArray>

namespace Lexecon {

QJsonObject RetentionRunReport::toJson() const
{
    return {{QStringLiteral("run_id"), runId},
            {QStringLiteral("classified"), classified},
            {QStringLiteral("expiring"), expiring},
            {QStringLiteral("anonymized"), anonymized},
            {QStringLiteral("archived"), archived},
            {QStringLiteral("held"), held},
            {QStringLiteral("ledger_index"), ledgerIndex < 0 ? QJsonValue() : QJsonValue(ledgerIndex)},
            {QStringLiteral("cancelled"), cancelled}};
}

QJsonObject RetentionStatusReport::toJson() const
{
    QJsonObject classes;
    for (auto c = counts.constBegin(); c != counts.constEnd(); ++c) {
        QJsonObject statuses;
        for (auto s = c->constBegin(); s != c->constEnd(); ++s)
            statuses.insert(s.key(), s.value());
        classes.insert(c.key(), statuses);
    }
    QJsonArray holdList;
    for (const LegalHold &h : holds)
        holdList.append(h.toJson());
    return {{QStringLiteral("total"), total},
            {QStringLiteral("classes"), classes},
            {QStringLiteral("legal_hold"), onLegalHold},
            {QStringLiteral("holds"), holdList}};
}

QJsonObject ErasureReport::toJson() const
{
    return {{QStringLiteral("erasure_id"), erasureId},     {QStringLiteral("decisions"), decisions},
            {QStringLiteral("evidence"), evidence},        {QStringLiteral("overrides"), overrides},
            {QStringLiteral("ledger_index"), ledgerIndex}, {QStringLiteral("wal_emptied"), walEmptied}};
}

QJsonObject CommitmentCheck::toJson() const
{
    return {{QStringLiteral("decision_id"), decisionId},
            {QStringLiteral("request"), request},
            {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)},
            {QStringLiteral("ok"), ok}};
}

} // namespace Lexecon
