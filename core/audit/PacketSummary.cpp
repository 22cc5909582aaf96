#include "PacketSummary.h"

#include "common/Timestamp.h"

namespace Lexecon {

namespace {

QJsonObject map(const QMap<QString, qint64> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

QString PacketMeta::rangeText() const
{
    return QStringLiteral("%1 to %2")
        .arg(fromMs > 0 ? Timestamp::format(fromMs) : QStringLiteral("(open)"),
             toMs > 0 ? Timestamp::format(toMs) : QStringLiteral("(open)"));
}

QJsonObject PacketSummary::toJson() const
{
    return {{QStringLiteral("decisions"), decisions},
            {QStringLiteral("decisions_by_outcome"), map(outcomes)},
            {QStringLiteral("decisions_by_final_outcome"), map(finalOutcomes)},
            {QStringLiteral("decisions_by_risk_level"), map(riskLevels)},
            {QStringLiteral("decisions_overridden"), overriddenDecisions},
            {QStringLiteral("escalations"), escalations},
            {QStringLiteral("escalations_by_status"), map(escalationStatuses)},
            {QStringLiteral("escalations_by_priority"), map(escalationPriorities)},
            {QStringLiteral("sla_breaches"), slaBreached},
            {QStringLiteral("overrides"), overrides},
            {QStringLiteral("overrides_by_type"), map(overrideTypes)},
            {QStringLiteral("overrides_revoked"), overridesRevoked},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("evidence_bytes"), evidenceBytes},
            {QStringLiteral("interventions"), interventions},
            {QStringLiteral("ledger_proofs"), citedEntries}};
}

} // namespace Lexecon
