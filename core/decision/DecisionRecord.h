#pragma once

#include "DecisionRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Lexecon {

// One decision as stored. toJson() renders SPEC section 3; the escalation and override parts
// are filled in from their owning services when a record is shown.
struct DecisionRecord
{
    QString decisionId;
    QString requester; // ledger actor of the principal that asked: "apikey:bot", "cli"
    DecisionRequest request;
    // Salted commitment to the canonical request (core/crypto/Commitment.h): what the ledger entry
    // carries. The salt is kept in the row and deleted when the request is anonymized or erased.
    QString requestCommitment;
    QByteArray requestSalt;
    QString anonymizedAt; // set once the request's personal content was removed (core/retention)
    QString outcome;      // approved | denied | escalated: the pipeline's answer, never changed
    QString finalOutcome; // approved | denied | pending: after human resolution and overrides
    bool overridden = false;
    QJsonArray reasons;
    int policyVersion = 0;
    QString policyHash;
    QString policyMode;
    int riskScore = 0;
    QString riskLevel = QStringLiteral("low");
    QJsonObject risk; // {"score", "level", "dimensions"}
    QString escalationId;
    QString capabilityToken;
    QString tokenId;
    qint64 ledgerIndex = -1;
    QString entryHash;
    QString timestamp;
    qint64 createdMs = 0;

    // Filled in when shown.
    QJsonObject escalation;
    QJsonObject override;

    QJsonObject toJson() const;
    // The decision_log evidence: CanonicalJson of toJson() without "ledger" and with "request" (the
    // request's own JSON) added, written as JCS text directly. requestCanonical is
    // CanonicalJson::serialize(request.toJson()), which the caller already made for the commitment.
    QByteArray logText(const QByteArray &requestCanonical) const;
    // The same with the JCS of reasons and risk made already (the decision service reuses them
    // for the row's JSON columns).
    QByteArray logText(const QByteArray &requestCanonical, const QByteArray &reasonsCanonical,
                       const QByteArray &riskCanonical) const;
};

} // namespace Lexecon
