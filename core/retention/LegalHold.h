#pragma once

#include <QJsonObject>
#include <QString>

namespace Lexecon {

// A legal hold: while unreleased, no record in its scope is anonymized or erased.
//   decision    one decision (decisionId)
//   subject     every decision whose request actor or context.subject_id equals subject
//   date_range  every decision created in [fromMs, toMs]
struct LegalHold
{
    enum class Scope { Decision, Subject, DateRange };

    QString holdId; // hld_ ULID
    Scope scope = Scope::Decision;
    QString decisionId;
    QString subject;
    qint64 fromMs = -1;
    qint64 toMs = -1;
    QString reason;
    QString placedBy;
    QString placedAt;
    qint64 ledgerIndex = -1;
    QString releasedBy; // empty: in force
    QString releasedAt;
    QString releaseReason;
    qint64 releaseLedgerIndex = -1;

    bool isActive() const { return releasedAt.isEmpty(); }
    // Whether this hold covers a decision with these facts.
    bool covers(const QString &decision, const QString &actor, const QString &subjectId, qint64 createdMs) const;
    // One sentence naming the hold, for refusals: "legal hold hld_... (subject, placed by user:x at ...)".
    QString describe() const;

    static QString scopeName(Scope s); // "decision", "subject", "date_range"
    static bool scopeFromName(const QString &name, Scope &out);
    QJsonObject toJson() const;
};

} // namespace Lexecon
