#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace Lexecon {

// Who, what and when of one packet: the manifest's header and the report's first table.
struct PacketMeta
{
    static constexpr int Version = 1;

    QString packetId; // pkt_ ULID
    QString generator;
    QString nodeId;
    QString fingerprint; // of the node key
    QString scope;
    qint64 fromMs = 0; // 0: open
    qint64 toMs = 0;
    QString formats;
    QString requestId; // empty: built by the local operator without a request
    QString requester; // ledger actors
    QString approver;
    QString createdAt;
    QString checkpointOrigin;
    qint64 checkpointSize = 0;
    QString checkpointRootBase64;

    QString rangeText() const; // "2026-11-01T00:00:00.000Z to (open)"
};

// What a packet contains, counted while its sections are streamed, so the report and the
// manifest never need a second pass over the records.
struct PacketSummary
{
    qint64 decisions = 0;
    QMap<QString, qint64> outcomes;      // the pipeline's answer
    QMap<QString, qint64> finalOutcomes; // after review and overrides
    QMap<QString, qint64> riskLevels;
    qint64 overriddenDecisions = 0;
    qint64 escalations = 0;
    QMap<QString, qint64> escalationStatuses;
    QMap<QString, qint64> escalationPriorities;
    QMap<QString, qint64> breachesByPriority;
    qint64 slaBreached = 0;
    qint64 overrides = 0;
    QMap<QString, qint64> overrideTypes;
    qint64 overridesRevoked = 0;
    qint64 evidence = 0;
    qint64 evidenceBytes = 0;
    QMap<QString, qint64> evidenceTypes;
    qint64 interventions = 0;
    QMap<QString, qint64> interventionTypes;
    qint64 citedEntries = 0;
    // For the report's charts: decisions per UTC day ("2026-11-22") and outcome, and per
    // escalation priority how many were resolved and their summed time to resolution.
    QMap<QString, QMap<QString, qint64>> outcomesByDay;
    QMap<QString, qint64> resolvedByPriority;
    QMap<QString, qint64> resolutionMsByPriority;

    // The manifest's "counts": {"decisions", "escalations", "overrides", "evidence", "interventions",
    // "ledger_proofs", plus the breakdowns}.
    QJsonObject toJson() const;
};

} // namespace Lexecon
