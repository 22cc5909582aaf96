#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Lexecon {

// One escalation: a decision waiting for a human within an SLA. A value; EscalationService owns
// the row. Times are milliseconds since the epoch, 0 where the event has not happened.
struct Escalation
{
    // Statuses: pending (nobody holds it), in_review (claimed), deferred (open again, waiting for
    // more information), resolved (closed with an outcome).
    static QString pending() { return QStringLiteral("pending"); }
    static QString inReview() { return QStringLiteral("in_review"); }
    static QString deferred() { return QStringLiteral("deferred"); }
    static QString resolved() { return QStringLiteral("resolved"); }
    static QStringList statuses();
    static QStringList openStatuses(); // pending, in_review, deferred

    // Outcomes a reviewer (or the SLA monitor) can give.
    static QString approved() { return QStringLiteral("approved"); }
    static QString denied() { return QStringLiteral("denied"); }
    static QString escalatedUp() { return QStringLiteral("escalated_up"); }
    static QStringList outcomes(); // approved, denied, deferred, escalated_up
    static bool isOutcome(const QString &word) { return outcomes().contains(word); }

    QString escalationId; // esc_ + ULID
    QString decisionId;
    QString priority; // low | medium | high | critical (RiskLevel words)
    int tier = 1;     // 1 for the first reviewer level; escalated_up raises it
    QString status;
    QString summary;
    QString actor;  // the AI system that asked
    QString action; // what it asked to do
    int riskScore = 0;
    qint64 createdAtMs = 0;
    qint64 slaDeadlineMs = 0;
    qint64 warnedAtMs = 0;
    qint64 breachedAtMs = 0;
    QString claimedBy; // a Principal's ledger actor, e.g. "user:alice"
    qint64 claimedAtMs = 0;
    QString resolvedBy;
    qint64 resolvedAtMs = 0;
    QString outcome; // empty until a reviewer acts; "deferred" while deferred
    QString reason;  // free text; the ledger carries only its SHA-256
    QString parentEscalationId;
    QString childEscalationId;

    bool isValid() const { return !escalationId.isEmpty(); }
    bool isOpen() const { return status != resolved(); }

    // SPEC section 3's "escalation" object (escalation_id, priority, status, sla_deadline) plus
    // every other field; unset times and ids are null.
    QJsonObject toJson() const;
    // The same object built member by member (toJson parses it from text; tests compare them).
    QJsonObject toJsonBuilt() const;
};

} // namespace Lexecon
