#include "DecisionStore.h"

#include "JsonColumns.h"

#include "storage/CachedStatement.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>

namespace Lexecon {

namespace {

const QString kColumns = QStringLiteral(
    "decision_id, requester, request_json, request_commitment, outcome, final_outcome, overridden, reasons_json, "
    "policy_version, policy_hash, policy_mode, risk_score, risk_level, risk_json, escalation_id, capability_token, "
    "token_id, ledger_index, entry_hash, created_at, created_ms, trace_parent, request_salt, anonymized_at");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

DecisionRecord fromRow(const QSqlQuery &q)
{
    DecisionRecord r;
    r.decisionId = q.value(0).toString();
    r.requester = q.value(1).toString();
    auto request = DecisionRequest::fromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object());
    if (request) {
        r.request = *request;
    } else {
        // An anonymized request keeps only its non-personal fields (core/retention).
        const QJsonObject kept = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        r.request.action = kept.value(QStringLiteral("action")).toString();
        r.request.tool = kept.value(QStringLiteral("tool")).toString();
        for (const QJsonValue &d : kept.value(QStringLiteral("data_classes")).toArray())
            r.request.dataClasses << d.toString();
        r.request.risk = kept.value(QStringLiteral("risk")).toObject();
    }
    r.requestCommitment = q.value(3).toString();
    r.outcome = q.value(4).toString();
    r.finalOutcome = q.value(5).toString();
    r.overridden = q.value(6).toInt() != 0;
    r.reasons = QJsonDocument::fromJson(q.value(7).toByteArray()).array();
    r.policyVersion = q.value(8).toInt();
    r.policyHash = q.value(9).toString();
    r.policyMode = q.value(10).toString();
    r.riskScore = q.value(11).toInt();
    r.riskLevel = q.value(12).toString();
    r.risk = QJsonDocument::fromJson(q.value(13).toByteArray()).object();
    r.escalationId = q.value(14).toString();
    r.capabilityToken = q.value(15).toString();
    r.tokenId = q.value(16).toString();
    r.ledgerIndex = q.value(17).toLongLong();
    r.entryHash = q.value(18).toString();
    r.timestamp = q.value(19).toString();
    r.createdMs = q.value(20).toLongLong();
    r.request.traceParent = q.value(21).toString();
    r.requestSalt = q.value(22).toByteArray();
    r.anonymizedAt = q.value(23).toString();
    return r;
}

// WHERE clause and bindings for a filter; the text search is a plain substring on display columns.
QString whereFor(const DecisionFilter &f, QVariantList &binds)
{
    QStringList clauses;
    if (f.outcome == QLatin1String("escalated")) {
        clauses << QStringLiteral("outcome = 'escalated'");
    } else if (f.outcome == QLatin1String("overridden")) {
        clauses << QStringLiteral("overridden = 1");
    } else if (!f.outcome.isEmpty()) {
        clauses << QStringLiteral("final_outcome = ?");
        binds << f.outcome;
    }
    if (!f.actor.isEmpty()) {
        clauses << QStringLiteral("actor = ?");
        binds << f.actor;
    }
    if (!f.action.isEmpty()) {
        clauses << QStringLiteral("action = ?");
        binds << f.action;
    }
    if (!f.riskLevel.isEmpty()) {
        clauses << QStringLiteral("risk_level = ?");
        binds << f.riskLevel;
    }
    if (f.fromMs > 0) {
        clauses << QStringLiteral("created_ms >= ?");
        binds << f.fromMs;
    }
    if (f.toMs > 0) {
        clauses << QStringLiteral("created_ms < ?");
        binds << f.toMs;
    }
    if (!f.beforeId.isEmpty()) {
        clauses << QStringLiteral("(created_ms < ? OR (created_ms = ? AND decision_id < ?))");
        binds << f.beforeMs << f.beforeMs << f.beforeId;
    }
    if (!f.text.isEmpty()) {
        clauses << QStringLiteral("(instr(decision_id, ?) > 0 OR instr(actor, ?) > 0 OR instr(action, ?) > 0 "
                                  "OR instr(COALESCE(resource, ''), ?) > 0)");
        binds << f.text << f.text << f.text << f.text;
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

} // namespace

DecisionStore::DecisionStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

namespace {

const char *const kInsert =
    "INSERT INTO decisions (decision_id, requester, request_id, actor, action, resource, tool, request_json, "
    "request_commitment, outcome, final_outcome, overridden, reasons_json, policy_version, policy_hash, "
    "policy_mode, risk_score, risk_level, risk_json, escalation_id, capability_token, token_id, "
    "ledger_index, entry_hash, created_at, created_ms, trace_parent, request_salt, decision_maker, "
    "decision_reasoning, token_iat, token_exp) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

} // namespace

DecisionStore::Row DecisionStore::row(const DecisionRecord &r)
{
    return row(r, r.request.toJson());
}

namespace {

// Encodes text columns into one buffer, as CachedStatement::text and textOrNull would one by one:
// a null string gives a null array (NULL), an empty one an empty non-null array ('') or NULL. ASCII
// (ids, hashes, outcomes, most names) is copied as is, the rest through QString::toUtf8. The
// arrays are set by finish(), once the buffer no longer moves.
class TextArena
{
public:
    explicit TextArena(qsizetype capacity) { m_storage.reserve(qMax<qsizetype>(capacity, 1)); }

    void text(QByteArray &target, const QString &s) { add(target, s, s.isNull()); }
    void textOrNull(QByteArray &target, const QString &s) { add(target, s, s.isEmpty()); }

    QByteArray finish()
    {
        for (const Piece &p : m_pieces)
            *p.target = p.null ? QByteArray() : QByteArray::fromRawData(m_storage.constData() + p.offset, p.size);
        return m_storage;
    }

private:
    struct Piece
    {
        QByteArray *target;
        qsizetype offset;
        qsizetype size;
        bool null;
    };

    void add(QByteArray &target, const QString &s, bool null)
    {
        const qsizetype offset = m_storage.size();
        if (!null) {
            const QChar *c = s.constData();
            const qsizetype n = s.size();
            bool ascii = true;
            for (qsizetype i = 0; i < n && ascii; ++i)
                ascii = c[i].unicode() < 0x80;
            if (ascii) {
                m_storage.resize(offset + n);
                char *out = m_storage.data() + offset;
                for (qsizetype i = 0; i < n; ++i)
                    out[i] = char(c[i].unicode());
            } else {
                m_storage.append(s.toUtf8());
            }
        }
        m_pieces.append(Piece{&target, offset, m_storage.size() - offset, null});
    }

    QByteArray m_storage;
    QVarLengthArray<Piece, 24> m_pieces;
};

// The columns every row() fills the same way, all but the three JSON ones.
void fillPlainColumns(DecisionStore::Row &row, const DecisionRecord &r)
{
    const QString *strings[] = {&r.decisionId, &r.requester, &r.request.requestId, &r.request.actor,
                                &r.request.action, &r.request.resource, &r.request.tool, &r.requestCommitment,
                                &r.outcome, &r.finalOutcome, &r.policyHash, &r.policyMode, &r.riskLevel,
                                &r.escalationId, &r.capabilityToken, &r.tokenId, &r.timestamp,
                                &r.request.traceParent};
    qsizetype capacity = 0;
    for (const QString *s : strings)
        capacity += s->size();
    TextArena t(capacity + capacity / 4);
    t.text(row.decisionId, r.decisionId);
    t.text(row.requester, r.requester);
    t.textOrNull(row.requestId, r.request.requestId);
    t.text(row.actor, r.request.actor);
    t.text(row.action, r.request.action);
    t.textOrNull(row.resource, r.request.resource);
    t.textOrNull(row.tool, r.request.tool);
    t.text(row.requestCommitment, r.requestCommitment);
    t.text(row.outcome, r.outcome);
    t.text(row.finalOutcome, r.finalOutcome);
    row.overridden = r.overridden;
    row.policyVersion = r.policyHash.isEmpty() ? -1 : r.policyVersion;
    t.textOrNull(row.policyHash, r.policyHash);
    t.textOrNull(row.policyMode, r.policyMode);
    row.riskScore = r.riskScore;
    t.text(row.riskLevel, r.riskLevel);
    t.textOrNull(row.escalationId, r.escalationId);
    t.textOrNull(row.capabilityToken, r.capabilityToken);
    t.textOrNull(row.tokenId, r.tokenId);
    t.text(row.timestamp, r.timestamp);
    row.createdMs = r.createdMs;
    t.textOrNull(row.traceParent, r.request.traceParent);
    if (!r.requestSalt.isEmpty())
        row.requestSalt = r.requestSalt;
    row.textStorage = t.finish();
}

// Whether the request's compact Qt text is its JCS text: every string well-formed UTF-16 and
// context and risk within JsonColumns's rules (the other members are strings).
bool requestSameAsCanonical(const DecisionRequest &q)
{
    for (const QString *s : {&q.actor, &q.action, &q.resource, &q.tool, &q.intent, &q.requestId}) {
        if (!QStringView(*s).isValidUtf16())
            return false;
    }
    for (const QString &d : q.dataClasses) {
        if (!QStringView(d).isValidUtf16())
            return false;
    }
    return JsonColumns::sameAsCanonical(q.context) && JsonColumns::sameAsCanonical(q.risk);
}

} // namespace

DecisionStore::Row DecisionStore::row(const DecisionRecord &r, const QJsonObject &requestJson)
{
    Row row;
    fillPlainColumns(row, r);
    row.requestJson = compact(requestJson);
    row.reasonsJson = compact(r.reasons);
    row.riskJson = compact(r.risk);
    return row;
}

DecisionStore::Row DecisionStore::row(const DecisionRecord &r, const Canonical &canonical)
{
    Row row;
    fillPlainColumns(row, r);
    row.requestJson = requestSameAsCanonical(r.request) ? canonical.request : compact(r.request.toJson());
    row.reasonsJson =
        canonical.reasonsCompact.isNull() ? JsonColumns::of(r.reasons, canonical.reasons) : canonical.reasonsCompact;
    row.riskJson = canonical.riskCompact.isNull() ? JsonColumns::of(r.risk, canonical.risk) : canonical.riskCompact;
    return row;
}

Result<void> DecisionStore::insert(QSqlDatabase &conn, const Row &row, qint64 ledgerIndex, QStringView entryHash)
{
    // Prepared once per connection: on the ledger writer's connection this runs for every decision.
    auto insert = CachedStatement::get(conn, kInsert);
    if (!insert)
        return insert.error();
    // The entry hash is 64 hex digits (ASCII): converted on the stack, no allocation per decision.
    char hash[64];
    QByteArray hashBytes;
    if (entryHash.size() == qsizetype(sizeof hash)) {
        for (qsizetype i = 0; i < entryHash.size(); ++i)
            hash[i] = char(entryHash[i].unicode());
        hashBytes = QByteArray::fromRawData(hash, sizeof hash);
    } else {
        hashBytes = CachedStatement::text(entryHash.toString());
    }
    insert->bindText(1, row.decisionId);
    insert->bindText(2, row.requester);
    insert->bindText(3, row.requestId);
    insert->bindText(4, row.actor);
    insert->bindText(5, row.action);
    insert->bindText(6, row.resource);
    insert->bindText(7, row.tool);
    insert->bindBlob(8, row.requestJson);
    insert->bindText(9, row.requestCommitment);
    insert->bindText(10, row.outcome);
    insert->bindText(11, row.finalOutcome);
    insert->bind(12, row.overridden ? 1 : 0);
    insert->bindBlob(13, row.reasonsJson);
    if (row.policyVersion < 0)
        insert->bindNull(14);
    else
        insert->bind(14, row.policyVersion);
    insert->bindText(15, row.policyHash);
    insert->bindText(16, row.policyMode);
    insert->bind(17, row.riskScore);
    insert->bindText(18, row.riskLevel);
    insert->bindBlob(19, row.riskJson);
    insert->bindText(20, row.escalationId);
    insert->bindText(21, row.capabilityToken);
    insert->bindText(22, row.tokenId);
    insert->bind(23, ledgerIndex);
    insert->bindText(24, hashBytes);
    insert->bindText(25, row.timestamp);
    insert->bind(26, row.createdMs);
    insert->bindText(27, row.traceParent);
    insert->bindBlob(28, row.requestSalt);
    insert->bindText(29, row.decisionMaker);
    insert->bindText(30, row.decisionReasoning);
    for (const auto &[column, seconds] : {std::pair{31, row.tokenIssuedAt}, std::pair{32, row.tokenExpiresAt}}) {
        if (seconds == 0)
            insert->bindNull(column);
        else
            insert->bind(column, seconds);
    }
    return insert->runOne();
}

Result<void> DecisionStore::insert(QSqlDatabase &conn, const DecisionRecord &r)
{
    return insert(conn, row(r), r.ledgerIndex, r.entryHash);
}

Result<void> DecisionStore::setFinalOutcome(QSqlDatabase &conn, const QString &decisionId, const QString &finalOutcome,
                                            bool overridden, const QString &token, const QString &tokenId)
{
    return Sql::execOne(conn,
                        QStringLiteral("UPDATE decisions SET final_outcome = ?, overridden = MAX(overridden, ?), "
                                       "capability_token = COALESCE(?, capability_token), token_id = COALESCE(?, token_id) "
                                       "WHERE decision_id = ?"),
                        {finalOutcome, overridden ? 1 : 0, Sql::nullIfEmpty(token), Sql::nullIfEmpty(tokenId),
                         decisionId});
}

Result<DecisionRecord> DecisionStore::get(const QString &decisionId)
{
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM decisions WHERE decision_id = ?"),
                       {decisionId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("no decision with id %1").arg(decisionId));
    return fromRow(*q);
}

Result<std::optional<DecisionRecord>> DecisionStore::findByRequestId(const QString &requester, const QString &requestId)
{
    // Every request with a request_id asks this first, so the statement is kept (and finished
    // once read: a cached SELECT left open would hold its read transaction).
    static const QString select =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM decisions WHERE requester = ? AND request_id = ?");
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::execCached(conn, select, {requester, requestId});
    if (!q)
        return q.error();
    std::optional<DecisionRecord> found;
    if (q->next())
        found = fromRow(*q);
    q->finish();
    return found;
}

Result<void> DecisionStore::requireNewRequestId(QSqlDatabase &conn, const QString &requester, const QString &requestId)
{
    auto q = Sql::execCached(conn, QStringLiteral("SELECT 1 FROM decisions WHERE requester = ? AND request_id = ?"),
                             {requester, requestId});
    if (!q)
        return q.error();
    const bool used = q->next();
    q->finish();
    if (used)
        return Error::conflict(QStringLiteral("request_id %1 was decided already; a retry returns that decision").arg(requestId));
    return {};
}

Result<QList<DecisionRecord>> DecisionStore::list(const DecisionFilter &filter)
{
    QVariantList binds;
    const QString where = whereFor(filter, binds);
    binds << filter.limit << filter.offset;
    QSqlDatabase conn = m_db->connection();
    return Sql::selectAll(conn,
                          QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM decisions") + where
                              + QStringLiteral(" ORDER BY created_ms DESC, decision_id DESC LIMIT ? OFFSET ?"),
                          binds, fromRow);
}

Result<qint64> DecisionStore::count(const DecisionFilter &filter)
{
    QVariantList binds;
    const QString where = whereFor(filter, binds);
    QSqlDatabase conn = m_db->connection();
    auto q = Sql::exec(conn, QStringLiteral("SELECT count(*) FROM decisions") + where, binds);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<QStringList> DecisionStore::actors(int limit)
{
    return distinct(QStringLiteral("actor"), limit);
}

Result<QStringList> DecisionStore::actions(int limit)
{
    return distinct(QStringLiteral("action"), limit);
}

Result<QStringList> DecisionStore::distinct(const QString &column, int limit)
{
    // A loose index scan: one index seek per distinct value instead of reading every row, so the
    // filter boxes fill at once over a million decisions (SELECT DISTINCT scans the whole index).
    // column is one of the two literals above, never user input.
    static const QString sql = QStringLiteral(
        "WITH RECURSIVE v(x) AS (SELECT MIN(%1) FROM decisions "
        "UNION ALL SELECT (SELECT MIN(%1) FROM decisions WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL) "
        "SELECT x FROM v WHERE x IS NOT NULL LIMIT ?");
    QSqlDatabase conn = m_db->connection();
    return Sql::selectAll(conn, sql.arg(column), {limit}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

} // namespace Lexecon
