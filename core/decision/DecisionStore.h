#pragma once

#include "DecisionRecord.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <memory>
#include <optional>

namespace Lexecon {

class Database;

struct DecisionFilter
{
    QString outcome; // final outcome, or "escalated"/"overridden"
    QString actor;
    QString action;
    QString riskLevel;
    qint64 fromMs = 0;
    qint64 toMs = 0; // 0 = open
    QString text;    // substring of id, actor, action or resource (a search box, not policy matching)
    // Keyset paging: only rows after this one in the log's order (created_ms, decision_id both
    // descending). Reading page after page this way costs the same at the millionth row as at
    // the first, where OFFSET re-reads every row it skips. Empty beforeId: from the newest.
    qint64 beforeMs = 0;
    QString beforeId;
    int limit = 100;
    int offset = 0;
};

// The decisions table, owned by the decision module. SQL stays here.
class DecisionStore
{
public:
    explicit DecisionStore(std::shared_ptr<Database> db);

    // The values of a decision's row, encoded once outside the ledger transaction (the JSON
    // columns are the costly part), so that the writer thread only binds and inserts.
    struct Row
    {
        // UTF-8 text; a null array is SQL NULL (the optional columns when empty).
        QByteArray decisionId, requester, requestId, actor, action, resource, tool, requestCommitment, outcome,
            finalOutcome, policyHash, policyMode, riskLevel, escalationId, capabilityToken, tokenId, timestamp,
            traceParent;
        // The JSON columns, stored as blobs (compact QJsonDocument text), and the salt.
        QByteArray requestJson, reasonsJson, riskJson, requestSalt;
        // The decision's own responsibility record (ResponsibilityTracker::ofDecision): who decided
        // and why, UTF-8; null when the row carries none. Set by DecisionService.
        QByteArray decisionMaker, decisionReasoning;
        // The times of the token the approval got with it (TokenStore: kept in this row), in
        // seconds since the epoch; 0: NULL, no such token.
        qint64 tokenIssuedAt = 0, tokenExpiresAt = 0;
        // The bytes of the text columns above, encoded into one buffer that they point into (one
        // allocation per row, not one per column). Shared by copies of the row, never modified.
        QByteArray textStorage;
        qint64 policyVersion = -1; // -1: NULL (no policy)
        qint64 riskScore = 0;
        qint64 createdMs = 0;
        bool overridden = false;
    };
    static Row row(const DecisionRecord &record);
    // The same with the request's JSON object already built (the decision service needs it for
    // the commitment and the decision log too).
    static Row row(const DecisionRecord &record, const QJsonObject &requestJson);
    // The JCS of the record's request, reasons and risk, which the decision service made for the
    // commitment and the decision log. A JSON column reuses its text where it is the same bytes
    // as the compact QJsonDocument text it holds (JsonColumns), and is written by Qt otherwise.
    struct Canonical
    {
        QByteArray request, reasons, risk;
        // The compact Qt text of the reasons and the risk when the caller has it already (the
        // decision service keeps it with the JSON it reuses); null: derived here.
        QByteArray reasonsCompact, riskCompact;
    };
    static Row row(const DecisionRecord &record, const Canonical &canonical);
    static Result<void> insert(QSqlDatabase &conn, const Row &row, qint64 ledgerIndex, QStringView entryHash);
    static Result<void> insert(QSqlDatabase &conn, const DecisionRecord &record);
    static Result<void> setFinalOutcome(QSqlDatabase &conn, const QString &decisionId, const QString &finalOutcome,
                                        bool overridden, const QString &token, const QString &tokenId);

    Result<DecisionRecord> get(const QString &decisionId);
    Result<std::optional<DecisionRecord>> findByRequestId(const QString &requester, const QString &requestId);
    // Refuses (Conflict) a request_id this requester has used already, committed or earlier in the
    // open transaction: the ledger writer's check, run before anything of the decision is written.
    static Result<void> requireNewRequestId(QSqlDatabase &conn, const QString &requester, const QString &requestId);
    Result<QList<DecisionRecord>> list(const DecisionFilter &filter);
    Result<qint64> count(const DecisionFilter &filter);
    // The distinct actors and actions seen, sorted, for the log's filter boxes (read off the
    // decisions_actor and decisions_action indexes).
    Result<QStringList> actors(int limit = 500);
    Result<QStringList> actions(int limit = 500);

private:
    Result<QStringList> distinct(const QString &column, int limit);

    std::shared_ptr<Database> m_db;
};

} // namespace Lexecon
