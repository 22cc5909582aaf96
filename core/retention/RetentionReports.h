#pragma once

#include "LegalHold.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Lexecon {

struct RetentionRunReport
{
    QString runId;           // ret_ ULID
    qint64 classified = 0;   // decisions that got their class and end of period in this run
    qint64 expiring = 0;     // moved active -> expiring
    qint64 anonymized = 0;   // personal content removed, status anonymized
    qint64 archived = 0;     // personal content removed, status archived (high_risk)
    qint64 held = 0;         // due but kept because a legal hold covers them
    qint64 ledgerIndex = -1; // the run's one summary entry; -1 when the run changed nothing
    bool cancelled = false;
    QJsonObject toJson() const;
};

struct RetentionStatusReport
{
    QMap<QString, QMap<QString, qint64>> counts; // class ("unclassified" too) -> stored status -> records
    qint64 total = 0;
    qint64 onLegalHold = 0; // records covered by a hold in force (decision, actor and date range scopes)
    QList<LegalHold> holds; // in force
    QJsonObject toJson() const;
};

struct ErasureReport
{
    QString erasureId; // era_ ULID
    qint64 decisions = 0;
    qint64 evidence = 0;
    qint64 overrides = 0;
    qint64 ledgerIndex = -1;
    // The WAL was checkpointed and emptied, so no old page image of the erased rows remains in it.
    // False when a reader held an old snapshot; the next run or erasure empties it.
    bool walEmptied = false;
    QJsonObject toJson() const;
};

// Whether the commitments of a decision's ledger entry still open with the data and salts held.
struct CommitmentCheck
{
    QString decisionId;
    QString request;      // "verified", "mismatch", "erased" (salt gone) or "legacy" (unsalted, before 022)
    QStringList evidence; // "<artifact id>: verified|mismatch|erased"
    bool ok = true;       // no mismatch
    QJsonObject toJson() const;
};

} // namespace Lexecon
