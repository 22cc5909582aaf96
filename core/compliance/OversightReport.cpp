#include "OversightReport.h"

#include "common/Clock.h"
#include "common/Timestamp.h"
#include "decision/DecisionStore.h"
#include "escalation/EscalationService.h"
#include "escalation/SlaPolicy.h"
#include "intervention/InterventionLog.h"
#include "override/OverrideService.h"
#include "risk/RiskLevel.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace Lexecon {

namespace {

constexpr int kPage = 1000;

qint64 nearestRank(const QList<qint64> &sorted, double fraction)
{
    const qsizetype rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(qBound<qsizetype>(0, rank - 1, sorted.size() - 1));
}

double rate(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(10000.0 * double(part) / double(whole)) / 10000.0 : 0.0;
}

QJsonValue medianOf(QList<qint64> values)
{
    const QJsonObject s = OversightReport::summarize(std::move(values));
    return s.value(QStringLiteral("median"));
}

struct ReviewerLoad
{
    int resolved = 0;
    int withinSla = 0;
    int breached = 0;
    int interventions = 0;
    int overrides = 0;
    QList<qint64> responses;
};

} // namespace

QJsonObject OversightReport::summarize(QList<qint64> durations)
{
    if (durations.isEmpty())
        return {{QStringLiteral("count"), 0}, {QStringLiteral("median"), QJsonValue()}, {QStringLiteral("p90"), QJsonValue()},
                {QStringLiteral("mean"), QJsonValue()}, {QStringLiteral("max"), QJsonValue()}};
    std::sort(durations.begin(), durations.end());
    qint64 sum = 0;
    for (qint64 d : std::as_const(durations))
        sum += d;
    return {{QStringLiteral("count"), int(durations.size())},
            {QStringLiteral("median"), nearestRank(durations, 0.5)},
            {QStringLiteral("p90"), nearestRank(durations, 0.9)},
            {QStringLiteral("mean"), qint64(std::llround(double(sum) / double(durations.size())))},
            {QStringLiteral("max"), durations.last()}};
}

Result<QJsonObject> OversightReport::evidencePackage(Workspace &ws, qint64 fromMs, qint64 toMs)
{
    auto report = build(ws, fromMs, toMs);
    if (!report)
        return report.error();
    QJsonArray records;
    for (int offset = 0;; offset += kPage) {
        auto page = ws.interventions().list(fromMs, toMs, kPage, offset);
        if (!page)
            return page.error();
        for (const Intervention &i : std::as_const(*page))
            records.append(i.toJson());
        if (page->size() < kPage)
            break;
    }
    return QJsonObject{{QStringLiteral("report"), *report}, {QStringLiteral("interventions"), records}};
}

Result<QJsonObject> OversightReport::build(Workspace &ws)
{
    const qint64 now = ws.clock().nowMs();
    // The period is half-open; + 1 keeps what happened at this very millisecond.
    return build(ws, now - 30LL * 24 * 3600 * 1000, now + 1);
}

