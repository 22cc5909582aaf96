#include "RecordAnonymizer.h"

#include "storage/Sql.h"
#include "token/TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lexecon {

QByteArray RecordAnonymizer::anonymizedRequest(const QByteArray &requestJson)
{
    const QJsonObject request = QJsonDocument::fromJson(requestJson).object();
    QJsonObject kept;
    for (const char *field : {"action", "tool", "data_classes", "risk"}) {
        const QString key = QString::fromLatin1(field);
        if (request.contains(key))
            kept.insert(key, request.value(key));
    }
    kept.insert(QStringLiteral("anonymized"), true);
    return QJsonDocument(kept).toJson(QJsonDocument::Compact);
}

Result<void> RecordAnonymizer::anonymize(QSqlDatabase &conn, const QString &decisionId, const QByteArray &requestJson,
                                         RetentionStatus endStatus, const QString &at, const RetentionRules &rules,
                                         Counts &counts)
{
    auto risk =
        Sql::execCached(conn, QStringLiteral("SELECT risk_level FROM decisions WHERE decision_id = ?"), {decisionId});
    if (!risk)
        return risk.error();
    const QString riskLevel = risk->next() ? risk->value(0).toString() : QString();
    risk->finish();
    const QJsonObject request = QJsonDocument::fromJson(requestJson).object();
    QStringList dataClasses;
    for (const QJsonValue &d : request.value(QStringLiteral("data_classes")).toArray())
        dataClasses << d.toString();
    const QString cls = RetentionClasses::name(
        rules.classify(riskLevel, dataClasses, request.value(QStringLiteral("context")).toObject()));
    auto decision = Sql::execCached(
        conn,
        QStringLiteral("UPDATE decisions SET request_json = ?, actor = '', resource = NULL, request_id = NULL, "
                       "trace_parent = NULL, capability_token = NULL, request_salt = NULL, anonymized_at = ?, "
                       "decision_reasoning = CASE WHEN decision_reasoning IS NULL THEN NULL ELSE '' END, "
                       "retention_status = ?, retention_class = COALESCE(retention_class, ?) "
                       "WHERE decision_id = ? AND anonymized_at IS NULL"),
        {anonymizedRequest(requestJson), at, RetentionClasses::statusName(endStatus), cls, decisionId});
    if (!decision)
        return decision.error();
    counts.decisions += decision->numRowsAffected();

    auto files = Sql::execCached(conn,
                                 QStringLiteral("SELECT sha256 FROM evidence_artifacts WHERE decision_id = ? AND "
                                                "anonymized_at IS NULL AND content IS NULL"),
                                 {decisionId});
    if (!files)
        return files.error();
    while (files->next())
        counts.contentFiles << files->value(0).toString();
    files->finish();

    auto evidence =
        Sql::execCached(conn,
                        QStringLiteral("UPDATE evidence_artifacts SET content = NULL, salt = NULL, sha256 = '', "
                                       "title = '', anonymized_at = ? WHERE decision_id = ? AND anonymized_at IS NULL"),
                        {at, decisionId});
    if (!evidence)
        return evidence.error();
    counts.evidence += evidence->numRowsAffected();

    auto overrides = Sql::execCached(
        conn,
        QStringLiteral("UPDATE overrides SET justification = '', justification_salt = NULL, revoke_reason_salt = NULL, "
                       "revoke_reason = CASE WHEN revoke_reason IS NULL THEN NULL ELSE '' END, anonymized_at = ? "
                       "WHERE decision_id = ? AND (anonymized_at IS NULL OR justification <> '' "
                       "OR COALESCE(revoke_reason, '') <> '')"),
        {at, decisionId});
    if (!overrides)
        return overrides.error();
    counts.overrides += overrides->numRowsAffected();

    const QList<std::pair<QString, QVariantList>> rest{
        {QStringLiteral("UPDATE escalations SET summary = '', actor = '', reason_salt = NULL, "
                        "reason = CASE WHEN reason IS NULL THEN NULL ELSE '' END WHERE decision_id = ?"),
         {decisionId}},
        // The decision's tokens: rows of tokens, and the one its row may hold (TokenStore::jtiOf).
        {QStringLiteral("UPDATE token_revocations SET reason = '', reason_salt = NULL "
                        "WHERE jti IN (SELECT jti FROM tokens WHERE decision_id = ?) OR jti = ?"),
         {decisionId, TokenStore::jtiOf(decisionId)}},
        {QStringLiteral(
             "UPDATE tokens SET sub = '', anonymized_at = ? WHERE decision_id = ? AND anonymized_at IS NULL"),
         {at, decisionId}},
        {QStringLiteral("UPDATE interventions SET reason = '', anonymized_at = ? "
                        "WHERE decision_id = ? AND anonymized_at IS NULL"),
         {at, decisionId}},
        {QStringLiteral("UPDATE responsibility_records SET reasoning = '', anonymized_at = ? "
                        "WHERE decision_id = ? AND anonymized_at IS NULL"),
         {at, decisionId}}};
    for (const auto &[sql, binds] : rest) {
        if (auto q = Sql::execCached(conn, sql, binds); !q)
            return q.error();
    }
    return {};
}

} // namespace Lexecon
