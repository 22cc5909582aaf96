#pragma once

#include "RetentionRules.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

namespace Lexecon {

// Removes the personal content of one decision and of everything attached to it, inside the
// caller's transaction: the request (actor, resource, context, intent, request id, trace
// parent, capability token) and its salt; evidence content, its unsalted sha256, title and salt;
// override justifications and revocation reasons with their salts; escalation summaries, actors
// and reasons; token subjects and revocation reasons; intervention and responsibility texts.
// Ids, outcomes, risk, policy hashes and timestamps stay, and so does every ledger entry: it holds
// only commitments, which nothing opens once the salts are gone. The append-only triggers of
// migration 022 accept exactly this update and no other.
class RecordAnonymizer
{
public:
    struct Counts
    {
        qint64 decisions = 0;
        qint64 evidence = 0;
        qint64 overrides = 0;
        QStringList contentFiles; // sha256 of file-stored evidence whose rows were blanked
    };

    // The request keeping only action, tool, data classes and risk (none of them personal).
    static QByteArray anonymizedRequest(const QByteArray &requestJson);
    // A decision not yet classified (erased before the job saw it) gets its class from rules, so
    // that every anonymized decision counts under a class.
    static Result<void> anonymize(QSqlDatabase &conn, const QString &decisionId, const QByteArray &requestJson,
                                  RetentionStatus endStatus, const QString &at, const RetentionRules &rules,
                                  Counts &counts);
};

} // namespace Lexecon