Result<QJsonObject> OversightReport::build(Workspace &ws, qint64 fromMs, qint64 toMs)
{
    const qint64 now = ws.clock().nowMs();
    QMap<QString, ReviewerLoad> reviewers;

    // Decisions in the period.
    DecisionFilter filter;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    auto total = ws.decisionStore()->count(filter);
    if (!total)
        return total.error();
    filter.outcome = QStringLiteral("escalated");
    auto escalatedDecisions = ws.decisionStore()->count(filter);
    if (!escalatedDecisions)
        return escalatedDecisions.error();
    // Counted only when any override exists at all (a partial index, migration 024, serves the
    // count itself).
    OverrideFilter anyOverride;
    anyOverride.limit = 1;
    auto someOverride = ws.overrides().list(anyOverride);
    if (!someOverride)
        return someOverride.error();
    Result<qint64> overriddenDecisions = qint64(0);
    if (!someOverride->isEmpty()) {
        filter.outcome = QStringLiteral("overridden");
        overriddenDecisions = ws.decisionStore()->count(filter);
        if (!overriddenDecisions)
            return overriddenDecisions.error();
    }

    // Escalations created in the period, against their SLA.
    auto escalations = ws.escalations().list(EscalationFilter{});
    if (!escalations)
        return escalations.error();
    const SlaPolicy sla = ws.escalations().slaPolicy();
    struct PriorityRow { int escalations = 0, resolved = 0, withinSla = 0, breached = 0; QList<qint64> responses; };
    QMap<QString, PriorityRow> byPriority;
    int count = 0, resolved = 0, open = 0, withinSla = 0, breached = 0;
    QList<qint64> responses;
    for (const Escalation &e : std::as_const(*escalations)) {
        if (e.createdAtMs < fromMs || e.createdAtMs >= toMs)
            continue;
        PriorityRow &row = byPriority[e.priority];
        ++count;
        ++row.escalations;
        const bool isResolved = e.status == Escalation::resolved() && e.resolvedAtMs > 0;
        const bool late = e.breachedAtMs > 0 || (isResolved && e.resolvedAtMs > e.slaDeadlineMs)
                          || (!isResolved && now > e.slaDeadlineMs);
        breached += late ? 1 : 0;
        row.breached += late ? 1 : 0;
        if (!isResolved) {
            ++open;
            continue;
        }
        ++resolved;
        ++row.resolved;
        const qint64 response = e.resolvedAtMs - e.createdAtMs;
        responses << response;
        row.responses << response;
        withinSla += late ? 0 : 1;
        row.withinSla += late ? 0 : 1;
        ReviewerLoad &load = reviewers[e.resolvedBy];
        ++load.resolved;
        load.withinSla += late ? 0 : 1;
        load.breached += late ? 1 : 0;
        load.responses << response;
    }
    QJsonArray priorities;
    for (const QString &priority : RiskLevel::all()) {
        const PriorityRow row = byPriority.value(priority);
        priorities.append(QJsonObject{{QStringLiteral("priority"), priority},
                                      {QStringLiteral("target_ms"), sla.durationMs(priority)},
                                      {QStringLiteral("escalations"), row.escalations},
                                      {QStringLiteral("resolved"), row.resolved},
                                      {QStringLiteral("within_sla"), row.withinSla},
                                      {QStringLiteral("breached"), row.breached},
                                      {QStringLiteral("median_response_ms"), medianOf(row.responses)}});
    }

    // Overrides created in the period.
    QMap<QString, int> overrideTypes;
    int overrides = 0, revoked = 0, active = 0;
    for (int offset = 0;; offset += kPage) {
        OverrideFilter of;
        of.fromMs = fromMs;
        of.toMs = toMs;
        of.limit = kPage;
        of.offset = offset;
        auto page = ws.overrides().list(of);
        if (!page)
            return page.error();
        for (const Override &o : std::as_const(*page)) {
            ++overrides;
            overrideTypes[Overrides::typeName(o.type)] += 1;
            revoked += o.isRevoked() ? 1 : 0;
            active += o.isActiveAt(now) ? 1 : 0;
            reviewers[o.createdBy].overrides += 1;
        }
        if (page->size() < kPage)
            break;
    }

    // Article 14 interventions recorded in the period.
    QMap<QString, int> interventionTypes;
    QMap<QString, int> interventionRoles;
    QList<qint64> interventionResponses;
    int interventions = 0;
    for (int offset = 0;; offset += kPage) {
        auto page = ws.interventions().list(fromMs, toMs, kPage, offset);
        if (!page)
            return page.error();
        for (const Intervention &i : std::as_const(*page)) {
            ++interventions;
            interventionTypes[Interventions::typeName(i.type)] += 1;
            interventionRoles[Interventions::roleName(i.oversightRole)] += 1;
            if (i.responseTimeMs)
                interventionResponses << *i.responseTimeMs;
            reviewers[i.reviewer].interventions += 1;
        }
        if (page->size() < kPage)
            break;
    }

    auto toObject = [](const QMap<QString, int> &map) {
        QJsonObject o;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    QJsonArray reviewerList;
    for (auto it = reviewers.constBegin(); it != reviewers.constEnd(); ++it) {
        if (it.key().isEmpty())
            continue;
        reviewerList.append(QJsonObject{{QStringLiteral("reviewer"), it.key()},
                                        {QStringLiteral("resolved"), it->resolved},
                                        {QStringLiteral("within_sla"), it->withinSla},
                                        {QStringLiteral("breached"), it->breached},
                                        {QStringLiteral("median_response_ms"), medianOf(it->responses)},
                                        {QStringLiteral("interventions"), it->interventions},
                                        {QStringLiteral("overrides"), it->overrides}});
    }

    return QJsonObject{
        {QStringLiteral("article"), QStringLiteral("EU AI Act Art. 14")},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), Timestamp::format(fromMs)},
                                               {QStringLiteral("to"), Timestamp::format(toMs)}}},
        {QStringLiteral("decisions"), QJsonObject{{QStringLiteral("total"), *total},
                                                  {QStringLiteral("escalated"), *escalatedDecisions},
                                                  {QStringLiteral("overridden"), *overriddenDecisions},
                                                  {QStringLiteral("escalation_rate"), rate(*escalatedDecisions, *total)}}},
        {QStringLiteral("sla"), QJsonObject{{QStringLiteral("escalations"), count},
                                            {QStringLiteral("resolved"), resolved},
                                            {QStringLiteral("open"), open},
                                            {QStringLiteral("within_sla"), withinSla},
                                            {QStringLiteral("breached"), breached},
                                            {QStringLiteral("breach_rate"), rate(breached, count)},
                                            {QStringLiteral("response_ms"), summarize(responses)},
                                            {QStringLiteral("by_priority"), priorities}}},
        {QStringLiteral("overrides"), QJsonObject{{QStringLiteral("total"), overrides},
                                                  {QStringLiteral("active"), active},
                                                  {QStringLiteral("revoked"), revoked},
                                                  {QStringLiteral("rate"), rate(overrides, *total)},
                                                  {QStringLiteral("by_type"), toObject(overrideTypes)}}},
        {QStringLiteral("interventions"), QJsonObject{{QStringLiteral("total"), interventions},
                                                      {QStringLiteral("by_type"), toObject(interventionTypes)},
                                                      {QStringLiteral("by_role"), toObject(interventionRoles)},
                                                      {QStringLiteral("response_ms"), summarize(interventionResponses)}}},
        {QStringLiteral("reviewers"), reviewerList}};
}

} // namespace Lexecon
